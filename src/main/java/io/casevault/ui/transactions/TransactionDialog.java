package io.casevault.ui.transactions;

import io.casevault.domain.NewTransaction;
import io.casevault.domain.Transaction;
import io.casevault.ui.common.Dialogs;
import io.casevault.ui.common.FxmlLoaderFactory;
import io.casevault.ui.common.FxmlView;
import io.casevault.ui.common.Tasks;
import io.casevault.ui.common.UiContext;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.stage.Window;

import java.time.LocalDate;
import java.util.function.Consumer;

/** Adds or edits one transaction; OK is enabled only for valid input, and a refusal is shown in the dialog. */
final class TransactionDialog {
    private TransactionDialog() {
    }

    static Dialog<Transaction> show(UiContext ctx, Window owner, long caseId, Transaction existing,
                                    Consumer<Transaction> onSaved) {
        LocalDate today = LocalDate.now(ctx.clock().withZone(ctx.zone()));
        TransactionForm form = new TransactionForm(ctx::text, ctx.zone(), caseId, today);
        if (existing != null) {
            form.load(existing);
        }
        TransactionFormController[] controller = new TransactionFormController[1];
        FXMLLoader loader = new FxmlLoaderFactory(ctx.bundle())
                .register(TransactionFormController.class,
                        () -> controller[0] = new TransactionFormController(ctx, form))
                .load(FxmlView.TRANSACTION_DIALOG);
        Dialog<Transaction> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner, ctx.text(existing == null ? "tx.addTitle" : "tx.editTitle"));
        ButtonType save = new ButtonType(ctx.text("tx.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        Label serviceError = new Label();
        serviceError.getStyleClass().add("field-error");
        serviceError.setWrapText(true);
        javafx.scene.layout.VBox content = new javafx.scene.layout.VBox(8, loader.<Node>getRoot(), serviceError);
        dialog.getDialogPane().setContent(content);
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).setText(ctx.text("app.cancel"));
        Button ok = (Button) dialog.getDialogPane().lookupButton(save);
        ok.setId("saveTransactionButton");
        ok.disableProperty().bind(form.valid().not());
        form.valid().addListener((o, a, b) -> serviceError.setText(""));
        dialog.setResultConverter(button -> null);
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            NewTransaction draft;
            try {
                draft = form.toNewTransaction();
            } catch (RuntimeException e) {
                serviceError.setText(ctx.describe(e));
                return;
            }
            ok.disableProperty().unbind();
            ok.setDisable(true);
            Tasks.create(() -> existing == null ? ctx.session().transactions().add(draft)
                            : ctx.session().transactions().update(existing.id(), draft))
                    .title(ctx.text("tx.saving"))
                    .onSuccess(saved -> {
                        dialog.setResult(saved);
                        dialog.close();
                        onSaved.accept(saved);
                    })
                    .onError(e -> {
                        serviceError.setText(ctx.describe(e));
                        ok.disableProperty().bind(form.valid().not());
                    })
                    .run(ctx);
        });
        dialog.show();
        Platform.runLater(() -> controller[0].amountField().requestFocus());
        return dialog;
    }
}
