package io.casevault.ui.transactions;

import io.casevault.app.ImportPreview;
import io.casevault.app.ImportResult;
import io.casevault.app.Progress;
import io.casevault.domain.ColumnMapping;
import io.casevault.domain.StatementFormat;
import io.casevault.ui.common.Dialogs;
import io.casevault.ui.common.Tasks;
import io.casevault.ui.common.UiContext;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Imports a wallet statement into a case: the file is read in the background and previewed (bad lines highlighted,
 * rows already in the case greyed), the format can be changed, a generic CSV gets a column mapping, and Import is
 * offered only when the file can be imported as the user chose. State lives in an {@link ImportStatementForm}.
 */
final class ImportStatementDialog {
    private final UiContext ctx;
    private final ImportStatementForm form;
    private final Consumer<ImportResult> onImported;
    private final Dialog<ImportResult> dialog = new Dialog<>();
    private final ImportPreviewTable table;
    private final ImportMappingPane mapping;
    private final Label fileName = new Label();
    private final Label detected = new Label();
    private final Label problem = new Label();
    private final Label summary = new Label();
    private final Label serviceError = new Label();
    private final ComboBox<StatementChoice> format = new ComboBox<>();
    private boolean quiet;

    private ImportStatementDialog(UiContext ctx, long caseId, Consumer<ImportResult> onImported) {
        this.ctx = ctx;
        this.form = new ImportStatementForm(ctx::text, ctx::text, caseId, ctx.zone());
        this.onImported = onImported;
        this.table = new ImportPreviewTable(ctx, form.rows());
        this.mapping = new ImportMappingPane(ctx, form);
    }

    /** Opens the dialog and starts reading {@code file}. */
    static ImportStatementDialog show(UiContext ctx, Window owner, long caseId, Path file,
                                      Consumer<ImportResult> onImported) {
        ImportStatementDialog d = new ImportStatementDialog(ctx, caseId, onImported);
        d.build(owner);
        d.dialog.show();
        // the dialog's window does not grow to its content's preferred size by itself
        d.dialog.setWidth(Math.max(d.dialog.getWidth(), 1010));
        d.dialog.setHeight(Math.max(d.dialog.getHeight(), 700));
        d.load(file);
        return d;
    }

    /** Lets the user pick a statement; empty when they cancelled. */
    static Optional<Path> chooseFile(UiContext ctx, Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ctx.text("import.chooseTitle"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(ctx.text("import.statementFiles"), "*.csv", "*.CSV", "*.xlsx", "*.txt"),
                new FileChooser.ExtensionFilter(ctx.text("import.allFiles"), "*.*"));
        File chosen = chooser.showOpenDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    private void build(Window owner) {
        Dialogs.prepare(dialog, owner, ctx.text("import.title"));
        ButtonType importType = new ButtonType(ctx.text("import.run"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(importType, ButtonType.CANCEL);
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).setText(ctx.text("app.cancel"));
        Button importButton = (Button) dialog.getDialogPane().lookupButton(importType);
        importButton.setId("runImportButton");
        importButton.disableProperty().bind(form.canImport().not());
        importButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            runImport();
        });
        dialog.setResultConverter(b -> null);
        dialog.getDialogPane().setContent(content());
    }

