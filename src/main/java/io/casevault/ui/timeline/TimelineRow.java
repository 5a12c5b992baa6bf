package io.casevault.ui.timeline;

import io.casevault.domain.Channel;
import io.casevault.domain.TimelineEvent;

import java.time.Instant;

/**
 * One line of the timeline, with its text already in the user's language (built in the background, so a cell only
 * copies strings into its labels).
 *
 * @param channel the follow-up's channel, for FOLLOWUP rows and follow-up due dates; null otherwise
 * @param due     a date by which something must happen (a follow-up's next date or the complaint deadline)
 */
record TimelineRow(Instant at, TimelineEvent.Kind kind, Channel channel, String when, String text, boolean due,
                   boolean overdue, Long refId) {
}
