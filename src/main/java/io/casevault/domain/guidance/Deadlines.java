package io.casevault.domain.guidance;

import io.casevault.domain.Case;
import io.casevault.domain.Channel;
import io.casevault.domain.ContactDirection;
import io.casevault.domain.FollowUp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Computes a case's deadlines. Every date is a local date: the complaint window runs from the earliest possible
 * incident day (so an uncertain date never makes it look later than it may be); a response clock runs from the day of
 * the contact in the zone it was recorded in, and is met when the same party (the provider, or one authority) later
 * contacts the user. Per channel only the oldest unanswered contact counts: later reminders do not restart the clock.
 */
public final class Deadlines {
    private Deadlines() {
    }

    public static List<Deadline> of(Case c, List<FollowUp> followUps, List<ClockRule> rules, ClockRules catalogue) {
        List<Deadline> out = new ArrayList<>();
        c.deadline().ifPresent(due -> out.add(new Deadline(Deadline.Kind.COMPLAINT_WINDOW, due,
                c.incident().earliest(), c.windowDays(), DayCount.CALENDAR, null, null, null, "", false)));
        List<FollowUp> sorted = followUps.stream().filter(f -> f.trashedAt() == null)
                .sorted(Comparator.comparing(FollowUp::at)).toList();
        Map<Channel, ClockRule> ruleOf = new EnumMap<>(Channel.class);
        for (ClockRule r : rules) {
            ruleOf.put(r.channel(), r);
        }
        Map<Channel, FollowUp> lastClock = new EnumMap<>(Channel.class);
        for (FollowUp f : sorted) {
            ClockRule rule = ruleOf.get(f.channel());
            if (f.direction() == ContactDirection.OUTGOING && rule != null && !rule.isOff()) {
                FollowUp open = lastClock.get(f.channel());
                if (open == null || answered(sorted, open, f)) {
                    lastClock.put(f.channel(), f);
                    LocalDate start = DeadlineMath.day(f.at(), f.zone());
                    out.add(new Deadline(Deadline.Kind.RESPONSE, DeadlineMath.due(start, rule.days(),
                            rule.dayCount()), start, rule.days(), rule.dayCount(), f.channel(), f.id(),
                            rule.presetId() == null ? null : catalogue.preset(rule.presetId()).orElse(null),
                            f.summary(), answered(sorted, f, null)));
                }
            }
            if (f.dueDate() != null) {
                boolean followedUp = sorted.stream().anyMatch(g -> g.at().isAfter(f.at()));
                out.add(new Deadline(Deadline.Kind.FOLLOW_UP, f.dueDate(), DeadlineMath.day(f.at(), f.zone()), 0,
                        DayCount.CALENDAR, f.channel(), f.id(), null, f.summary(), followedUp));
            }
        }
        if (c.status().isClosed()) {
            return out.stream().map(Deadlines::closed).sorted(Comparator.comparing(Deadline::due)).toList();
        }
        out.sort(Comparator.comparing(Deadline::due).thenComparing(Deadline::kind));
        return out;
    }

    /** Whether the party contacted on {@code asked}'s channel answered after it (and before {@code until}, if given). */
    static boolean answered(List<FollowUp> sorted, FollowUp asked, FollowUp until) {
        return sorted.stream().anyMatch(g -> g.direction() == ContactDirection.INCOMING && g.at().isAfter(asked.at())
                && (until == null || g.at().isBefore(until.at()))
                && Ladder.party(g.channel()) == Ladder.party(asked.channel()));
    }

    /** A closed case has nothing left to chase. */
    private static Deadline closed(Deadline d) {
        return new Deadline(d.kind(), d.due(), d.start(), d.days(), d.dayCount(), d.channel(), d.followUpId(),
                d.preset(), d.subject(), true);
    }
}
