package io.casevault.ui.timeline;

import io.casevault.app.MailThreadService.MailConversation;
import io.casevault.domain.FollowUp;
import io.casevault.domain.TimelineEvent;
import io.casevault.domain.guidance.Deadline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Folds the follow-ups of one e-mail conversation into a group: a header row where the thread starts (its subject,
 * message count, ticket number, last message, and as its due date the provider's answer still owed), followed by the
 * conversation's messages, which the view shows only while the group is expanded. A thread of one message stays a
 * plain row.
 */
final class ThreadGroups {

    /** One conversation on the timeline; {@code ticket} the newest ticket number any of its messages carries. */
    record Group(String id, String subject, List<FollowUp> messages, String ticket, Deadline owed) {
        Group {
            Objects.requireNonNull(id);
            Objects.requireNonNull(subject);
            messages = List.copyOf(messages);
        }

        FollowUp last() {
            return messages.get(messages.size() - 1);
        }
    }

    /** The rows with groups folded in, and for each header and member row its group. */
    record Grouped(List<TimelineRow> rows, Map<TimelineRow, Group> headers, Map<TimelineRow, Group> members) {
    }

    private ThreadGroups() {
    }

    /** @param header makes a group's header row */
    static Grouped fold(List<TimelineRow> rows, List<MailConversation> threads, List<FollowUp> followUps,
                        List<Deadline> deadlines, Function<Group, TimelineRow> header) {
        Map<Long, FollowUp> byId = new HashMap<>();
        followUps.forEach(f -> byId.put(f.id(), f));
        Map<Long, Group> groupOf = new HashMap<>();
        for (MailConversation t : threads) {
            List<FollowUp> members = t.followUpIds().stream().map(byId::get).filter(Objects::nonNull)
                    .sorted(Comparator.comparing(FollowUp::at)).toList();
            if (members.size() < 2) {
                continue;
            }
            String ticket = members.stream().map(FollowUp::ticketRef).filter(Objects::nonNull)
                    .reduce((a, b) -> b).orElse(null);
            Group g = new Group(t.id(), t.subject(), members, ticket, owed(members, deadlines).orElse(null));
            members.forEach(f -> groupOf.put(f.id(), g));
        }
        Map<Group, List<TimelineRow>> memberRows = new IdentityHashMap<>();
        for (TimelineRow r : rows) {
            Group g = memberOf(r, groupOf);
            if (g != null) {
                memberRows.computeIfAbsent(g, k -> new ArrayList<>()).add(r);
            }
        }
        List<TimelineRow> out = new ArrayList<>(rows.size() + memberRows.size());
        Map<TimelineRow, Group> headers = new IdentityHashMap<>();
        Map<TimelineRow, Group> members = new IdentityHashMap<>();
        Set<Group> placed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (TimelineRow r : rows) {
            Group g = memberOf(r, groupOf);
            if (g == null) {
                out.add(r);
            } else if (placed.add(g)) {
                TimelineRow h = header.apply(g);
                headers.put(h, g);
                out.add(h);
                for (TimelineRow m : memberRows.get(g)) {
                    members.put(m, g);
                    out.add(m);
                }
            }
        }
        return new Grouped(out, headers, members);
    }

    private static Group memberOf(TimelineRow r, Map<Long, Group> groupOf) {
        return r.kind() == TimelineEvent.Kind.FOLLOWUP && !r.today() && r.refId() != null ? groupOf.get(r.refId())
                : null;
    }

    /**
     * The answer the provider still owes in the conversation: of the response clocks its messages started and that
     * are not met, the one due first (an overdue one before all others).
     */
    private static Optional<Deadline> owed(List<FollowUp> members, List<Deadline> deadlines) {
        Set<Long> ids = new HashSet<>();
        members.forEach(f -> ids.add(f.id()));
        return deadlines.stream().filter(d -> d.kind() == Deadline.Kind.RESPONSE && !d.met()
                        && d.followUpId() != null && ids.contains(d.followUpId()))
                .min(Comparator.comparing(Deadline::due));
    }
}
