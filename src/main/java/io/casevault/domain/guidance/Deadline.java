package io.casevault.domain.guidance;

import io.casevault.domain.Channel;
import io.casevault.domain.Checks;

import java.time.LocalDate;

/**
 * One dated obligation of a case: the complaint window, a response clock started by a contact, or a follow-up the
 * user planned. {@code met} when it no longer needs attention (the other side answered, the user followed up).
 * {@code subject} is what it is about in the user's own words (a follow-up's summary), or empty.
 */
public record Deadline(Kind kind, LocalDate due, LocalDate start, int days, DayCount dayCount, Channel channel,
                       Long followUpId, ClockPreset preset, String subject, boolean met) {

    public enum Kind { COMPLAINT_WINDOW, RESPONSE, FOLLOW_UP }

    public Deadline {
        Checks.notNull(kind, "Deadline kind");
        Checks.notNull(due, "Due date");
        subject = Checks.orEmpty(subject);
    }

    public long daysLeft(LocalDate today) {
        return DeadlineMath.daysLeft(today, due);
    }

    /** Not met and the due day has passed. */
    public boolean overdue(LocalDate today) {
        return !met && due.isBefore(today);
    }

    /** Not met and due today or earlier: what the start-up notice lists. */
    public boolean isDue(LocalDate today) {
        return !met && !due.isAfter(today);
    }
}
