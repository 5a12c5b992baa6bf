package io.casevault.ui.transactions;

import io.casevault.app.ImportPreview;
import io.casevault.app.ImportRequest;
import io.casevault.app.ImportResult;
import io.casevault.app.Progress;
import io.casevault.app.StatementImportService;
import io.casevault.domain.ColumnMapping;
import io.casevault.domain.StatementFormat;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.Dialogs;
import io.casevault.ui.common.Formats;
import io.casevault.ui.common.FxmlDialog;
import io.casevault.ui.common.FxmlLoaderFactory;
import io.casevault.ui.common.FxmlView;
import io.casevault.ui.common.Notifier;
import io.casevault.ui.common.Texts;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Imports a wallet statement into a case: the file is read in the background and previewed (bad lines highlighted,
 * rows already in the case greyed), the format can be changed, a generic CSV gets a column mapping, and Import is
 * offered only when the file can be imported as the user chose. Made once with the statement service; {@link #show}
 * opens it on a file.
 */
public final class ImportStatementDialog {
    private final ImportStatementViewModel.Statements statements;
    private final Texts texts;
    private final Background background;
    private final Notifier notifier;
    private final ZoneId zone;

    /** {@code zone} is the window's: a generic CSV's times are read in it unless the user picks another. */
    public ImportStatementDialog(ImportStatementViewModel.Statements statements, Texts texts, Background background,
                                 Notifier notifier, ZoneId zone) {
        this.statements = Objects.requireNonNull(statements);
        this.texts = Objects.requireNonNull(texts);
        this.background = Objects.requireNonNull(background);
        this.notifier = Objects.requireNonNull(notifier);
        this.zone = Objects.requireNonNull(zone);
    }

    public ImportStatementDialog(StatementImportService service, Texts texts, Background background,
                                 Notifier notifier, ZoneId zone) {
        this(new ImportStatementViewModel.Statements() {
            @Override
            public List<String> columns(Path file) {
                return service.columns(file);
            }

            @Override
            public Optional<ColumnMapping> rememberedMapping(Path file, ZoneId zone) {
                return service.rememberedMapping(file, zone);
            }

            @Override
            public ImportPreview preview(long caseId, Path file, StatementFormat format, ColumnMapping mapping) {
                return service.preview(caseId, file, format, mapping);
            }

            @Override
            public ImportResult run(ImportRequest request) {
                return service.run(request, Progress.NONE);
            }
        }, texts, background, notifier, zone);
    }

    /**
     * Opens the dialog and starts reading {@code file}; {@code onImported} gets the result of an import. Returns the
     * dialog's view model, which follows what the user does.
     */
    public ImportStatementViewModel show(Window owner, long caseId, Path file, Consumer<ImportResult> onImported) {
        ImportStatementViewModel model = new ImportStatementViewModel(statements, texts, background, notifier, zone,
                caseId);
        Formats formats = new Formats(texts.bundle(), texts.locale(), zone);
        FxmlLoaderFactory factory = new FxmlLoaderFactory(texts.bundle())
                .register(ImportStatementController.class, () -> new ImportStatementController(model, texts, formats))
                .register(ImportMappingController.class, () -> new ImportMappingController(model, texts))
                .register(ImportSelectionController.class, () -> new ImportSelectionController(model));
        FxmlDialog<ImportResult> dialog = FxmlDialog.<ImportResult>load(factory, FxmlView.IMPORT_STATEMENT_DIALOG)
                .title(texts.text("import.title"))
                .submit(texts.text("import.run"), "runImportButton")
                .submitText(model.runText())
                .cancel(texts.text("app.cancel"))
                .minSize(1010, 700);
        dialog.confirmCancel(model::hasChoices, discard -> askToDiscard(dialog.stage(), discard))
                .show(owner, onImported);
        model.load(file);
        return model;
    }

    /** "Discard this import?" over the dialog; {@code discard} runs when the user says so, Keep editing does nothing. */
    private void askToDiscard(Window dialog, Runnable discard) {
        ButtonType drop = new ButtonType(texts.text("import.discard.discard"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(texts.text("import.discard.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, texts.text("import.discard.text"), drop, keep);
        Dialogs.prepare(alert, dialog, texts.text("import.discard.title"));
        alert.setHeaderText(texts.text("import.discard.title"));
        alert.getDialogPane().lookupButton(drop).setId("discardImportButton");
        alert.getDialogPane().lookupButton(keep).setId("keepEditingButton");
        alert.resultProperty().addListener((o, a, answer) -> {
            if (answer == drop) {
                discard.run();
            }
        });
        alert.show();
    }

    /** Lets the user pick a statement; empty when they cancelled. */
    public static Optional<Path> chooseFile(Texts texts, Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.text("import.chooseTitle"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(texts.text("import.statementFiles"), "*.csv", "*.CSV", "*.xlsx",
                        "*.txt"),
                new FileChooser.ExtensionFilter(texts.text("import.allFiles"), "*.*"));
        File chosen = chooser.showOpenDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }
}
