package io.casevault.ui.welcome;

import io.casevault.domain.Case;
import io.casevault.domain.NewCase;
import io.casevault.domain.NewFollowUp;
import io.casevault.domain.NewTransaction;
import io.casevault.ui.UiFixture;
import io.casevault.ui.ViewModelFixture;
import io.casevault.ui.common.Background;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The welcome view's sample case, without the toolkit. */
class WelcomeViewModelTest {
    private final List<NewCase> cases = new ArrayList<>();
    private final List<NewTransaction> transactions = new ArrayList<>();
    private final List<NewFollowUp> followUps = new ArrayList<>();
    private final ViewModelFixture.Messages messages = new ViewModelFixture.Messages();
    private boolean failing;

    private final SampleCase.Store store = new SampleCase.Store() {
        @Override
        public Case create(NewCase draft) {
            if (failing) {
                throw new IllegalStateException("The vault is read-only.");
            }
            cases.add(draft);
            return new Case(9, draft.title(), draft.provider(), draft.accountRef(), draft.category(), draft.facts(),
                    draft.amount(), draft.demands(), io.casevault.domain.CaseStatus.DRAFT, draft.incident(),
                    draft.openedOn(), draft.windowDays(), draft.tags(), UiFixture.NOW, null, draft.sample());
        }

        @Override
        public void add(NewTransaction transaction) {
            transactions.add(transaction);
        }

        @Override
        public void add(NewFollowUp followUp) {
            followUps.add(followUp);
        }
    };

    private final ViewModelFixture.Changes changes = new ViewModelFixture.Changes();

    private final WelcomeViewModel model = new WelcomeViewModel(store, ViewModelFixture.TEXTS, Background.direct(),
            messages, changes, UiFixture.CLOCK, UiFixture.ZONE);

    @Test
    void theSampleIsAMarkedCaseWithTwoChargesAndACallThenShown() {
        model.createSample();
        assertThat(cases).singleElement().satisfies(c -> {
            assertThat(c.sample()).isTrue();
            assertThat(c.openedOn()).isEqualTo(UiFixture.TODAY);
        });
        assertThat(transactions).hasSize(2).allMatch(t -> t.caseId() == 9);
        assertThat(followUps).singleElement().satisfies(f -> assertThat(f.dueDate()).isEqualTo(UiFixture.TODAY
                .plusDays(3)));
        assertThat(changes.events).containsExactly("added 9");
        assertThat(messages.last().error()).isFalse();
        assertThat(model.creating().get()).isFalse();
    }

    @Test
    void aSampleThatCannotBeWrittenIsExplainedAndTheButtonComesBack() {
        failing = true;
        model.createSample();
        assertThat(messages.last().error()).isTrue();
        assertThat(messages.last().text()).isEqualTo("The vault is read-only.");
        assertThat(changes.events).isEmpty();
        assertThat(model.creating().get()).isFalse();
    }
}
