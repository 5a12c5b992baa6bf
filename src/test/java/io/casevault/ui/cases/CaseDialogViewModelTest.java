package io.casevault.ui.cases;

import io.casevault.domain.Case;
import io.casevault.domain.CaseStatus;
import io.casevault.domain.Category;
import io.casevault.domain.DomainException;
import io.casevault.domain.IncidentDate;
import io.casevault.domain.NewCase;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.Texts;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** The case dialog over a fake case service, without the toolkit. */
class CaseDialogViewModelTest {
    /** 2026-11-25 in Shanghai (still the 24th in UTC). */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T20:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private final List<NewCase> drafts = new ArrayList<>();
    private final List<Case> saved = new ArrayList<>();

    private static Case stored(long id, NewCase d) {
        return new Case(id, d.title(), d.provider(), d.accountRef(), d.category(), d.facts(), d.amount(), d.demands(),
                CaseStatus.DRAFT, d.incident(), d.openedOn(), d.windowDays(), d.tags(), CLOCK.instant(), null,
                d.sample());
    }

    private CaseDialogViewModel model(Case existing, Function<NewCase, Case> service) {
        return new CaseDialogViewModel(Texts.of(Locale.ENGLISH), Background.direct(), CLOCK, existing, d -> {
            drafts.add(d);
            return service.apply(d);
        });
    }

    @Test
    void aNewCaseCanBeSavedOnlyWithATitleAndAProvider() {
        CaseDialogViewModel model = model(null, d -> stored(1, d));
        assertThat(model.canSave().get()).isFalse();
        assertThat(model.form().errors().get(CaseForm.TITLE)).isEqualTo("Give the case a short title.");

        model.form().title().set("Transfer never arrived");
        model.form().provider().set("Alipay");
        assertThat(model.canSave().get()).isTrue();
        model.save(saved::add);

        assertThat(saved).singleElement().satisfies(c -> {
            assertThat(c.title()).isEqualTo("Transfer never arrived");
            assertThat(c.openedOn()).as("today in the window's zone").isEqualTo(LocalDate.of(2026, 11, 25));
        });
    }

    @Test
    void aRefusalFromTheServiceIsShownAndTheCaseCanBeSavedAgain() {
        CaseDialogViewModel model = model(null, d -> {
            throw new DomainException("A case with this title is already open.");
        });
        model.form().title().set("Duplicate");
        model.form().provider().set("Alipay");

        model.save(saved::add);

        assertThat(saved).isEmpty();
        assertThat(model.form().serviceError().get()).isEqualTo("A case with this title is already open.");
        assertThat(model.canSave().get()).isTrue();
    }

    @Test
    void editingKeepsTheOpeningDateAndSavesTheChange() {
        Case existing = stored(7, new NewCase("Old title", "WeChat Pay", null, Category.FROZEN_ACCOUNT, "", null,
                List.of("Unfreeze"), IncidentDate.exact(LocalDate.of(2026, 10, 1)), LocalDate.of(2026, 10, 2), 30,
                List.of(), false));
        CaseDialogViewModel model = model(existing, d -> stored(7, d));
        assertThat(model.form().title().get()).isEqualTo("Old title");

        model.form().title().set("New title");
        model.save(saved::add);

        assertThat(drafts).singleElement().satisfies(d -> {
            assertThat(d.title()).isEqualTo("New title");
            assertThat(d.openedOn()).isEqualTo(LocalDate.of(2026, 10, 2));
            assertThat(d.demands()).containsExactly("Unfreeze");
        });
    }

    @Test
    void theDeadlineFollowsTheIncidentDateAndTheWindow() {
        CaseDialogViewModel model = model(null, d -> stored(1, d));
        model.form().incidentFrom().set(LocalDate.of(2026, 11, 1));
        model.form().windowDays().set("30");
        assertThat(model.deadline().get()).startsWith("→ deadline ").contains("2026").contains("Dec");

        model.form().incidentKind().set(null);
        assertThat(model.deadline().get()).isEmpty();
    }

    @Test
    void aRangeStartsAsOneDay() {
        CaseDialogViewModel model = model(null, d -> stored(1, d));
        model.form().incidentFrom().set(LocalDate.of(2026, 11, 3));

        model.form().incidentKind().set(IncidentDate.Kind.RANGE);

        assertThat(model.form().incidentTo().get()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(model.incidentKinds()).contains(IncidentDate.Kind.RANGE).containsNull();
    }
}
