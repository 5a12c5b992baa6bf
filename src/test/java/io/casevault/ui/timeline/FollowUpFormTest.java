package io.casevault.ui.timeline;

import io.casevault.domain.Channel;
import io.casevault.domain.ContactDirection;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FollowUpFormTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-11-25T06:00:00Z");

    private static FollowUpForm form(LocalDate date, String time, String summary, LocalDate next) {
        return new FollowUpForm(1, Channel.HOTLINE, ContactDirection.INCOMING, date, time, " Ms Li ", "T-1", summary,
                "", next, List.of(3L));
    }

    @Test
    void completeFormHasNoProblemsAndKeepsTheLocalTime() {
        FollowUpForm f = form(LocalDate.of(2026, 11, 25), "9.05", "Called back", LocalDate.of(2026, 11, 28));
        assertThat(f.problems(NOW, ZONE)).isEmpty();
        var n = f.toNewFollowUp(ZONE);
        assertThat(n.at()).isEqualTo(Instant.parse("2026-11-25T01:05:00Z"));
        assertThat(n.direction()).isEqualTo(ContactDirection.INCOMING);
        assertThat(n.contactPerson()).isEqualTo("Ms Li");
        assertThat(n.outcome()).isNull();
    }

    @Test
    void eachProblemIsNamed() {
        assertThat(form(LocalDate.of(2026, 11, 25), "25:99", " ", LocalDate.of(2026, 11, 1)).problems(NOW, ZONE))
                .containsExactly("followup.error.summary", "followup.error.time", "followup.error.nextBeforeContact");
        assertThat(form(null, "10:00", "x", null).problems(NOW, ZONE)).containsExactly("followup.error.date");
        assertThat(form(LocalDate.of(2026, 11, 26), "10:00", "x", null).problems(NOW, ZONE))
                .containsExactly("followup.error.future");
    }

    @Test
    void timesAreReadTheWayPeopleTypeThem() {
        assertThat(FollowUpForm.parseTime("1430")).contains(LocalTime.of(14, 30));
        assertThat(FollowUpForm.parseTime("9:05")).contains(LocalTime.of(9, 5));
        assertThat(FollowUpForm.parseTime("14：30")).contains(LocalTime.of(14, 30));
        assertThat(FollowUpForm.parseTime("half past two")).isEmpty();
    }
}
