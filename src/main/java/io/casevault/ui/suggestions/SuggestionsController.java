package io.casevault.ui.suggestions;

import io.casevault.app.Suggestion;
import io.casevault.ui.common.DialogController;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

import java.util.Objects;

/** Binds the "Review suggestions" dialog to a {@link SuggestionsViewModel}. */
public final class SuggestionsController implements DialogController<Void> {
    private final SuggestionsViewModel model;

    @FXML private ListView<Suggestion> list;
    @FXML private Button accept;
    @FXML private Button dismiss;
    @FXML private Button undo;
    @FXML private Button acceptAll;
    @FXML private Button undoAll;
    @FXML private Label status;

    public SuggestionsController(SuggestionsViewModel model) {
        this.model = Objects.requireNonNull(model);
    }

    @FXML
    private void initialize() {
        list.setItems(model.suggestions());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Suggestion item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : model.describe(item));
            }
        });
        var selected = list.getSelectionModel().selectedItemProperty();
        var waiting = Bindings.createBooleanBinding(() -> selected.get() != null
                && !SuggestionsViewModel.applied(selected.get()), selected);
        var applied = Bindings.createBooleanBinding(() -> SuggestionsViewModel.applied(selected.get()), selected);
        accept.disableProperty().bind(waiting.not().or(model.busy()));
        dismiss.disableProperty().bind(waiting.not().or(model.busy()));
        undo.disableProperty().bind(applied.not().or(model.busy()));
        acceptAll.disableProperty().bind(Bindings.createBooleanBinding(() -> model.suggestions().stream()
                .allMatch(SuggestionsViewModel::applied), model.suggestions()).or(model.busy()));
        undoAll.visibleProperty().bind(model.lastAccepted().emptyProperty().not());
        undoAll.managedProperty().bind(undoAll.visibleProperty());
        undoAll.disableProperty().bind(model.busy());
        status.textProperty().bind(model.status());
        model.load();
    }

    @FXML
    private void accept() {
        model.accept(list.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void dismiss() {
        model.dismiss(list.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void undo() {
        model.undo(list.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void acceptAll() {
        model.acceptAll();
    }

    @FXML
    private void undoAll() {
        model.undoAll();
    }

    @Override
    public Node initialFocus() {
        return list;
    }
}
