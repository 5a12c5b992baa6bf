package io.casevault.ui.timeline;

import io.casevault.app.CaseTimeline;
import io.casevault.app.MailThreadService.MailConversation;
import io.casevault.domain.Case;
import io.casevault.domain.CaseStatus;
import io.casevault.domain.Category;
import io.casevault.domain.Channel;
import io.casevault.domain.ContactDirection;
import io.casevault.domain.Evidence;
import io.casevault.domain.FollowUp;
import io.casevault.domain.NewFollowUp;
import io.casevault.domain.Direction;
import io.casevault.domain.Money;
import io.casevault.domain.TimelineEvent;
import io.casevault.domain.Transaction;
import io.casevault.domain.TransactionSource;
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
    private final List<Transaction> transactions = new ArrayList<>();
    private final List<Deadline> deadlines = new ArrayList<>();
    private final List<NewFollowUp> saved = new ArrayList<>();
    private final List<MailConversation> conversations = new ArrayList<>();
    private RuntimeException failure;

    private final TimelineViewModel.Source source = new TimelineViewModel.Source() {
        @Override
        public CaseTimeline caseTimeline(long caseId, ZoneId zone) {
            if (failure != null) {
                throw failure;
            }
            return new CaseTimeline(CASE, events, transactions, followUps);
        }

        @Override
        public List<Deadline> deadlines(long caseId) {
            return deadlines;
        }

        @Override
        public List<Evidence> exhibits(long caseId) {
            return List.of();
        }

        @Override
        public List<MailConversation> conversations(long caseId) {
            return conversations;
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
                "Today",
                "Answer due to your contact via Hotline (7 calendar days) [due]");
    }

    @Test
    void hidingAKindLeavesTheOthersAndSaysHowManyAreShown() {
        exhibitAndStatusChange();
        vm.showCase(3);
        assertThat(vm.count().get()).isEqualTo("2 of 2 events");

        vm.shown(TimelineEvent.Kind.EVIDENCE).set(false);

        assertThat(vm.visibleRows()).extracting(TimelineRow::text).containsExactly("Case opened as draft", "Today");
        assertThat(vm.count().get()).isEqualTo("1 of 2 events");
    }

    @Test
    void aFoldedConversationsMessagesCountAsShownAndItsHeaderNeverAsAnEvent() {
        exhibitAndStatusChange();
        followUp(5, "2026-11-22T02:00:00Z", ContactDirection.OUTGOING, "Asked", null);
        followUp(6, "2026-11-23T02:00:00Z", ContactDirection.INCOMING, "Answered", null);
        conversations.add(new MailConversation("t1", "Refund", List.of(5L, 6L)));
        vm.showCase(3);
        TimelineRow header = vm.visibleRows().stream().filter(r -> vm.fold(r) == TimelineViewModel.Fold.COLLAPSED)
                .findFirst().orElseThrow();

        assertThat(vm.visibleRows()).hasSize(4); // exhibit, status change, header, today
        assertThat(vm.count().get()).isEqualTo("4 of 4 events");
        vm.toggle(header);
        assertThat(vm.visibleRows()).extracting(TimelineRow::text).contains("Hotline · we contacted them: Asked",
                "Hotline · they contacted us: Answered");
        assertThat(vm.count().get()).isEqualTo("4 of 4 events");
        vm.shown(TimelineEvent.Kind.EVIDENCE).set(false);
        assertThat(vm.count().get()).isEqualTo("3 of 4 events");
        vm.toggle(header);
        vm.shown(TimelineEvent.Kind.FOLLOWUP).set(false);
        assertThat(vm.visibleRows()).extracting(TimelineRow::text).containsExactly("Case opened as draft", "Today");
        assertThat(vm.count().get()).isEqualTo("1 of 4 events");
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

    private FollowUp followUp(long id, String at, ContactDirection direction, String summary, LocalDate due) {
        FollowUp f = new FollowUp(id, 3, Instant.parse(at), SHANGHAI, Channel.HOTLINE, direction, null, null, summary,
                null, due, Instant.parse(at), null);
        followUps.add(f);
        events.add(new TimelineEvent(f.at(), TimelineEvent.Kind.FOLLOWUP, summary, id, false));
        if (due != null) {
            events.add(new TimelineEvent(due.plusDays(1).atStartOfDay(SHANGHAI).toInstant().minusSeconds(1),
                    TimelineEvent.Kind.DEADLINE, "Follow-up due: " + summary, id,
                    due.isBefore(LocalDate.of(2026, 11, 25))));
        }
        return f;
    }

    private static Deadline followUpDate(long id, LocalDate due, boolean met) {
        return new Deadline(Deadline.Kind.FOLLOW_UP, due, due.minusDays(3), 0, DayCount.CALENDAR, Channel.HOTLINE, id,
                null, "", met);
    }

    private String badges(Locale locale) {
        TimelineViewModel model = new TimelineViewModel(source, (f, ids) -> null, Texts.of(locale),
                Background.direct(), CLOCK, notifier, changes);
        model.showCase(3);
        return String.join(" | ", model.visibleRows().stream()
                .map(r -> r.text() + (model.badge(r).isEmpty() ? "" : " [" + model.badge(r) + "]")
                        + (r.overdue() ? " (red)" : "")).toList());
    }

    @Test
    void dueDatesSayHowManyDaysAreLeftOrOverdueAroundATodayMarker() {
        followUp(1, "2026-11-10T02:00:00Z", ContactDirection.OUTGOING, "Hotline promised a callback",
                LocalDate.of(2026, 11, 22));
        followUp(2, "2026-11-12T02:00:00Z", ContactDirection.OUTGOING, "Chat said wait", LocalDate.of(2026, 11, 25));
        followUp(3, "2026-11-13T02:00:00Z", ContactDirection.OUTGOING, "Letter sent", LocalDate.of(2026, 11, 27));
        deadlines.add(followUpDate(1, LocalDate.of(2026, 11, 22), false));
        deadlines.add(followUpDate(2, LocalDate.of(2026, 11, 25), false));
        deadlines.add(followUpDate(3, LocalDate.of(2026, 11, 27), false));

        assertThat(badges(Locale.ENGLISH)).endsWith("Next follow-up due: Hotline promised a callback"
                + " [3 days overdue] (red) | Today | Next follow-up due: Chat said wait [due today]"
                + " | Next follow-up due: Letter sent [due in 2 days]");
        assertThat(badges(Locale.SIMPLIFIED_CHINESE)).endsWith("[逾期 3 天] (red) | 今天 | 下次跟进日期：Chat said wait [今天到期]"
                + " | 下次跟进日期：Letter sent [还剩 2 天]");
    }

    @Test
    void aFollowUpDateTheGuidanceCountsAsAnsweredIsNoLongerRed() {
        followUp(1, "2026-11-10T02:00:00Z", ContactDirection.OUTGOING, "Hotline promised a callback",
                LocalDate.of(2026, 11, 20));
        followUp(2, "2026-11-21T02:00:00Z", ContactDirection.INCOMING, "Hotline called back", null);
        deadlines.add(followUpDate(1, LocalDate.of(2026, 11, 20), true));
        deadlines.add(new Deadline(Deadline.Kind.RESPONSE, LocalDate.of(2026, 11, 17), LocalDate.of(2026, 11, 10), 7,
                DayCount.CALENDAR, Channel.HOTLINE, 1L, null, "", true));

        vm.showCase(3);

        TimelineRow date = vm.visibleRows().stream().filter(r -> r.kind() == TimelineEvent.Kind.DEADLINE
                && r.text().contains("Hotline promised")).findFirst().orElseThrow();
        assertThat(date.overdue()).isFalse();
        assertThat(date.due()).isFalse();
        assertThat(vm.badge(date)).isEqualTo("done");
        assertThat(vm.visibleRows()).noneMatch(TimelineRow::overdue);
    }

    @Test
    void onAComputerInUtcAnAlipayPaymentReadsInChinaTimeWithItsZoneAndALocalOneWithout() {
        Instant paid = Instant.parse("2026-11-03T13:32:00Z");
        transactions.add(new Transaction(7, 3, paid, SHANGHAI, Money.parse("88.00", "CNY"), Direction.OUT, "Shop",
                null, null, null, null, null, TransactionSource.MANUAL, paid, null));
        followUp(8, "2026-11-04T09:00:00Z", ContactDirection.OUTGOING, "Called from London", null);
        followUps.set(0, new FollowUp(8, 3, Instant.parse("2026-11-04T09:00:00Z"), ZoneId.of("UTC"), Channel.HOTLINE,
                ContactDirection.OUTGOING, null, null, "Called from London", null, null, Instant.EPOCH, null));
        Clock utc = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneId.of("UTC"));

        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            TimelineViewModel model = new TimelineViewModel(source, (f, ids) -> null, Texts.of(locale),
                    Background.direct(), utc, notifier, changes);
            model.showCase(3);
            List<String> when = model.visibleRows().stream().filter(r -> !r.today()).map(TimelineRow::when).toList();
            assertThat(when).containsExactly(locale == Locale.ENGLISH ? "Nov 3, 2026 21:32 (UTC+8)"
                    : "2026年11月3日 21:32（UTC+8）", locale == Locale.ENGLISH ? "Nov 4, 2026 09:00"
                    : "2026年11月4日 09:00");
        }
    }
}
