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
    @FXML private Button acceptAll;
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
        var noSelection = list.getSelectionModel().selectedItemProperty().isNull();
        accept.disableProperty().bind(noSelection.or(model.busy()));
        dismiss.disableProperty().bind(noSelection.or(model.busy()));
        acceptAll.disableProperty().bind(Bindings.isEmpty(model.suggestions()).or(model.busy()));
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
    private void acceptAll() {
        model.acceptAll();
    }

    @Override
    public Node initialFocus() {
        return list;
    }
}
