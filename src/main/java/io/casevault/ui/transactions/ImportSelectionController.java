package io.casevault.ui.transactions;

import io.casevault.ui.common.Formats;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Objects;

/** The quick selections above the import preview: all, none, these days, by counterparty, by amount. */
public final class ImportSelectionController {
    private final ImportStatementViewModel model;

    @FXML private VBox root;
    @FXML private DatePicker selectFrom;
    @FXML private DatePicker selectTo;
    @FXML private MenuButton counterparties;
    @FXML private TextField minAmount;
    @FXML private TextField maxAmount;
    @FXML private Label note;
    @FXML private Label problem;

    public ImportSelectionController(ImportStatementViewModel model) {
        this.model = Objects.requireNonNull(model);
    }

    @FXML
    private void initialize() {
        ImportSelection selection = model.form().selection();
        for (DatePicker day : List.of(selectFrom, selectTo)) {
            day.setConverter(Formats.dateInput());
        }
        selectFrom.valueProperty().bindBidirectional(selection.from());
        selectTo.valueProperty().bindBidirectional(selection.to());
        minAmount.textProperty().bindBidirectional(selection.minAmount());
        maxAmount.textProperty().bindBidirectional(selection.maxAmount());
        selection.counterparties().addListener((ListChangeListener<String>) c -> counterparties.getItems().setAll(
                selection.counterparties().stream().map(this::item).toList()));
        counterparties.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(selection.counterparties()));
        note.textProperty().bind(model.selectionNote());
        problem.textProperty().bind(model.selectionProblem());
        for (Label l : List.of(note, problem)) {
            l.visibleProperty().bind(l.textProperty().isNotEmpty());
            l.managedProperty().bind(l.visibleProperty());
        }
        root.visibleProperty().bind(model.form().preview().isNotNull());
        root.managedProperty().bind(root.visibleProperty());
    }

    private CheckMenuItem item(String name) {
        CheckMenuItem item = new CheckMenuItem(name);
        item.setMnemonicParsing(false);
        item.setOnAction(e -> model.selectCounterparties(counterparties.getItems().stream()
                .filter(i -> ((CheckMenuItem) i).isSelected()).map(MenuItem::getText).toList()));
        return item;
    }

    @FXML
    private void all() {
        model.selectAll();
    }

    @FXML
    private void none() {
        model.selectNone();
    }

    @FXML
    private void around() {
        model.selectAroundIncident();
    }

    @FXML
    private void amount() {
        model.selectAmount();
    }
}
