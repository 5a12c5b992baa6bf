package io.casevault.ui.timeline;

import io.casevault.domain.Case;
import io.casevault.domain.CaseStatus;
import io.casevault.domain.Category;
import io.casevault.domain.EventTime;
import io.casevault.domain.TimelineEvent;
import io.casevault.domain.understanding.ShownTime;
import io.casevault.ui.common.Formats;
import io.casevault.ui.common.Texts;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A timeline row of an exhibit dated by what it shows says so in the window's language. */
class EventTimeRowsTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Case CASE = new Case(1, "t", "Alipay", null, Category.FUNDS_NOT_RECEIVED, "", null, List.of(),
            CaseStatus.DRAFT, null, LocalDate.of(2026, 11, 20), null, List.of(), Instant.parse("2026-11-20T00:00:00Z"),
            null, false);

    private static List<TimelineRow> rows(Locale locale) {
        Texts texts = Texts.of(locale);
        TimelineRows words = new TimelineRows(texts.bundle()::getString, locale, SHANGHAI,
                new Formats(texts.bundle(), locale, SHANGHAI));
        EventTime shown = EventTime.of(new ShownTime(LocalDateTime.of(2026, 11, 3, 14, 30, 12),
                ShownTime.Precision.SECOND), SHANGHAI);
        List<TimelineEvent> events = List.of(
                new TimelineEvent(shown.at(), TimelineEvent.Kind.EVIDENCE,
                        "E-1 transfer.png: 转账成功 — shows a payment at 2026-11-03 14:30:12", 5L, false),
                new TimelineEvent(Instant.parse("2026-11-19T10:00:00Z"), TimelineEvent.Kind.EVIDENCE,
                        "E-2 chat.png", 6L, false));
        return words.build(CASE, events, List.of(), List.of(), Map.of(5L, shown));
    }

    @Test
    void theExhibitSaysWhatItShowsInEnglishAndChinese() {
        assertThat(rows(Locale.ENGLISH)).extracting(TimelineRow::text).containsExactly(
                "E-1 transfer.png: 转账成功 — shows a payment at 2026-11-03 14:30:12", "E-2 chat.png");
        assertThat(rows(Locale.SIMPLIFIED_CHINESE).get(0).text())
                .isEqualTo("E-1 transfer.png: 转账成功 — 截图显示付款时间 2026-11-03 14:30:12");
    }
}
