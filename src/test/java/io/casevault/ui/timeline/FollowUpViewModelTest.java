package io.casevault.ui.timeline;

import io.casevault.domain.CaptureSource;
import io.casevault.domain.Channel;
import io.casevault.domain.ContactDirection;
import io.casevault.domain.Evidence;
import io.casevault.ui.common.Texts;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The follow-up dialog's fields and checks, without the toolkit. */
class FollowUpViewModelTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** 2026-11-25 14:05 in Shanghai. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T06:05:00Z"), ZONE);

    private static Evidence exhibit(long id) {
        return new Evidence(id, 1, "a".repeat(64), "shot-" + id + ".png", "image/png", 10, 1, 1, 1, null,
                CaptureSource.FILE_TIME, Instant.parse("2026-11-20T00:00:00Z"), "", List.of(), (int) id, null);
    }

    private static FollowUpViewModel model() {
        return new FollowUpViewModel(Texts.of(Locale.ENGLISH), CLOCK, 1, List.of(exhibit(1), exhibit(2)));
    }

    @Test
    void aNewContactStartsNowOnTheHotlineMadeByUs() {
        FollowUpViewModel model = model();

        assertThat(model.date().get()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(model.time().get()).isEqualTo("14:05");
        assertThat(model.channel().get()).isEqualTo(Channel.HOTLINE);
        assertThat(model.direction().get()).isEqualTo(ContactDirection.OUTGOING);
        assertThat(model.exhibits()).hasSize(2);
    }

    @Test
    void aContactWithoutSummaryIsRefusedWithASentence() {
        FollowUpViewModel model = model();

        assertThat(model.submit()).isEmpty();
        assertThat(model.problems().get()).isEqualTo("Write a short summary of the contact.");
    }

    @Test
    void aContactInTheFutureAndAMissingSummaryAreBothNamed() {
        FollowUpViewModel model = model();
        model.time().set("15:30");

        assertThat(model.submit()).isEmpty();
        assertThat(model.problems().get().lines()).containsExactly("Write a short summary of the contact.",
                "The contact time is in the future.");
    }

    @Test
    void aCompleteContactGivesTheFormWithTheLinkedExhibits() {
        FollowUpViewModel model = model();
        model.summary().set("Promised a refund");
        model.direction().set(ContactDirection.INCOMING);
        model.time().set("9.30");
        model.linked().setAll(model.exhibits().get(1));

        var form = model.submit().orElseThrow();
        assertThat(model.problems().get()).isEmpty();
        assertThat(form.toNewFollowUp(ZONE).at()).isEqualTo(Instant.parse("2026-11-25T01:30:00Z"));
        assertThat(form.direction()).isEqualTo(ContactDirection.INCOMING);
        assertThat(form.evidenceIds()).containsExactly(2L);
    }

    @Test
    void theProblemsSpeakChinese() {
        FollowUpViewModel model = new FollowUpViewModel(Texts.of(Locale.SIMPLIFIED_CHINESE), CLOCK, 1, List.of());

        assertThat(model.submit()).isEmpty();
        assertThat(model.problems().get()).isEqualTo("请简要写下这次联系的内容。");
    }
}
