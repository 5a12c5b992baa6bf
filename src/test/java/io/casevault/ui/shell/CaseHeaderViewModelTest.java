package io.casevault.ui.shell;

import io.casevault.domain.CaseStatus;
import io.casevault.ui.UiFixture;
import io.casevault.ui.ViewModelFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.casevault.ui.ViewModelFixture.aCase;
import static io.casevault.ui.ViewModelFixture.summary;
import static org.assertj.core.api.Assertions.assertThat;

/** The selected case's header, without the toolkit. */
class CaseHeaderViewModelTest {

    @Test
    void showsTheSelectedCaseWithItsDeadlineBadge() {
        CaseListViewModel cases = ViewModelFixture.caseList(List.of(summary(aCase(1, "Frozen wallet", CaseStatus.DRAFT,
                UiFixture.TODAY.minusDays(100), true))));
        CaseHeaderViewModel header = new CaseHeaderViewModel(cases, ViewModelFixture.FORMATS);
        cases.reload(null);
        assertThat(header.title().get()).isEqualTo("Frozen wallet");
        assertThat(header.sample().get()).isTrue();
        assertThat(header.provider().get()).isEqualTo("WeChat Pay");
        assertThat(header.status().get()).isEqualTo("Draft");
        assertThat(header.amount().get()).isEqualTo("300.00 CNY");
        assertThat(header.daysLeft().get()).isEqualTo("Overdue 70 days");
        assertThat(header.badgeStyle().get()).isEqualTo("badge-overdue");
        assertThat(header.open().get()).isTrue();
        assertThat(header.nextDue().get()).isEmpty();
    }

    @Test
    void aClosedCaseHasNoBadge() {
        CaseListViewModel cases = ViewModelFixture.caseList(List.of(summary(aCase(1, "Settled", CaseStatus.RESOLVED,
                UiFixture.TODAY.minusDays(5), false))));
        CaseHeaderViewModel header = new CaseHeaderViewModel(cases, ViewModelFixture.FORMATS);
        cases.reload(null);
        assertThat(header.open().get()).isFalse();
        assertThat(header.daysLeft().get()).isEmpty();
        assertThat(header.badgeStyle().get()).isEqualTo("badge-neutral");
    }
}
