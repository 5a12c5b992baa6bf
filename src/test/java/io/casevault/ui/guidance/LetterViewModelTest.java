package io.casevault.ui.guidance;

import io.casevault.app.ExportOptions.Language;
import io.casevault.domain.Channel;
import io.casevault.domain.ContactDirection;
import io.casevault.domain.DomainException;
import io.casevault.domain.NewFollowUp;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.Texts;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The complaint letter's commands over fake services, without the toolkit. */
class LetterViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T06:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private final List<String> composed = new ArrayList<>();
    private final List<String> written = new ArrayList<>();
    private final List<NewFollowUp> logged = new ArrayList<>();
    private int loggedCallbacks;

    private LetterViewModel model(Locale locale, LetterViewModel.Writer writer) {
        return new LetterViewModel((id, lang, today) -> {
            composed.add(id + " " + lang + " " + today);
            return lang == Language.ZH ? "事由：投诉 " + id : "Subject: complaint " + id;
        }, writer, f -> logged.add(f), Texts.of(locale), Background.direct(), CLOCK, 7, "转账/未到账?",
                () -> loggedCallbacks++);
    }

    private LetterViewModel model(Locale locale) {
        return model(locale, (id, letter, lang, out) -> {
            written.add(lang + ": " + letter);
            return out;
        });
    }

    @Test
    void theLetterIsOfferedInBothLanguagesStartingWithTheWindowsOwn() {
        LetterViewModel english = model(Locale.ENGLISH);
        LetterViewModel chinese = model(Locale.SIMPLIFIED_CHINESE);

        assertThat(english.languages()).containsExactlyInAnyOrder(Language.ZH, Language.EN);
        assertThat(english.language().get()).isEqualTo(Language.EN);
        assertThat(chinese.language().get()).isEqualTo(Language.ZH);
    }

    @Test
    void choosingTheOtherLanguageWritesTheLetterAgainForToday() {
        LetterViewModel model = model(Locale.ENGLISH);
        model.compose();
        assertThat(model.text().get()).isEqualTo("Subject: complaint 7");

        model.language().set(Language.ZH);

        assertThat(model.text().get()).isEqualTo("事由：投诉 7");
        assertThat(composed).containsExactly("7 EN 2026-11-25", "7 ZH 2026-11-25");
    }

    @Test
    void theEditedLetterIsSavedUnderTheCasesTitleAndTheStatusSaysWhere() {
        LetterViewModel model = model(Locale.ENGLISH);
        model.text().set("My own words");

        assertThat(model.suggestedName("pdf")).isEqualTo("complaint 转账_未到账_.pdf");
        model.export(Path.of("/tmp/letter.pdf"));

        assertThat(written).containsExactly("EN: My own words");
        assertThat(model.status().get()).isEqualTo("Saved to " + Path.of("/tmp/letter.pdf"));
    }

    @Test
    void aRefusedSaveIsExplainedInOneSentence() {
        LetterViewModel model = model(Locale.ENGLISH, (id, letter, lang, out) -> {
            throw new DomainException("The folder " + out.getParent() + " cannot be written.");
        });

        model.export(Path.of("/read-only/letter.txt"));

        assertThat(model.status().get()).isEqualTo("The letter could not be saved: The folder /read-only cannot be "
                + "written.");
    }

    @Test
    void loggingRecordsAnOutgoingContactNowOnceAndTellsTheCaller() {
        LetterViewModel model = model(Locale.ENGLISH);
        model.language().set(Language.ZH);
        model.logChannel().set(Channel.EMAIL);

        model.logAsFollowUp();

        assertThat(logged).singleElement().satisfies(f -> {
            assertThat(f.channel()).isEqualTo(Channel.EMAIL);
            assertThat(f.direction()).isEqualTo(ContactDirection.OUTGOING);
            assertThat(f.at()).isEqualTo(CLOCK.instant());
            assertThat(f.summary()).isEqualTo("Complaint letter sent (中文)");
        });
        assertThat(model.logged().get()).isTrue();
        assertThat(loggedCallbacks).isEqualTo(1);
        assertThat(model.status().get()).startsWith("Logged as a follow-up via Email");
    }
}
