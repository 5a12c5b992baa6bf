package io.casevault.domain;

import io.casevault.domain.understanding.ShownTime;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An exhibit with an event time stands on the timeline where its screenshot says the payment happened. */
class EventTimeTimelineTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Case CASE = new Case(1, "t", "Alipay", null, Category.FUNDS_NOT_RECEIVED, "", null, List.of(),
            CaseStatus.DRAFT, null, LocalDate.of(2026, 11, 20), null, List.of(), Instant.parse("2026-11-20T00:00:00Z"),
            null, false);

    private static Evidence shot(long id, int exhibit, String captured) {
        return new Evidence(id, 1, "a".repeat(63) + exhibit, "Screenshot_" + exhibit + ".png", "image/png", 10, 1080,
                2400, 1, Instant.parse(captured), CaptureSource.FILENAME, Instant.parse("2026-11-20T00:00:00Z"), "",
                List.of(), exhibit, null);
    }

    @Test
    void anExhibitWithAnEventTimeIsPlacedThereAndSaysSoTheOthersAtTheirCaptureTime() {
        Evidence dated = shot(1, 1, "2026-11-19T10:00:00Z");
        Evidence undated = shot(2, 2, "2026-11-04T10:00:00Z");
        Evidence dayOnly = shot(3, 3, "2026-11-19T11:00:00Z");
        Map<Long, EventTime> shown = Map.of(
                1L, EventTime.of(new ShownTime(LocalDateTime.of(2026, 11, 3, 14, 30, 12), ShownTime.Precision.SECOND),
                        SHANGHAI),
                3L, EventTime.of(ShownTime.day(LocalDate.of(2026, 11, 5)), SHANGHAI));

        List<TimelineEvent> events = Timeline.build(CASE, List.of(), List.of(dated, undated, dayOnly), List.of(),
                List.of(), shown, SHANGHAI, LocalDate.of(2026, 11, 25));

        assertThat(events).extracting(TimelineEvent::refId).containsExactly(1L, 2L, 3L);
        assertThat(events.get(0).at()).isEqualTo(Instant.parse("2026-11-03T06:30:12Z"));
        assertThat(events.get(0).text()).isEqualTo("E-1 Screenshot_1.png — shows a payment at 2026-11-03 14:30:12");
        assertThat(events.get(1).text()).isEqualTo("E-2 Screenshot_2.png");
        assertThat(events.get(2).text()).endsWith("shows a payment on 2026-11-05");
    }
}
