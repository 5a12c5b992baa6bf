package io.casevault.ui.cases;

import io.casevault.app.CaseGuidance;
import io.casevault.app.CaseSummary;
import io.casevault.domain.Case;
import io.casevault.domain.CaseStatus;
import io.casevault.domain.StatusChange;
import io.casevault.domain.guidance.ClockRule;
import io.casevault.domain.guidance.ClockRules;
import io.casevault.domain.guidance.Readiness;
import io.casevault.ui.UiFixture;
import io.casevault.ui.ViewModelFixture;
import io.casevault.ui.common.Background;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The overview without the toolkit: what it shows, status changes, trash with Undo and the sample's removal. */
class OverviewViewModelTest {
    private static final LocalDate INCIDENT = LocalDate.of(2026, 11, 10);
    private final List<String> calls = new ArrayList<>();
    private final ViewModelFixture.Changes changes = new ViewModelFixture.Changes();
    private final List<String> events = changes.events;
    private final ViewModelFixture.Messages messages = new ViewModelFixture.Messages();
    private Case stored = ViewModelFixture.aCase(7, "Wallet frozen", CaseStatus.DRAFT, INCIDENT, false);

    private final OverviewViewModel.Services services = new OverviewViewModel.Services() {
        @Override
        public CaseSummary summary(long caseId, LocalDate today) {
            return ViewModelFixture.summary(stored);
        }

        @Override
        public List<StatusChange> statusChanges(long caseId) {
            return List.of(new StatusChange(1, caseId, UiFixture.NOW.minusSeconds(86_400), null, CaseStatus.DRAFT, ""),
                    new StatusChange(2, caseId, UiFixture.NOW, CaseStatus.DRAFT, CaseStatus.SUBMITTED, "Ticket 8812"));
        }

        @Override
        public CaseGuidance guidance(long caseId, LocalDate today) {
            return new CaseGuidance(stored, today, List.of(), List.of(), List.of(),
                    new Readiness.Strength(Readiness.Level.WEAK, List.of()), List.of());
        }

        @Override
        public Case changeStatus(long caseId, CaseStatus status, String note) {
            calls.add("status " + caseId + " " + status + " " + note);
            return stored;
        }

        @Override
        public void trash(long caseId) {
            calls.add("trash " + caseId);
        }

        @Override
        public void purge(long caseId) {
            calls.add("purge " + caseId);
        }

        @Override
        public void restore(long caseId) {
            calls.add("restore " + caseId);
        }

        @Override
        public ClockRules presets() {
            return new ClockRules(List.of());
        }

        @Override
        public List<ClockRule> rules(long caseId) {
            return List.of();
        }

        @Override
        public List<ClockRule> setRules(long caseId, List<ClockRule> rules) {
            calls.add("rules " + caseId);
            return rules;
        }
    };

    private final OverviewViewModel model = new OverviewViewModel(services, ViewModelFixture.TEXTS,
            ViewModelFixture.FORMATS, Background.direct(), messages, changes,
            UiFixture.CLOCK, UiFixture.ZONE);

    @Test
    void showsTheFactsWordedForTheUser() {
        model.show(7);
        assertThat(model.amount().get()).isEqualTo("300.00 CNY");
        assertThat(model.deadline().get()).isEqualTo("Dec 10, 2026 (15 days left)");
        assertThat(model.account().get()).isEqualTo("************2222");
        assertThat(model.demands()).containsExactly("• Unfreeze the account");
        assertThat(model.history()).hasSize(2).first().asString().endsWith("Draft → Submitted — Ticket 8812");
        assertThat(model.status().get()).isEqualTo(CaseStatus.DRAFT);
        assertThat(model.trashText().get()).isEqualTo("Move to trash");
        assertThat(model.guidance().get().strength()).isEqualTo("Weak");
    }

    @Test
    void aStatusChangeIsSavedWithItsNoteAndTheCaseReloads() {
        model.show(7);
        model.status().set(CaseStatus.SUBMITTED);
        model.statusNote().set("Ticket 8812");
        model.changeStatus();
        assertThat(calls).containsExactly("status 7 SUBMITTED Ticket 8812");
        assertThat(events).containsExactly("changed 7");
    }

    @Test
    void trashOffersAnUndoThatRestoresTheCase() {
        model.show(7);
        model.trash();
        assertThat(calls).containsExactly("trash 7");
        assertThat(events).containsExactly("removed 7");
        assertThat(model.current().get()).isNull();
        ViewModelFixture.Messages.Message toast = messages.last();
        assertThat(toast.actionText()).isEqualTo("Undo");
        toast.action().run();
        assertThat(calls).containsExactly("trash 7", "restore 7");
        assertThat(events).containsExactly("removed 7", "added 7");
    }

    @Test
    void theSampleCaseIsRemovedForGoodWithoutAnUndo() {
        stored = ViewModelFixture.aCase(7, "Sample", CaseStatus.DRAFT, INCIDENT, true);
        model.show(7);
        assertThat(model.trashText().get()).isEqualTo("Remove sample case");
        model.trash();
        assertThat(calls).containsExactly("trash 7", "purge 7");
        assertThat(messages.last().action()).isNull();
    }

    @Test
    void editedResponseTimesAreSavedAndACancelledEditIsNot() {
        model.show(7);
        model.editClocks((presets, rules) -> Optional.empty());
        assertThat(calls).isEmpty();
        model.editClocks((presets, rules) -> Optional.of(List.of()));
        assertThat(calls).containsExactly("rules 7");
        assertThat(events).containsExactly("changed 7");
    }
}
