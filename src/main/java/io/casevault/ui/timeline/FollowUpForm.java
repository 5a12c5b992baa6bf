package io.casevault.ui.timeline;

import io.casevault.domain.Channel;
import io.casevault.domain.ContactDirection;
import io.casevault.domain.NewFollowUp;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the follow-up dialog collects, checked before it goes to the service. Pure: the dialog's controls fill it,
 * and {@link #problems} names each problem by its bundle key.
 */
record FollowUpForm(long caseId, Channel channel, ContactDirection direction, LocalDate date, String time,
                    String contactPerson, String ticketRef, String summary, String outcome, LocalDate nextDate,
                    List<Long> evidenceIds) {

    FollowUpForm {
        evidenceIds = List.copyOf(evidenceIds);
    }

    /** Bundle keys of what is wrong; empty when the form can be saved. */
    List<String> problems(Instant now, ZoneId zone) {
        List<String> problems = new ArrayList<>();
        if (channel == null) {
            problems.add("followup.error.channel");
        }
        if (summary == null || summary.isBlank()) {
            problems.add("followup.error.summary");
        }
        Optional<LocalTime> t = parseTime(time);
        if (date == null) {
            problems.add("followup.error.date");
        } else if (t.isEmpty()) {
            problems.add("followup.error.time");
        } else if (date.atTime(t.get()).atZone(zone).toInstant().isAfter(now.plusSeconds(60))) {
            problems.add("followup.error.future");
        }
        if (nextDate != null && date != null && nextDate.isBefore(date)) {
            problems.add("followup.error.nextBeforeContact");
        }
        return problems;
    }

    NewFollowUp toNewFollowUp(ZoneId zone) {
        Instant at = date.atTime(parseTime(time).orElseThrow()).atZone(zone).toInstant();
        return new NewFollowUp(caseId, at, zone, channel, direction, contactPerson, ticketRef, summary, outcome,
                nextDate);
    }

    /** Accepts 14:30, 14.30, 1430, 9:05 and with seconds; empty when it is not a time of day. */
    static Optional<LocalTime> parseTime(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.strip().replace('.', ':').replace('：', ':');
        if (s.matches("\\d{3,4}")) {
            s = s.substring(0, s.length() - 2) + ":" + s.substring(s.length() - 2);
        }
        if (s.matches("\\d:\\d{2}(:\\d{2})?")) {
            s = "0" + s;
        }
        try {
            return Optional.of(LocalTime.parse(s));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
