package io.casevault.domain.guidance;

import io.casevault.domain.Case;
import io.casevault.domain.CaseStatus;
import io.casevault.domain.Category;
import io.casevault.domain.Channel;
import io.casevault.domain.FollowUp;
import io.casevault.domain.IncidentDate;
import io.casevault.domain.guidance.NextStep.Reason;
import io.casevault.domain.guidance.NextStep.Step;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.casevault.domain.ContactDirection.INCOMING;
import static io.casevault.domain.ContactDirection.OUTGOING;
import static io.casevault.domain.guidance.GuidanceFixtures.aCase;
import static io.casevault.domain.guidance.GuidanceFixtures.catalogue;
import static io.casevault.domain.guidance.GuidanceFixtures.contact;
import static org.assertj.core.api.Assertions.assertThat;

class LadderTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private final ClockRules catalogue = catalogue();

    private List<NextStep> steps(Case c, FollowUp... followUps) {
        List<FollowUp> list = List.of(followUps);
        return Ladder.nextSteps(c, list, Deadlines.of(c, list, catalogue.effective(List.of()), catalogue), TODAY);
    }

    @Test
    void withoutAnyContactTheFirstStepIsSupport() {
        assertThat(steps(aCase())).first().isEqualTo(NextStep.of(Step.CONTACT_SUPPORT, Reason.NO_CONTACT_YET));
    }

    @Test
    void accountTheftSuggestsThePoliceFirst() {
        Case stolen = aCase(Category.ACCOUNT_STOLEN, CaseStatus.DRAFT, null, null);
        assertThat(steps(stolen)).extracting(NextStep::step)
                .containsExactly(Step.POLICE_REPORT, Step.CONTACT_SUPPORT);
        assertThat(steps(stolen, contact(1, "2026-11-24T10:00", Channel.POLICE, OUTGOING)))
                .extracting(NextStep::step).doesNotContain(Step.POLICE_REPORT);
    }

    @Test
    void anOverdueSupportClockSuggestsAWrittenComplaint() {
        List<NextStep> s = steps(aCase(), contact(1, "2026-11-10T10:00", Channel.HOTLINE, OUTGOING));
        assertThat(s).first().isEqualTo(new NextStep(Step.WRITTEN_COMPLAINT, Reason.CLOCK_OVERDUE,
                LocalDate.of(2026, 11, 17), Channel.HOTLINE, 7L));
    }

    @Test
    void anOverdueClockAlreadyEscalatedGivesWayToWaitingForTheHigherOne() {
        List<NextStep> s = steps(aCase(), contact(1, "2026-11-10T10:00", Channel.HOTLINE, OUTGOING),
                contact(2, "2026-11-24T10:00", Channel.LETTER, OUTGOING));
        assertThat(s).extracting(NextStep::reason).doesNotContain(Reason.CLOCK_OVERDUE);
        // the support preset of the fixture is not the letter's, so the letter has no clock: a quiet contact soon
        assertThat(s).extracting(NextStep::step).doesNotContain(Step.WRITTEN_COMPLAINT);
    }

    @Test
    void anOverduePlatformClockSuggestsTheRegulatorAndForFraudThePoliceAfterIt() {
        assertThat(steps(aCase(), contact(1, "2026-11-02T10:00", Channel.COMPLAINT_PLATFORM, OUTGOING)))
                .first().extracting(NextStep::step).isEqualTo(Step.REGULATOR);
        Case charged = aCase(Category.UNAUTHORISED_CHARGE, CaseStatus.ESCALATED, null, null);
        assertThat(steps(charged, contact(1, "2026-11-01T10:00", Channel.POLICE, OUTGOING),
                contact(2, "2026-11-02T10:00", Channel.REGULATOR, OUTGOING))).extracting(NextStep::step)
                .doesNotContain(Step.POLICE_REPORT);
    }

    @Test
    void aRunningClockMeansWaitingUntilItsDay() {
        List<NextStep> s = steps(aCase(), contact(1, "2026-11-23T10:00", Channel.HOTLINE, OUTGOING));
        assertThat(s).first().isEqualTo(new NextStep(Step.WAIT_FOR_ANSWER, Reason.CLOCK_RUNNING,
                LocalDate.of(2026, 11, 30), Channel.HOTLINE, 5L));
    }

    @Test
    void aContactWithoutClockAndWithoutAnswerForAWeekCallsForAReminder() {
        List<NextStep> s = steps(aCase(), contact(1, "2026-11-12T10:00", Channel.IN_APP_CHAT, OUTGOING));
        assertThat(s).first().isEqualTo(new NextStep(Step.REMIND_SUPPORT, Reason.NO_ANSWER_FOR_DAYS,
                LocalDate.of(2026, 11, 12), Channel.IN_APP_CHAT, 13L));
        assertThat(steps(aCase(), contact(1, "2026-11-12T10:00", Channel.IN_APP_CHAT, OUTGOING),
                contact(2, "2026-11-13T10:00", Channel.IN_APP_CHAT, INCOMING)))
                .extracting(NextStep::reason).doesNotContain(Reason.NO_ANSWER_FOR_DAYS);
    }

    @Test
    void anAnswerThatDidNotResolveItMovesOneRungUp() {
        Case responded = aCase(Category.FUNDS_NOT_RECEIVED, CaseStatus.RESPONDED, null, null);
        assertThat(steps(responded, contact(1, "2026-11-10T10:00", Channel.LETTER, OUTGOING),
                contact(2, "2026-11-12T10:00", Channel.LETTER, INCOMING)))
                .contains(NextStep.of(Step.PUBLIC_POST, Reason.ANSWER_RECEIVED));
    }

    @Test
    void aComplaintWindowEndingSoonAsksForAWrittenComplaint() {
        Case ending = aCase(Category.FEE_DISPUTE, CaseStatus.DRAFT, IncidentDate.around(LocalDate.of(2026, 10, 29)),
                30);
        assertThat(steps(ending)).contains(new NextStep(Step.WRITTEN_COMPLAINT, Reason.WINDOW_ENDING,
                LocalDate.of(2026, 11, 28), null, 3L));
    }

    @Test
    void closedCasesEndTheLadderOrClimbIt() {
        Case resolved = aCase(Category.OTHER, CaseStatus.RESOLVED, null, null);
        assertThat(steps(resolved)).containsExactly(NextStep.of(Step.KEEP_RECORDS, Reason.RESOLVED));
        Case unresolved = aCase(Category.OTHER, CaseStatus.CLOSED_UNRESOLVED, null, null);
        assertThat(steps(unresolved, contact(1, "2026-11-10T10:00", Channel.REGULATOR, OUTGOING)))
                .containsExactly(NextStep.of(Step.LAWYER_OR_COURT, Reason.CLOSED_UNRESOLVED));
    }
}
