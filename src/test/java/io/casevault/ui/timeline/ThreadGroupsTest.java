package io.casevault.ui.timeline;

import io.casevault.app.MailThreadService.MailConversation;
import io.casevault.domain.Channel;
import io.casevault.domain.ContactDirection;
import io.casevault.domain.FollowUp;
import io.casevault.domain.TimelineEvent;
import io.casevault.domain.guidance.DayCount;
import io.casevault.domain.guidance.Deadline;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ThreadGroupsTest {
    private static final Instant T0 = Instant.parse("2026-11-02T02:00:00Z");

    private static FollowUp mail(long id, int hours, ContactDirection direction, String ticket) {
        return new FollowUp(id, 1, T0.plusSeconds(3600L * hours), ZoneId.of("Asia/Shanghai"), Channel.EMAIL,
                direction, null, ticket, "Refund — message " + id, null, null, T0, null);
    }

    private static TimelineRow row(FollowUp f) {
        return new TimelineRow(f.at(), TimelineEvent.Kind.FOLLOWUP, Channel.EMAIL,
                new TimelineRow.Words(new Object(), () -> "", () -> "message " + f.id()), false, false, f.id(), null,
                false);
    }

    private static TimelineRow payment(int hours) {
        return new TimelineRow(T0.plusSeconds(3600L * hours), TimelineEvent.Kind.TRANSACTION, null,
                new TimelineRow.Words(new Object(), () -> "", () -> "payment"), false, false, 99L, null, false);
    }

    private static Deadline answer(long followUpId, LocalDate due, boolean met) {
        return new Deadline(Deadline.Kind.RESPONSE, due, due.minusDays(7), 7, DayCount.CALENDAR, Channel.EMAIL,
                followUpId, null, "", met);
    }

    @Test
    void aConversationFoldsUnderOneHeaderWhereItStartsAndAOneMessageThreadStaysARow() {
        FollowUp complaint = mail(1, 0, ContactDirection.OUTGOING, null);
        FollowUp ack = mail(2, 1, ContactDirection.INCOMING, "88812345");
        FollowUp reminder = mail(3, 48, ContactDirection.OUTGOING, null);
        FollowUp alone = mail(4, 50, ContactDirection.INCOMING, "1");
        List<TimelineRow> rows = List.of(row(complaint), row(ack), payment(24), row(reminder), row(alone));
        List<MailConversation> threads = List.of(new MailConversation("t-a", "Refund", List.of(1L, 2L, 3L)),
                new MailConversation("t-b", "Other", List.of(4L)));
        List<Deadline> deadlines = List.of(answer(1, LocalDate.of(2026, 11, 9), true),
                answer(3, LocalDate.of(2026, 11, 11), false));

        ThreadGroups.Grouped g = ThreadGroups.fold(rows, threads, List.of(complaint, ack, reminder, alone),
                deadlines, group -> payment(0));

        assertThat(g.rows()).hasSize(6);
        TimelineRow header = g.rows().get(0);
        assertThat(g.headers()).containsOnlyKeys(header);
        ThreadGroups.Group group = g.headers().get(header);
        assertThat(group.messages()).extracting(FollowUp::id).containsExactly(1L, 2L, 3L);
        assertThat(group.ticket()).isEqualTo("88812345");
        assertThat(group.last()).isEqualTo(reminder);
        assertThat(group.owed().followUpId()).isEqualTo(3L);
        // its messages follow the header, then the payment that came in between, then the lone message
        assertThat(g.rows().subList(1, 4)).extracting(TimelineRow::refId).containsExactly(1L, 2L, 3L);
        assertThat(g.members()).hasSize(3);
        assertThat(g.rows().get(4).text()).isEqualTo("payment");
        assertThat(g.rows().get(5).refId()).isEqualTo(4L);
        assertThat(g.members()).doesNotContainKey(g.rows().get(5));
    }

    @Test
    void aConversationAnsweredInFullOwesNothing() {
        FollowUp complaint = mail(1, 0, ContactDirection.OUTGOING, null);
        FollowUp answer = mail(2, 5, ContactDirection.INCOMING, null);
        ThreadGroups.Grouped g = ThreadGroups.fold(List.of(row(complaint), row(answer)),
                List.of(new MailConversation("t", "Refund", List.of(1L, 2L))), List.of(complaint, answer),
                List.of(answer(1, LocalDate.of(2026, 11, 9), true)), group -> payment(0));

        assertThat(g.headers().values()).singleElement().satisfies(group -> {
            assertThat(group.owed()).isNull();
            assertThat(group.ticket()).isNull();
        });
    }
}
