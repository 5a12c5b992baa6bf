package io.casevault.domain.guidance;

import io.casevault.domain.Case;
import io.casevault.domain.Category;
import io.casevault.domain.CaseStatus;
import io.casevault.domain.Channel;
import io.casevault.domain.ContactDirection;
import io.casevault.domain.FollowUp;
import io.casevault.domain.guidance.NextStep.Reason;
import io.casevault.domain.guidance.NextStep.Step;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The escalation ladder: support → higher support or a written complaint → a public post → a complaint platform or
 * consumer association → a regulator → the police (for fraud and account theft) → a lawyer or court. Suggests the
 * next steps from the status, the contacts so far, the deadlines and the category, most pressing first.
 */
public final class Ladder {
    /** An outgoing contact without an answer for this long calls for a reminder, clock or not. */
    public static final int QUIET_DAYS = 7;
    /** The complaint window counts as ending within this many days. */
    public static final int WINDOW_WARNING_DAYS = 7;

    public enum Rung { SUPPORT, WRITTEN, PUBLIC, PLATFORM, REGULATOR, POLICE, COURT }

    /** Who answers a contact on a channel: the provider, or one authority. */
    public enum Party { PROVIDER, PLATFORM, REGULATOR, POLICE, COURT }

    private Ladder() {
    }

    public static Rung rung(Channel channel) {
        return switch (channel) {
            case HOTLINE, IN_APP_CHAT, EMAIL, OTHER -> Rung.SUPPORT;
            case LETTER -> Rung.WRITTEN;
            case SOCIAL_MEDIA -> Rung.PUBLIC;
            case COMPLAINT_PLATFORM -> Rung.PLATFORM;
            case REGULATOR -> Rung.REGULATOR;
            case POLICE -> Rung.POLICE;
            case LAWYER_COURT -> Rung.COURT;
        };
    }

    public static Party party(Channel channel) {
        return switch (channel) {
            case COMPLAINT_PLATFORM -> Party.PLATFORM;
            case REGULATOR -> Party.REGULATOR;
            case POLICE -> Party.POLICE;
            case LAWYER_COURT -> Party.COURT;
            default -> Party.PROVIDER;
        };
    }

    /** Theft of the account and charges the user never made are fraud: the police come early, not near the end. */
    public static boolean isFraud(Category category) {
        return category == Category.ACCOUNT_STOLEN || category == Category.UNAUTHORISED_CHARGE;
    }

