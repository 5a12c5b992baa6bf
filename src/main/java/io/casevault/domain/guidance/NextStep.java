package io.casevault.domain.guidance;

import io.casevault.domain.Channel;
import io.casevault.domain.Checks;

import java.time.LocalDate;

/**
 * A suggested step with the reason for it. The words live in the app's texts; here are the step, the reason and
 * the facts the reason names: a date, a channel and a number of days, each where the reason has one.
 */
public record NextStep(Step step, Reason reason, LocalDate date, Channel channel, Long days) {

    public enum Step {
        CONTACT_SUPPORT, WAIT_FOR_ANSWER, REMIND_SUPPORT, WRITTEN_COMPLAINT, PUBLIC_POST, COMPLAINT_PLATFORM,
        REGULATOR, POLICE_REPORT, LAWYER_OR_COURT, KEEP_RECORDS
    }

    public enum Reason {
        NO_CONTACT_YET, FRAUD_REPORT_EARLY, CLOCK_RUNNING, CLOCK_OVERDUE, NO_ANSWER_FOR_DAYS, WINDOW_ENDING,
        ANSWER_RECEIVED, CLOSED_UNRESOLVED, RESOLVED, FOLLOW_UP_DUE
    }

    public NextStep {
        Checks.notNull(step, "Step");
        Checks.notNull(reason, "Reason");
    }

    public static NextStep of(Step step, Reason reason) {
        return new NextStep(step, reason, null, null, null);
    }
}
