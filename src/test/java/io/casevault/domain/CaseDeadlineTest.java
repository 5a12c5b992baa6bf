package io.casevault.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseDeadlineTest {

    private static Case caseWith(IncidentDate incident, Integer windowDays) {
        return new Case(1, "转账未到账", "Alipay", "13800138000", Category.FUNDS_NOT_RECEIVED, "", null, List.of(),
                CaseStatus.DRAFT, incident, LocalDate.of(2026, 11, 1), windowDays, List.of(), Instant.EPOCH, null,
                        false);
    }

    @Test
    void deadlineIsIncidentPlusWindow() {
        Case c = caseWith(IncidentDate.exact(LocalDate.of(2026, 1, 31)), 30);
        assertThat(c.deadline()).contains(LocalDate.of(2026, 3, 2));
    }

    @Test
    void rangeDeadlineRunsFromTheEarliestDay() {
        Case c = caseWith(IncidentDate.range(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 5)), 60);
        assertThat(c.deadline()).contains(LocalDate.of(2026, 12, 31));
    }

    @Test
    void daysLeftIsNegativeWhenOverdue() {
        Case c = caseWith(IncidentDate.exact(LocalDate.of(2026, 10, 1)), 30);
        assertThat(c.daysLeft(LocalDate.of(2026, 11, 5))).contains(-5L);
        assertThat(c.daysLeft(LocalDate.of(2026, 10, 21))).contains(10L);
    }

    @Test
    void noDeadlineWithoutIncidentOrWindow() {
        assertThat(caseWith(null, 30).deadline()).isEmpty();
        assertThat(caseWith(IncidentDate.exact(LocalDate.of(2026, 10, 1)), null).deadline()).isEmpty();
    }

    @Test
    void parsesExactAroundAndRangeIncidentDates() {
        assertThat(IncidentDate.parse("2026-11-03")).isEqualTo(IncidentDate.exact(LocalDate.of(2026, 11, 3)));
        assertThat(IncidentDate.parse("~2026-11-03").kind()).isEqualTo(IncidentDate.Kind.AROUND);
        assertThat(IncidentDate.parse("2026-11-01..2026-11-05").to()).isEqualTo(LocalDate.of(2026, 11, 5));
    }

    @Test
    void rejectsMalformedAndBackwardsIncidentDates() {
        assertThatThrownBy(() -> IncidentDate.parse("2026-13-45")).hasMessageContaining("2026-13-45");
        assertThatThrownBy(() -> IncidentDate.parse("2026-11-05..2026-11-01")).hasMessageContaining("range");
    }

    @Test
    void masksAccountReferences() {
        assertThat(AccountMask.mask("13800138000")).isEqualTo("*******8000");
        assertThat(AccountMask.mask("zhang.san@example.com")).isEqualTo("z***@example.com");
        assertThat(caseWith(null, null).maskedAccountRef()).doesNotContain("138001");
    }

    @Test
    void newCaseRejectsBlankTitleAndSillyWindow() {
        assertThatThrownBy(() -> new NewCase(" ", "Alipay", null, null, null, null, null, null, LocalDate.now(), null,
                null, false))
                .hasMessage("Title must not be empty.");
        assertThatThrownBy(() -> new NewCase("t", "Alipay", null, null, null, null, null, null, LocalDate.now(), 0,
                null, false))
                .hasMessageContaining("between 1 and");
    }
}
