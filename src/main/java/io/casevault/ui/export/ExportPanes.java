package io.casevault.ui.export;

import io.casevault.app.ExportResult;
import io.casevault.ui.common.FileOpener;
import io.casevault.ui.common.ProgressRelay;
import io.casevault.ui.common.Tasks;
import io.casevault.ui.common.UiContext;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.nio.file.Path;
import java.util.Objects;

/** The lower half of the export view: progress with Cancel while running, the result when done, or the message. */
final class ExportPanes {
    private final UiContext ctx;
    private final ExportForm form;
    private final FileOpener opener;
    private final ProgressBar bar = new ProgressBar();
    private final Label item = new Label();
    private final Button cancel;
    private final VBox progress;
    private final VBox result;
    private final Label message = new Label();

    ExportPanes(UiContext ctx, ExportForm form, FileOpener opener) {
        this.ctx = ctx;
        this.form = form;
        this.opener = Objects.requireNonNull(opener);
        bar.setId("exportProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        bar.accessibleTextProperty().bind(Bindings.createStringBinding(() -> bar.getProgress() < 0
                ? ctx.text("export.running") : ctx.text("export.percent", bar.getProgress()), bar.progressProperty()));
        cancel = new Button(ctx.text("app.cancel"));
        cancel.setId("cancelExportButton");
        HBox barRow = new HBox(10, bar, cancel);
        barRow.setAlignment(Pos.CENTER_LEFT);
        item.getStyleClass().add("text-muted");
        progress = new VBox(6, new Label(ctx.text("export.running")), barRow, item);
        progress.setId("exportProgressPane");
        showWhen(progress, ExportForm.State.RUNNING);

        Label done = new Label(ctx.text("export.done"), new FontIcon("mdi2c-check-circle-outline"));
        done.getStyleClass().addAll("title-4", "success");
        Label path = new Label();
        path.setId("exportedPath");
        path.setWrapText(true);
        path.getStyleClass().add("export-path");
        Label pages = new Label();
        pages.setId("exportedPages");
        pages.getStyleClass().add("text-muted");
        form.result().addListener((o, a, r) -> {
            path.setText(r == null ? "" : r.file().toString());
            pages.setText(r == null ? "" : ctx.text("export.pages", r.pages()));
        });
        Button open = new Button(ctx.text("export.open"), new FontIcon("mdi2f-file-eye-outline"));
        open.setId("openExportButton");
        open.getStyleClass().add("accent");
        open.setOnAction(e -> hand(false));
        Button folder = new Button(ctx.text("export.showInFolder"), new FontIcon("mdi2f-folder-open-outline"));
        folder.setId("showExportFolderButton");
        folder.setOnAction(e -> hand(true));
        result = new VBox(6, done, path, pages, new HBox(8, open, folder));
        result.setId("exportResultPane");
        result.getStyleClass().add("export-result");
        showWhen(result, ExportForm.State.DONE);

        message.setId("exportMessage");
        message.setWrapText(true);
        message.textProperty().bind(Bindings.createStringBinding(() -> switch (form.state().get()) {
            case CANCELLED -> ctx.text("export.cancelled");
            case FAILED -> form.error().get();
            default -> "";
        }, form.state(), form.error()));
        form.state().addListener((o, a, s) -> message.getStyleClass()
                .setAll(s == ExportForm.State.FAILED ? new String[] {"label", "field-error"} : new String[] {"label"}));
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
    }

    private void showWhen(Node node, ExportForm.State state) {
        node.visibleProperty().bind(Bindings.equal(form.state(), state));
        node.managedProperty().bind(node.visibleProperty());
    }

    /** Follows a new export's progress. */
    void track(ProgressRelay relay) {
        bar.progressProperty().bind(relay.fraction());
        item.textProperty().bind(Bindings.createStringBinding(() -> relay.item().get().isEmpty() ? ""
                : ctx.text("export.item", relay.item().get()), relay.item()));
    }

    private void hand(boolean folder) {
        ExportResult r = form.result().get();
        if (r == null) {
            return;
        }
        Path file = r.file();
        Tasks.create(() -> {
            if (folder) {
                opener.showInFolder(file);
            } else {
                opener.open(file);
            }
            return file;
        }).title(ctx.text("export.opening")).onError(e -> ctx.notifier().error(ctx.text("export.openFailed"),
                e instanceof UnsupportedOperationException ? ctx.text("export.openUnsupported", file)
                        : ctx.describe(e))).run(ctx);
    }

    Node progress() {
        return progress;
    }

    Node result() {
        return result;
    }

    Node message() {
        return message;
    }

    Button cancelButton() {
        return cancel;
    }
}
