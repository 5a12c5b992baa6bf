package io.casevault.ui.timeline;

import io.casevault.app.CaseTimeline;
import io.casevault.domain.Case;
import io.casevault.domain.CaseStatus;
import io.casevault.domain.Category;
import io.casevault.domain.Channel;
import io.casevault.domain.ContactDirection;
import io.casevault.domain.Evidence;
import io.casevault.domain.FollowUp;
import io.casevault.domain.NewFollowUp;
import io.casevault.domain.TimelineEvent;
import io.casevault.domain.guidance.DayCount;
import io.casevault.domain.guidance.Deadline;
import io.casevault.ui.UiFixture.RecordingNotifier;
import io.casevault.ui.ViewModelFixture;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.Texts;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The timeline's model with a fake vault, without the toolkit. */
class TimelineViewModelTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 25 November in Shanghai, still the 24th in UTC. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T16:30:00Z"), SHANGHAI);
    private static final Case CASE = new Case(3, "转账未到账", "Alipay", null, Category.FUNDS_NOT_RECEIVED, "", null,
            List.of(), CaseStatus.DRAFT, null, LocalDate.of(2026, 11, 1), null, List.of(), Instant.EPOCH, null, false);

    private final RecordingNotifier notifier = new RecordingNotifier();
    private final ViewModelFixture.Changes changes = new ViewModelFixture.Changes();
    private final List<TimelineEvent> events = new ArrayList<>();
    private final List<FollowUp> followUps = new ArrayList<>();
    private final List<Deadline> deadlines = new ArrayList<>();
    private final List<NewFollowUp> saved = new ArrayList<>();
    private RuntimeException failure;

    private final TimelineViewModel.Source source = new TimelineViewModel.Source() {
        @Override
        public CaseTimeline caseTimeline(long caseId, ZoneId zone) {
            if (failure != null) {
                throw failure;
            }
            return new CaseTimeline(CASE, events, List.of(), followUps);
        }

        @Override
        public List<Deadline> deadlines(long caseId) {
            return deadlines;
        }

        @Override
        public List<Evidence> exhibits(long caseId) {
            return List.of();
        }
    };
    private final TimelineViewModel vm = new TimelineViewModel(source, (f, evidenceIds) -> {
        saved.add(f);
        FollowUp stored = new FollowUp(50 + saved.size(), f.caseId(), f.at(), f.zone(), f.channel(), f.direction(),
                f.contactPerson(), f.ticketRef(), f.summary(), f.outcome(), f.dueDate(), f.at(), null);
        followUps.add(stored);
        events.add(new TimelineEvent(f.at(), TimelineEvent.Kind.FOLLOWUP, f.summary(), stored.id(), false));
        return stored;
    }, Texts.of(Locale.ENGLISH), Background.direct(), CLOCK, notifier, changes);

    private static Deadline response(LocalDate due, boolean met) {
        return new Deadline(Deadline.Kind.RESPONSE, due, due.minusDays(7), 7, DayCount.CALENDAR, Channel.HOTLINE, 9L,
                null, "", met);
    }

    /** Exhibit 4 added on 20 November, the case opened on the 21st. */
    private void exhibitAndStatusChange() {
        events.add(new TimelineEvent(Instant.parse("2026-11-20T02:00:00Z"), TimelineEvent.Kind.EVIDENCE, "E-1", 4L,
                false));
        events.add(new TimelineEvent(Instant.parse("2026-11-21T02:00:00Z"), TimelineEvent.Kind.STATUS,
                "Opened as DRAFT", null, false));
    }

    @Test
    void aResponseClockThatRanOutBeforeTheUsersTodayIsOverdue() {
        deadlines.add(response(LocalDate.of(2026, 11, 24), false)); // yesterday in Shanghai, today in UTC
        deadlines.add(response(LocalDate.of(2026, 11, 25), false));
        deadlines.add(response(LocalDate.of(2026, 11, 10), true));

        vm.showCase(3);

        assertThat(vm.visibleRows()).extracting(r -> r.text() + (r.due() ? " [due]" : "")
                + (r.overdue() ? " [overdue]" : "")).containsExactly(
                "Answered: contact via Hotline (7 calendar days)",
                "Answer due to your contact via Hotline (7 calendar days) [due] [overdue]",
                "Answer due to your contact via Hotline (7 calendar days) [due]");
    }

    @Test
    void hidingAKindLeavesTheOthersAndSaysHowManyAreShown() {
        exhibitAndStatusChange();
        vm.showCase(3);
        assertThat(vm.count().get()).isEqualTo("2 of 2 events");

        vm.shown(TimelineEvent.Kind.EVIDENCE).set(false);

        assertThat(vm.visibleRows()).extracting(TimelineRow::text).containsExactly("Case opened as draft");
        assertThat(vm.count().get()).isEqualTo("1 of 2 events");
    }

    @Test
    void openingAnExhibitRowShowsThatExhibitAndOtherRowsNothing() {
        exhibitAndStatusChange();
        List<Long> opened = new ArrayList<>();
        vm.setOnEvidenceOpened(opened::add);
        vm.showCase(3);

        vm.visibleRows().forEach(vm::open);

        assertThat(opened).containsExactly(4L);
    }

    @Test
    void aLoggedFollowUpIsSavedInTheUsersZoneAndSelectedOnceTheTimelineReloads() {
        vm.showCase(3);
        List<Long> dialogsFor = new ArrayList<>();

        vm.logFollowUp((caseId, exhibits) -> dialogsFor.add(caseId));
        assertThat(vm.logging().get()).isTrue();
        vm.logFollowUp((caseId, exhibits) -> dialogsFor.add(caseId)); // a second click while the dialog is open
        vm.dialogClosed(new FollowUpForm(3, Channel.EMAIL, ContactDirection.OUTGOING, LocalDate.of(2026, 11, 25),
                "09:30", "", "", "Asked for the refund", "", null, List.of()));

        assertThat(dialogsFor).containsExactly(3L);
        assertThat(vm.logging().get()).isFalse();
        assertThat(saved).singleElement().satisfies(f ->
                assertThat(f.at()).isEqualTo(Instant.parse("2026-11-25T01:30:00Z")));
        assertThat(vm.selected().get()).isNotNull();
        assertThat(vm.selected().get().text()).contains("Asked for the refund");
        assertThat(changes.events).containsExactly("records 3");
    }

    @Test
    void aTimelineThatCannotBeReadIsReportedToTheUser() {
        failure = new IllegalStateException("The vault is locked.");

        vm.showCase(3);

        assertThat(notifier.messages).singleElement().satisfies(m -> {
            assertThat(m.error()).isTrue();
            assertThat(m.title()).isEqualTo("Timeline");
            assertThat(m.text()).isEqualTo("The vault is locked.");
        });
        assertThat(vm.visibleRows()).isEmpty();
    }
}
