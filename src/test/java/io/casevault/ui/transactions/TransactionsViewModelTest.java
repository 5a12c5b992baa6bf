package io.casevault.ui.transactions;

import io.casevault.domain.Direction;
import io.casevault.domain.Money;
import io.casevault.domain.Transaction;
import io.casevault.domain.TransactionSource;
import io.casevault.ui.UiFixture;
import io.casevault.ui.ViewModelFixture;
import io.casevault.ui.common.Background;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The transactions tab without the toolkit: rows, count and totals, trash with Undo, a read-only vault. */
class TransactionsViewModelTest {
    private final List<Transaction> stored = new ArrayList<>();
    private final ViewModelFixture.Messages messages = new ViewModelFixture.Messages();
    private boolean writable = true;

    private final TransactionsViewModel model = new TransactionsViewModel(new TransactionsViewModel.Services() {
        @Override
        public List<Transaction> list(long caseId) {
            return stored.stream().filter(t -> t.caseId() == caseId && t.trashedAt() == null).toList();
        }

        @Override
        public void trash(long transactionId) {
            replace(transactionId, UiFixture.NOW);
        }

        @Override
        public void restore(long transactionId) {
            replace(transactionId, null);
        }

        @Override
        public boolean canImport() {
            return writable;
        }
    }, ViewModelFixture.TEXTS, ViewModelFixture.FORMATS, Background.direct(), messages);

    private static Transaction transaction(long id, String amount, Direction direction, String counterparty) {
        return new Transaction(id, 3, UiFixture.NOW, UiFixture.ZONE, Money.parse(amount, "CNY"), direction,
                counterparty, null, null, null, null, null, TransactionSource.MANUAL, UiFixture.NOW, null);
    }

    private void replace(long id, java.time.Instant trashedAt) {
        stored.replaceAll(t -> t.id() != id ? t : new Transaction(t.id(), t.caseId(), t.at(), t.zone(), t.money(),
                t.direction(), t.counterparty(), t.txRef(), t.merchantOrderRef(), t.method(), t.status(), t.note(),
                t.source(), t.createdAt(), trashedAt));
    }

    @Test
    void showsTheRowsTheirCountAndTotals() {
        stored.add(transaction(1, "88.5", Direction.OUT, "Coffee Shop"));
        stored.add(transaction(2, "30", Direction.IN, "Refund desk"));
        model.show(3);
        assertThat(model.rows()).extracting(Transaction::counterparty).containsExactly("Coffee Shop", "Refund desk");
        assertThat(model.count().get()).isEqualTo("2 transactions");
        assertThat(model.totals()).containsExactly("Total out 88.50 CNY, in 30.00 CNY");
        assertThat(model.importAllowed().get()).isTrue();
    }

    @Test
    void theTotalsFollowARowTrashedAndRestored() {
        stored.add(transaction(1, "88.5", Direction.OUT, "Coffee Shop"));
        stored.add(transaction(2, "30", Direction.IN, "Refund desk"));
        model.show(3);
        model.show(3); // reopened: the same totals

        assertThat(model.totals()).containsExactly("Total out 88.50 CNY, in 30.00 CNY");
        model.trash(model.rows().get(1));
        assertThat(model.totals()).containsExactly("Total out 88.50 CNY, in 0.00 CNY");
        messages.last().action().run();
        assertThat(model.totals()).containsExactly("Total out 88.50 CNY, in 30.00 CNY");
        assertThat(model.count().get()).isEqualTo("2 transactions");
    }

    @Test
    void trashOffersAnUndoThatBringsTheRowBackSelected() {
        stored.add(transaction(1, "12", Direction.OUT, "Kiosk"));
        model.show(3);
        model.trash(model.rows().get(0));
        assertThat(model.rows()).isEmpty();
        ViewModelFixture.Messages.Message toast = messages.last();
        assertThat(toast.text()).isEqualTo("12.00 CNY · Kiosk");
        assertThat(toast.actionText()).isEqualTo("Undo");
        toast.action().run();
        assertThat(model.rows()).hasSize(1);
        assertThat(model.reveal().get()).extracting(Transaction::id).isEqualTo(1L);
    }

    @Test
    void aReadOnlyVaultTakesNoStatement() {
        writable = false;
        model.show(3);
        assertThat(model.importAllowed().get()).isFalse();
        assertThat(model.caseId().get()).isEqualTo(3L);
    }
}
