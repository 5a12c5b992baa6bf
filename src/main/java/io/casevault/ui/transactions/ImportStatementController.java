package io.casevault.ui.transactions;

import io.casevault.app.ImportResult;
import io.casevault.ui.common.DialogController;
import io.casevault.ui.common.Formats;
import io.casevault.ui.common.Texts;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

import java.util.Objects;
import java.util.function.Consumer;

/** Binds the import dialog to an {@link ImportStatementViewModel}; Import runs it and closes with the result. */
public final class ImportStatementController implements DialogController<ImportResult> {
    private final ImportStatementViewModel model;
    private final ImportStatementForm form;
    private final Texts texts;
    private final Formats formats;

    @FXML private Label fileName;
    @FXML private ComboBox<StatementChoice> format;
    @FXML private Label detected;
    @FXML private Label problem;
    @FXML private Button mapColumns;
    @FXML private TableView<PreviewRow> preview;
    @FXML private Label summary;
    @FXML private VBox skipRow;
    @FXML private CheckBox skipBadRows;
    @FXML private Label serviceError;

    public ImportStatementController(ImportStatementViewModel model, Texts texts, Formats formats) {
        this.model = Objects.requireNonNull(model);
        this.form = model.form();
        this.texts = Objects.requireNonNull(texts);
        this.formats = Objects.requireNonNull(formats);
    }

    @FXML
    private void initialize() {
        fileName.textProperty().bind(model.fileName());
        format.getItems().setAll(StatementChoice.values());
        format.setCellFactory(v -> new ChoiceCell());
        format.setButtonCell(new ChoiceCell());
        format.valueProperty().bindBidirectional(form.choice());
        detected.textProperty().bind(model.detected());
        problem.textProperty().bind(form.fileProblem());
        collapseWhenEmpty(problem);
        mapColumns.visibleProperty().bind(form.fileProblem().isNotEmpty()
                .and(form.choice().isNotEqualTo(StatementChoice.CSV)));
        mapColumns.managedProperty().bind(mapColumns.visibleProperty());
        new ImportPreviewTable(preview, form.selection(), texts, formats).show(form.rows(), model.placeholder());
        summary.textProperty().bind(model.summary());
        skipBadRows.selectedProperty().bindBidirectional(form.skipBadRows());
        skipRow.visibleProperty().bind(form.hasProblems());
        skipRow.managedProperty().bind(skipRow.visibleProperty());
        serviceError.textProperty().bind(model.serviceError());
        collapseWhenEmpty(serviceError);
    }

    @Override
    public ObservableBooleanValue canSubmit() {
        return form.canImport();
    }

    @Override
    public void submit(Consumer<ImportResult> close) {
        model.runImport(close);
    }

    @FXML
    private void chooseOtherFile() {
        ImportStatementDialog.chooseFile(texts, fileName.getScene().getWindow()).ifPresent(model::load);
    }

    @FXML
    private void mapColumns() {
        form.choice().set(StatementChoice.CSV);
    }

    private static void collapseWhenEmpty(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private final class ChoiceCell extends ListCell<StatementChoice> {
        @Override
        protected void updateItem(StatementChoice item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : texts.text("import.format." + item.name()));
        }
    }
}
