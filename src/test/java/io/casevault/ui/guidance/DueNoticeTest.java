package io.casevault.ui.guidance;

import io.casevault.app.GuidanceService;
import io.casevault.domain.guidance.DayCount;
import io.casevault.domain.guidance.Deadline;
import io.casevault.ui.UiFixture;
import io.casevault.ui.ViewModelFixture;
import io.casevault.ui.common.Background;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The start-up notice of due deadlines, without the toolkit. */
class DueNoticeTest {
    private final ViewModelFixture.Messages messages = new ViewModelFixture.Messages();

    private void show(List<GuidanceService.DueItem> items) {
        new DueNotice(today -> items, ViewModelFixture.TEXTS, ViewModelFixture.FORMATS, Background.direct(),
                messages, UiFixture.CLOCK, UiFixture.ZONE).show();
    }

    private static GuidanceService.DueItem due(long caseId) {
        return new GuidanceService.DueItem(caseId, "Case " + caseId, new Deadline(Deadline.Kind.COMPLAINT_WINDOW,
                UiFixture.TODAY.minusDays(caseId), UiFixture.TODAY.minusDays(30), 30, DayCount.CALENDAR, null, null,
                null, "", false));
    }

    @Test
    void manyDueDeadlinesShowFiveLinesAndCountTheRest() {
        show(LongStream.rangeClosed(1, 7).mapToObj(DueNoticeTest::due).toList());
        assertThat(messages.all).singleElement().satisfies(m -> {
            assertThat(m.title()).isEqualTo("7 deadlines have come");
            List<String> lines = m.text().lines().toList();
            assertThat(lines).hasSize(DueNotice.MAX_LINES + 1);
            assertThat(lines.get(0)).startsWith("Case 1: ").endsWith("(Overdue 1 day)");
            assertThat(lines.get(DueNotice.MAX_LINES)).isEqualTo("… and 2 more");
        });
    }

    @Test
    void nothingDueSaysNothing() {
        show(List.of());
        assertThat(messages.all).isEmpty();
    }
}