    public static List<NextStep> nextSteps(Case c, List<FollowUp> followUps, List<Deadline> deadlines,
                                           LocalDate today) {
        List<FollowUp> contacts = followUps.stream().filter(f -> f.trashedAt() == null)
                .sorted(Comparator.comparing(FollowUp::at)).toList();
        List<FollowUp> outgoing = contacts.stream().filter(f -> f.direction() == ContactDirection.OUTGOING).toList();
        Map<Step, NextStep> steps = new LinkedHashMap<>();
        if (c.status() == CaseStatus.RESOLVED) {
            steps.put(Step.KEEP_RECORDS, NextStep.of(Step.KEEP_RECORDS, Reason.RESOLVED));
            return List.copyOf(steps.values());
        }
        Rung highest = outgoing.stream().map(f -> rung(f.channel())).max(Comparator.naturalOrder()).orElse(null);
        boolean policeContacted = outgoing.stream().anyMatch(f -> f.channel() == Channel.POLICE);
        boolean policeNext = isFraud(c.category()) && !policeContacted;
        if (policeNext) {
            steps.put(Step.POLICE_REPORT, NextStep.of(Step.POLICE_REPORT, Reason.FRAUD_REPORT_EARLY));
        }
        if (c.status() == CaseStatus.CLOSED_UNRESOLVED) {
            Step above = above(highest, policeNext);
            steps.putIfAbsent(above, NextStep.of(above, Reason.CLOSED_UNRESOLVED));
            return List.copyOf(steps.values());
        }
        if (outgoing.isEmpty()) {
            steps.putIfAbsent(Step.CONTACT_SUPPORT, NextStep.of(Step.CONTACT_SUPPORT, Reason.NO_CONTACT_YET));
        }
        for (Deadline d : deadlines) {
            if (d.kind() == Deadline.Kind.RESPONSE && d.overdue(today) && !escalatedSince(outgoing, d)) {
                Step above = above(rung(d.channel()), policeNext);
                steps.putIfAbsent(above, new NextStep(above, Reason.CLOCK_OVERDUE, d.due(), d.channel(),
                        (long) d.days()));
            }
        }
        for (Deadline d : deadlines) {
            if (d.kind() == Deadline.Kind.FOLLOW_UP && d.isDue(today)) {
                steps.putIfAbsent(Step.REMIND_SUPPORT, new NextStep(Step.REMIND_SUPPORT, Reason.FOLLOW_UP_DUE,
                        d.due(), d.channel(), null));
            }
        }
        quietContact(contacts, outgoing, deadlines, today).ifPresent(f -> {
            long quiet = DeadlineMath.daysLeft(DeadlineMath.day(f.at(), f.zone()), today);
            Step step = rung(f.channel()) == Rung.SUPPORT ? Step.REMIND_SUPPORT : above(rung(f.channel()), policeNext);
            steps.putIfAbsent(step, new NextStep(step, Reason.NO_ANSWER_FOR_DAYS, DeadlineMath.day(f.at(), f.zone()),
                    f.channel(), quiet));
        });
        if (c.status() == CaseStatus.RESPONDED) {
            Step above = above(highest, policeNext);
            steps.putIfAbsent(above, NextStep.of(above, Reason.ANSWER_RECEIVED));
        }
        deadlines.stream().filter(d -> d.kind() == Deadline.Kind.COMPLAINT_WINDOW && !d.met()
                        && d.daysLeft(today) >= 0 && d.daysLeft(today) <= WINDOW_WARNING_DAYS)
                .findFirst().filter(d -> highest == null || highest.compareTo(Rung.WRITTEN) < 0)
                .ifPresent(d -> steps.putIfAbsent(Step.WRITTEN_COMPLAINT, new NextStep(Step.WRITTEN_COMPLAINT,
                        Reason.WINDOW_ENDING, d.due(), null, d.daysLeft(today))));
        deadlines.stream().filter(d -> d.kind() == Deadline.Kind.RESPONSE && !d.met() && !d.overdue(today))
                .min(Comparator.comparing(Deadline::due))
                .ifPresent(d -> steps.putIfAbsent(Step.WAIT_FOR_ANSWER, new NextStep(Step.WAIT_FOR_ANSWER,
                        Reason.CLOCK_RUNNING, d.due(), d.channel(), d.daysLeft(today))));
        return new ArrayList<>(steps.values());
    }

    /** Whether the user already went higher up the ladder after the contact that started this clock. */
    private static boolean escalatedSince(List<FollowUp> outgoing, Deadline clock) {
        FollowUp started = outgoing.stream().filter(f -> Long.valueOf(f.id()).equals(clock.followUpId())).findFirst()
                .orElse(null);
        return started != null && outgoing.stream().anyMatch(f -> f.at().isAfter(started.at())
                && rung(f.channel()).compareTo(rung(clock.channel())) > 0);
    }

    /**
     * The latest outgoing contact that no one answered for {@link #QUIET_DAYS} or more and whose own response clock,
     * if any, has not run out yet (an overdue clock is already a stronger reason).
     */
    private static Optional<FollowUp> quietContact(List<FollowUp> contacts, List<FollowUp> outgoing,
                                                   List<Deadline> deadlines, LocalDate today) {
        for (int i = outgoing.size() - 1; i >= 0; i--) {
            FollowUp f = outgoing.get(i);
            boolean answered = contacts.stream().anyMatch(g -> g.direction() == ContactDirection.INCOMING
                    && g.at().isAfter(f.at()) && party(g.channel()) == party(f.channel()));
            boolean clockRunning = deadlines.stream().anyMatch(d -> d.kind() == Deadline.Kind.RESPONSE
                    && f.channel() == d.channel() && !d.met());
            if (!answered && !clockRunning
                    && DeadlineMath.daysLeft(DeadlineMath.day(f.at(), f.zone()), today) >= QUIET_DAYS) {
                return Optional.of(f);
            }
            if (answered) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The step one rung above {@code reached}; the police rung only for fraud not yet reported. */
    static Step above(Rung reached, boolean policeNext) {
        if (reached == null) {
            return Step.CONTACT_SUPPORT;
        }
        return switch (reached) {
            case SUPPORT -> Step.WRITTEN_COMPLAINT;
            case WRITTEN -> Step.PUBLIC_POST;
            case PUBLIC -> Step.COMPLAINT_PLATFORM;
            case PLATFORM -> Step.REGULATOR;
            case REGULATOR -> policeNext ? Step.POLICE_REPORT : Step.LAWYER_OR_COURT;
            case POLICE, COURT -> Step.LAWYER_OR_COURT;
        };
    }
}
