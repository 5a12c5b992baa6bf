package io.casevault.ui.cases;

import io.casevault.domain.Case;
import io.casevault.domain.NewCase;
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
import javafx.stage.Window;

import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * The new-case dialog, also used to edit a case. OK stays disabled until the form is valid; saving runs in the
 * background and a refusal from the service is shown in the dialog, which then stays open.
 */
public final class CaseDialog {
    private CaseDialog() {
    }

    /** Shows the dialog without blocking; {@code onSaved} gets the created or updated case. */
    public static Dialog<Case> show(UiContext ctx, Window owner, Case existing, Consumer<Case> onSaved) {
        LocalDate today = LocalDate.now(ctx.clock().withZone(ctx.zone()));
        CaseForm form = new CaseForm(ctx::text, today);
        if (existing != null) {
            form.load(existing);
        }
        CaseFormController[] controller = new CaseFormController[1];
        FXMLLoader loader = new FxmlLoaderFactory(ctx.bundle())
                .register(CaseFormController.class, () -> controller[0] = new CaseFormController(ctx, form))
                .load(FxmlView.CASE_DIALOG);
        Dialog<Case> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner, ctx.text(existing == null ? "newcase.dialogTitle" : "newcase.editTitle"));
        dialog.setHeaderText(ctx.text(existing == null ? "newcase.header" : "newcase.editHeader"));
        ButtonType save = new ButtonType(ctx.text(existing == null ? "newcase.create" : "newcase.save"),
                ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(loader.<Node>getRoot());
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).setText(ctx.text("app.cancel"));
        Button ok = (Button) dialog.getDialogPane().lookupButton(save);
        ok.setId("saveCaseButton");
        ok.disableProperty().bind(form.valid().not());
        dialog.setResultConverter(button -> null);
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            ok.disableProperty().unbind();
            ok.setDisable(true);
            NewCase draft;
            try {
                draft = form.toNewCase(existing == null ? today : existing.openedOn());
            } catch (RuntimeException e) {
                fail(ctx, form, ok, e);
                return;
            }
            Tasks.create(() -> existing == null ? ctx.session().cases().create(draft)
                            : ctx.session().cases().update(existing.id(), draft))
                    .title(ctx.text("newcase.saving"))
                    .onSuccess(saved -> {
                        dialog.setResult(saved);
                        dialog.close();
                        onSaved.accept(saved);
                    })
                    .onError(e -> fail(ctx, form, ok, e))
                    .run(ctx);
        });
        dialog.show();
        Platform.runLater(() -> controller[0].firstField().requestFocus());
        return dialog;
    }

    private static void fail(UiContext ctx, CaseForm form, Button ok, Throwable e) {
        form.serviceError().set(ctx.describe(e));
        ok.disableProperty().bind(form.valid().not());
    }
}
