package io.casevault.ui.cases;

import io.casevault.domain.Category;
import io.casevault.domain.IncidentDate;
import io.casevault.domain.NewCase;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The new-case form's rules, checked without a window. */
class CaseFormTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private final CaseForm form = new CaseForm(key -> key, TODAY);

    private void fillValid() {
        form.title().set("Transfer never arrived");
        form.provider().set("Alipay");
    }

    @Test
    void anEmptyFormCannotBeSaved() {
        assertThat(form.valid().get()).isFalse();
        assertThat(form.errors()).containsKeys(CaseForm.TITLE, CaseForm.PROVIDER);
    }

    @Test
    void titleAndProviderAreEnough() {
        fillValid();
        assertThat(form.valid().get()).isTrue();
        assertThat(form.errors()).isEmpty();
    }

    @Test
    void eachBadFieldIsNamedWithItsReason() {
        fillValid();
        form.amount().set("12,3x");
        form.currency().set("RMBX");
        form.windowDays().set("0");
        form.incidentFrom().set(TODAY.plusDays(1));
        assertThat(form.valid().get()).isFalse();
        assertThat(form.errors()).containsEntry(CaseForm.AMOUNT, "newcase.error.amount")
                .containsEntry(CaseForm.CURRENCY, "newcase.error.currency")
                .containsEntry(CaseForm.WINDOW, "newcase.error.window")
                .containsEntry(CaseForm.INCIDENT, "newcase.error.incidentFuture");
        form.amount().set("-5");
        assertThat(form.errors()).containsEntry(CaseForm.AMOUNT, "newcase.error.amountNegative");
    }

    @Test
    void aRangeMustNotEndBeforeItStarts() {
        fillValid();
        form.incidentKind().set(IncidentDate.Kind.RANGE);
        form.incidentFrom().set(TODAY.minusDays(3));
        form.incidentTo().set(TODAY.minusDays(5));
        assertThat(form.errors()).containsEntry(CaseForm.INCIDENT, "newcase.error.incidentRange");
        form.incidentTo().set(TODAY.minusDays(1));
        assertThat(form.valid().get()).isTrue();
    }

    @Test
    void theDraftCarriesEveryField() {
        fillValid();
        form.category().set(Category.FROZEN_ACCOUNT);
        form.amount().set("1,280.5");
        form.currency().set("rmb");
        form.incidentKind().set(IncidentDate.Kind.AROUND);
        form.incidentFrom().set(TODAY.minusDays(10));
        form.windowDays().set("60");
        assertThat(form.addDemand(" Refund ")).isTrue();
        assertThat(form.addDemand("Refund")).isFalse();
        NewCase draft = form.toNewCase(TODAY);
        assertThat(draft.amount().display()).isEqualTo("1280.50 CNY");
        assertThat(draft.incident()).isEqualTo(IncidentDate.around(TODAY.minusDays(10)));
        assertThat(draft.windowDays()).isEqualTo(60);
        assertThat(draft.demands()).containsExactly("Refund");
        assertThat(draft.category()).isEqualTo(Category.FROZEN_ACCOUNT);
    }
}
