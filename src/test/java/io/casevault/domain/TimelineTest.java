package io.casevault.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void ordersEveryKindOfEventByTimeAndMarksOverdueFollowUps() {
        Case c = new Case(1, "t", "WeChat Pay", null, Category.PAYMENT_FAILED_CHARGED, "", null, List.of(),
                CaseStatus.SUBMITTED, IncidentDate.exact(LocalDate.of(2026, 11, 1)), LocalDate.of(2026, 11, 2), 30,
                List.of(), Instant.parse("2026-11-02T00:00:00Z"), null, false);
        Transaction t = new Transaction(5, 1, Instant.parse("2026-11-01T02:00:00Z"), SHANGHAI,
                new Money(new BigDecimal("99.90"), Currency.getInstance("CNY")), Direction.OUT, "商户A", "T1", null,
                null, null, null, TransactionSource.MANUAL, Instant.EPOCH, null);
        FollowUp f = new FollowUp(7, 1, Instant.parse("2026-11-03T01:00:00Z"), SHANGHAI, Channel.HOTLINE,
                ContactDirection.OUTGOING, null, "88231", "客服说三天内回复", null, LocalDate.of(2026, 11, 6),
                Instant.EPOCH, null);
        StatusChange s = new StatusChange(1, 1, Instant.parse("2026-11-02T00:00:00Z"), null, CaseStatus.DRAFT, "");

        List<TimelineEvent> events = Timeline.build(c, List.of(t), List.of(), List.of(f), List.of(s), SHANGHAI,
                LocalDate.of(2026, 11, 10));

        assertThat(events).extracting(TimelineEvent::kind).containsExactly(TimelineEvent.Kind.TRANSACTION,
                TimelineEvent.Kind.STATUS, TimelineEvent.Kind.FOLLOWUP, TimelineEvent.Kind.DEADLINE,
                TimelineEvent.Kind.DEADLINE);
        TimelineEvent due = events.get(3);
        assertThat(due.text()).contains("客服说三天内回复");
        assertThat(due.overdue()).isTrue();
        assertThat(due.at()).isEqualTo(Instant.parse("2026-11-06T15:59:59Z"));
        assertThat(events.get(4).overdue()).isFalse(); // complaint window ends 2026-12-01
        assertThat(events.get(0).text()).contains("99.90 CNY").contains("商户A");
    }
}