    private Node content() {
        fileName.getStyleClass().add("title-4");
        fileName.setId("importFileName");
        Button other = new Button(ctx.text("import.otherFile"));
        other.setOnAction(e -> chooseFile(ctx, dialog.getOwner()).ifPresent(this::load));
        format.getItems().setAll(StatementChoice.values());
        format.setId("formatChoice");
        format.setCellFactory(v -> new ChoiceCell());
        format.setButtonCell(new ChoiceCell());
        format.valueProperty().bindBidirectional(form.choice());
        form.choice().addListener((o, a, b) -> {
            if (!quiet) {
                formatChanged(b);
            }
        });
        Label formatLabel = new Label(ctx.text("import.format"));
        formatLabel.setLabelFor(format);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        fileName.setMinWidth(Region.USE_PREF_SIZE);
        formatLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(10, fileName, other, gap, formatLabel, format);
        top.setAlignment(Pos.CENTER_LEFT);
        detected.setId("detectedFormat");
        detected.getStyleClass().add("text-muted");
        problem.setId("fileProblem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(form.fileProblem());
        collapseWhenEmpty(problem);
        Button mapColumns = new Button(ctx.text("import.mapColumns"));
        mapColumns.setId("mapColumnsButton");
        mapColumns.setOnAction(e -> form.choice().set(StatementChoice.CSV));
        mapColumns.visibleProperty().bind(form.fileProblem().isNotEmpty()
                .and(form.choice().isNotEqualTo(StatementChoice.CSV)));
        mapColumns.managedProperty().bind(mapColumns.visibleProperty());
        HBox problemRow = new HBox(10, problem, mapColumns);
        problemRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(problem, Priority.ALWAYS);
        mapping.node().visibleProperty().bind(form.choice().isEqualTo(StatementChoice.CSV));
        mapping.node().managedProperty().bind(mapping.node().visibleProperty());
        mapping.applyButton().setOnAction(e -> preview());
        CheckBox skip = new CheckBox(ctx.text("import.skipBadRows"));
        skip.setId("skipBadRows");
        skip.selectedProperty().bindBidirectional(form.skipBadRows());
        Label skipHint = new Label(ctx.text("import.skipBadRows.hint"));
        skipHint.getStyleClass().addAll("text-muted", "text-small");
        skipHint.setWrapText(true);
        skipHint.setPadding(new javafx.geometry.Insets(0, 0, 0, 28));
        VBox skipRow = new VBox(2, skip, skipHint);
        skipRow.visibleProperty().bind(form.hasProblems());
        skipRow.managedProperty().bind(skipRow.visibleProperty());
        summary.setId("previewSummary");
        serviceError.getStyleClass().add("field-error");
        serviceError.setWrapText(true);
        collapseWhenEmpty(serviceError);
        VBox.setVgrow(table.node(), Priority.ALWAYS);
        VBox content = new VBox(10, top, detected, problemRow, mapping.node(), table.node(), summary, skipRow,
                serviceError);
        content.setPadding(new javafx.geometry.Insets(12, 14, 4, 14));
        // wide enough for the preview's columns; a statement preview squeezed into a narrow dialog is unreadable
        content.setPrefSize(980, 600);
        content.setMinSize(760, 480);
        return content;
    }

    private static void collapseWhenEmpty(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private final class ChoiceCell extends ListCell<StatementChoice> {
        @Override
        protected void updateItem(StatementChoice item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : ctx.text("import.format." + item.name()));
        }
    }

    /** Reads a newly chosen file with automatic detection. */
    void load(Path file) {
        form.file().set(file);
        fileName.setText(String.valueOf(file.getFileName()));
        quiet = true;
        form.choice().set(StatementChoice.AUTO);
        quiet = false;
        form.columns().clear();
        preview();
    }

    private void formatChanged(StatementChoice choice) {
        if (choice == StatementChoice.CSV) {
            loadColumns();
        } else {
            preview();
        }
    }

    /** The header of a generic CSV, and the mapping remembered for it or guessed from the names. */
    private void loadColumns() {
        Path file = form.file().get();
        form.busy().set(true);
        Tasks.create(() -> new Columns(ctx.session().statements().columns(file),
                        ctx.session().statements().rememberedMapping(file, ctx.zone()).orElse(null)))
                .title(ctx.text("import.reading"))
                .onSuccess(c -> {
                    form.busy().set(false);
                    form.columns().setAll(c.header());
                    if (c.remembered() != null) {
                        form.fill(c.remembered());
                    } else {
                        form.guess(c.header());
                    }
                    if (form.mappingComplete().get()) {
                        preview();
                    } else {
                        form.failed(ctx.text("import.map.needed"));
                    }
                })
                .onError(e -> {
                    form.busy().set(false);
                    form.failed(ctx.describe(e));
                })
                .run(ctx);
    }

    private record Columns(List<String> header, ColumnMapping remembered) {
    }

    private void preview() {
        Path file = form.file().get();
        ColumnMapping columns;
        try {
            columns = form.mapping();
        } catch (RuntimeException e) {
            form.failed(ctx.describe(e));
            return;
        }
        StatementFormat requested = form.choice().get().format();
        form.busy().set(true);
        serviceError.setText("");
        table.placeholder(ctx.text("import.reading"));
        detected.setText("");
        summary.setText("");
        long caseId = form.caseId();
        Tasks.create(() -> ctx.session().statements().preview(caseId, file, requested, columns))
                .title(ctx.text("import.reading"))
                .onSuccess(this::previewed)
                .onError(e -> {
                    form.busy().set(false);
                    form.failed(ctx.describe(e));
                    table.placeholder(ctx.text("import.nothing"));
                })
                .run(ctx);
    }

    private void previewed(ImportPreview p) {
        form.busy().set(false);
        form.previewed(p);
        if (p.mapping() != null) {
            form.fill(p.mapping());
        }
        var s = p.statement();
        detected.setText(ctx.text("import.detected", ctx.text("import.format." + StatementChoice.of(s.format())
                .name()), ctx.text(s.layoutName()), s.charset() == null ? "" : s.charset()));
        summary.setText(ctx.text("import.summary", form.rows().size(), form.importable(), p.duplicates(),
                s.problems().size()));
        table.placeholder(ctx.text("import.noRows"));
    }

    private void runImport() {
        if (!form.canImport().get()) {
            return;
        }
        var request = form.request();
        form.busy().set(true);
        serviceError.setText("");
        Tasks.create(() -> ctx.session().statements().run(request, Progress.NONE)).title(ctx.text("import.running"))
                .onSuccess(r -> {
                    form.busy().set(false);
                    dialog.setResult(r);
                    dialog.close();
                    String text = r.badRows().isEmpty() ? ctx.text("import.done", r.imported(), r.skipped())
                            : ctx.text("import.doneWithBad", r.imported(), r.skipped(), r.badRows().size());
                    ctx.notifier().info(ctx.text("import.doneTitle"), text);
                    onImported.accept(r);
                })
                .onError(e -> {
                    form.busy().set(false);
                    serviceError.setText(ctx.text("import.failed", ctx.describe(e)));
                })
                .run(ctx);
    }

    Dialog<ImportResult> dialog() {
        return dialog;
    }

    ImportStatementForm form() {
        return form;
    }
}
