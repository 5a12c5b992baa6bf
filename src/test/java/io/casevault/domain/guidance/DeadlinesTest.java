package io.casevault.domain.guidance;

import io.casevault.domain.CaseStatus;
import io.casevault.domain.Category;
import io.casevault.domain.Channel;
import io.casevault.domain.IncidentDate;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.casevault.domain.ContactDirection.INCOMING;
import static io.casevault.domain.ContactDirection.OUTGOING;
import static io.casevault.domain.guidance.GuidanceFixtures.aCase;
import static io.casevault.domain.guidance.GuidanceFixtures.catalogue;
import static io.casevault.domain.guidance.GuidanceFixtures.contact;
import static org.assertj.core.api.Assertions.assertThat;

class DeadlinesTest {
    private final ClockRules catalogue = catalogue();
    private final List<ClockRule> defaults = catalogue.effective(List.of());

    @Test
    void complaintWindowRunsFromTheEarliestDayOfARange() {
        var c = aCase(Category.OTHER, CaseStatus.DRAFT, IncidentDate.range(LocalDate.of(2026, 1, 30),
                LocalDate.of(2026, 2, 5)), 30);
        List<Deadline> d = Deadlines.of(c, List.of(), defaults, catalogue);
        assertThat(d).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(Deadline.Kind.COMPLAINT_WINDOW);
            assertThat(w.due()).isEqualTo(LocalDate.of(2026, 3, 1));
        });
    }

    @Test
    void aContactStartsTheClockOfItsChannelOnItsLocalDay() {
        // 00:30 on Saturday 21 Nov in Shanghai (Friday evening in UTC): 7 calendar days → 28 Nov
        var hotline = contact(1, "2026-11-21T00:30", Channel.HOTLINE, OUTGOING);
        Deadline d = response(Deadlines.of(aCase(), List.of(hotline), defaults, catalogue));
        assertThat(d.start()).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(d.due()).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(d.preset().id()).isEqualTo("support");
        assertThat(d.overdue(LocalDate.of(2026, 11, 29))).isTrue();
        assertThat(d.overdue(LocalDate.of(2026, 11, 28))).isFalse();
    }

    @Test
    void workingDayPresetsSkipTheWeekend() {
        var platform = contact(1, "2026-11-19T10:00", Channel.COMPLAINT_PLATFORM, OUTGOING);
        assertThat(response(Deadlines.of(aCase(), List.of(platform), defaults, catalogue)).due())
                .isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void anAnswerFromTheSamePartyMeetsTheClock() {
        var asked = contact(1, "2026-11-05T10:00", Channel.HOTLINE, OUTGOING);
        var answered = contact(2, "2026-11-07T10:00", Channel.EMAIL, INCOMING);
        assertThat(response(Deadlines.of(aCase(), List.of(asked, answered), defaults, catalogue)).met()).isTrue();
        var fromRegulator = contact(2, "2026-11-07T10:00", Channel.REGULATOR, INCOMING);
        assertThat(response(Deadlines.of(aCase(), List.of(asked, fromRegulator), defaults, catalogue)).met())
                .isFalse();
    }

    @Test
    void remindersDoNotRestartTheClockButAContactAfterAnAnswerDoes() {
        var first = contact(1, "2026-11-05T10:00", Channel.HOTLINE, OUTGOING);
        var reminder = contact(2, "2026-11-09T10:00", Channel.HOTLINE, OUTGOING);
        List<Deadline> clocks = Deadlines.of(aCase(), List.of(first, reminder), defaults, catalogue).stream()
                .filter(d -> d.kind() == Deadline.Kind.RESPONSE).toList();
        assertThat(clocks).extracting(Deadline::due).containsExactly(LocalDate.of(2026, 11, 12));
        var answer = contact(3, "2026-11-10T10:00", Channel.HOTLINE, INCOMING);
        var again = contact(4, "2026-11-11T10:00", Channel.HOTLINE, OUTGOING);
        clocks = Deadlines.of(aCase(), List.of(first, reminder, answer, again), defaults, catalogue).stream()
                .filter(d -> d.kind() == Deadline.Kind.RESPONSE).toList();
        assertThat(clocks).extracting(Deadline::due, Deadline::met).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 11, 12), true),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 11, 18), false));
    }

    @Test
    void theCaseOwnRuleReplacesThePresetAndOffStopsTheClock() {
        var hotline = contact(1, "2026-11-05T10:00", Channel.HOTLINE, OUTGOING);
        List<ClockRule> own = catalogue.effective(List.of(new ClockRule(Channel.HOTLINE, null, 3, DayCount.WORKING)));
        Deadline d = response(Deadlines.of(aCase(), List.of(hotline), own, catalogue));
        assertThat(d.due()).isEqualTo(LocalDate.of(2026, 11, 10)); // Thu 5 → Fri 6, Mon 9, Tue 10
        assertThat(d.preset()).isNull();
        List<ClockRule> off = catalogue.effective(List.of(ClockRule.off(Channel.HOTLINE)));
        assertThat(Deadlines.of(aCase(), List.of(hotline), off, catalogue))
                .noneMatch(x -> x.kind() == Deadline.Kind.RESPONSE);
    }

    @Test
    void plannedFollowUpsAreMetByALaterContactAndAllIsMetWhenClosed() {
        var planned = contact(1, "2026-11-05T10:00", Channel.HOTLINE, OUTGOING, "88231", LocalDate.of(2026, 11, 8));
        Deadline open = Deadlines.of(aCase(), List.of(planned), defaults, catalogue).stream()
                .filter(d -> d.kind() == Deadline.Kind.FOLLOW_UP).findFirst().orElseThrow();
        assertThat(open.met()).isFalse();
        assertThat(open.isDue(LocalDate.of(2026, 11, 8))).isTrue();
        var later = contact(2, "2026-11-09T10:00", Channel.HOTLINE, OUTGOING);
        assertThat(Deadlines.of(aCase(), List.of(planned, later), defaults, catalogue).stream()
                .filter(d -> d.kind() == Deadline.Kind.FOLLOW_UP).findFirst().orElseThrow().met()).isTrue();
        var closed = aCase(Category.OTHER, CaseStatus.RESOLVED, IncidentDate.exact(LocalDate.of(2026, 11, 3)), 30);
        assertThat(Deadlines.of(closed, List.of(planned), defaults, catalogue)).allMatch(Deadline::met);
    }

    private static Deadline response(List<Deadline> all) {
        return all.stream().filter(d -> d.kind() == Deadline.Kind.RESPONSE).findFirst().orElseThrow();
    }
}
