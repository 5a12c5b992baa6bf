package io.casevault.ui.transactions;

import io.casevault.ui.common.Texts;
import io.casevault.ui.transactions.ImportStatementForm.Field;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

import java.util.Map;
import java.util.Objects;

/** The column mapping of a generic CSV in the import dialog: each field's column, the date format and the zone. */
public final class ImportMappingController {
    private final ImportStatementViewModel model;
    private final Texts texts;

    @FXML private VBox root;
    @FXML private Label timeLabel;
    @FXML private Label amountLabel;
    @FXML private ComboBox<String> mapTIME;
    @FXML private ComboBox<String> mapAMOUNT;
    @FXML private ComboBox<String> mapCURRENCY;
    @FXML private ComboBox<String> mapDIRECTION;
    @FXML private ComboBox<String> mapCOUNTERPARTY;
    @FXML private ComboBox<String> mapID;
    @FXML private ComboBox<String> mapNOTE;
    @FXML private TextField mapDateFormat;
    @FXML private ComboBox<String> mapZone;
    @FXML private Button apply;

    public ImportMappingController(ImportStatementViewModel model, Texts texts) {
        this.model = Objects.requireNonNull(model);
        this.texts = Objects.requireNonNull(texts);
    }

    @FXML
    private void initialize() {
        ImportStatementForm form = model.form();
        // "" leaves a field unmapped
        ObservableList<String> choices = FXCollections.observableArrayList("");
        form.columns().addListener((ListChangeListener<String>) c -> {
            choices.setAll("");
            choices.addAll(form.columns());
        });
        Map<Field, ComboBox<String>> boxes = Map.of(Field.TIME, mapTIME, Field.AMOUNT, mapAMOUNT, Field.CURRENCY,
                mapCURRENCY, Field.DIRECTION, mapDIRECTION, Field.COUNTERPARTY, mapCOUNTERPARTY, Field.ID, mapID,
                Field.NOTE, mapNOTE);
        boxes.forEach((field, box) -> {
            box.setItems(choices);
            box.valueProperty().bindBidirectional(form.column(field));
        });
        timeLabel.setText(texts.text("import.map.time") + " *");
        amountLabel.setText(texts.text("import.map.amount") + " *");
        mapDateFormat.textProperty().bindBidirectional(form.dateFormat());
        mapZone.getItems().setAll(model.zones());
        mapZone.getEditor().textProperty().bindBidirectional(form.zone());
        apply.disableProperty().bind(form.mappingComplete().not().or(form.busy()));
        root.visibleProperty().bind(form.choice().isEqualTo(StatementChoice.CSV));
        root.managedProperty().bind(root.visibleProperty());
    }

    @FXML
    private void apply() {
        model.preview();
    }
}
