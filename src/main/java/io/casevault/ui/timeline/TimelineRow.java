package io.casevault.ui.timeline;

import io.casevault.domain.Channel;
import io.casevault.domain.TimelineEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One line of the timeline. Its words in the user's language are made the first time they are asked for, by the cell
 * that shows the row: a case with ten thousand payments then loads without wording ten thousand sentences, of which
 * a screen shows thirty.
 *
 * @param channel the follow-up's channel, for FOLLOWUP rows and follow-up due dates; null otherwise
 * @param due     a date by which something must still happen (a follow-up's next date, an answer, the complaint
 *                deadline); false once it was met
 * @param dueDay  the day a DEADLINE row falls on, in the user's zone; null for other rows
 * @param today   the marker row for the user's today, which is no event
 */
record TimelineRow(Instant at, TimelineEvent.Kind kind, Channel channel, Words words, boolean due, boolean overdue,
                   Long refId, LocalDate dueDay, boolean today) {

    /** A DEADLINE row whose obligation was met: answered, followed up, or the case closed. */
    boolean met() {
        return kind == TimelineEvent.Kind.DEADLINE && !today && !due;
    }

    /** This row judged again: {@code met} or not, overdue when not met and its day is before {@code todayDate}. */
    TimelineRow settled(boolean met, LocalDate day, LocalDate todayDate) {
        return new TimelineRow(at, kind, channel, words, !met, !met && day.isBefore(todayDate), refId, day, false);
    }

    /** The date or date and time, as the locale writes it. */
    String when() {
        return words.when();
    }

    /** What happened, in the user's language. */
    String text() {
        return words.text();
    }

    /**
     * The row's two texts, worded once on first use. {@code lock} is the object whose formats make them (they are
     * not thread-safe), so a cell and a test asking at the same time wait for each other.
     */
    static final class Words {
        private final Object lock;
        private Supplier<String> whenSource;
        private Supplier<String> textSource;
        private String when;
        private String text;

        Words(Object lock, Supplier<String> when, Supplier<String> text) {
            this.lock = Objects.requireNonNull(lock);
            this.whenSource = Objects.requireNonNull(when);
            this.textSource = Objects.requireNonNull(text);
        }

        String when() {
            synchronized (lock) {
                if (when == null) {
                    when = whenSource.get();
                    whenSource = null;
                }
                return when;
            }
        }

        String text() {
            synchronized (lock) {
                if (text == null) {
                    text = textSource.get();
                    textSource = null;
                }
                return text;
            }
        }
    }
}
