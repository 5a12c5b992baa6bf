package io.casevault.ui.export;

import io.casevault.ui.common.DialogController;
import io.casevault.ui.common.Texts;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/** Binds the "Export originals" dialog to an {@link OriginalsViewModel}; asks for the folder through a target. */
public final class OriginalsController implements DialogController<Void> {
    private final OriginalsViewModel model;
    private final HandOverDialogs.FolderTarget target;
    private final String folderName;
    private final Texts texts;

    @FXML private ListView<OriginalsViewModel.Choice> exhibits;
    @FXML private CheckBox all;
    @FXML private TextField folder;
    @FXML private VBox progressPane;
    @FXML private ProgressBar progress;
    @FXML private Label status;

    /** @param folderName the name of the new folder made inside a chosen one */
    public OriginalsController(OriginalsViewModel model, HandOverDialogs.FolderTarget target, String folderName,
                               Texts texts) {
        this.model = Objects.requireNonNull(model);
        this.target = Objects.requireNonNull(target);
        this.folderName = Objects.requireNonNull(folderName);
        this.texts = Objects.requireNonNull(texts);
    }

    @FXML
    private void initialize() {
        exhibits.setItems(model.choices());
        exhibits.setCellFactory(CheckBoxListCell.forListView(OriginalsViewModel.Choice::chosen));
        exhibits.setPlaceholder(new Label(texts.text("originals.noExhibits")));
        all.setSelected(true);
        all.selectedProperty().addListener((o, a, b) -> model.chooseAll(b));
        folder.textProperty().bindBidirectional(model.folder());
        progressPane.visibleProperty().bind(model.running());
        progressPane.managedProperty().bind(progressPane.visibleProperty());
        progress.progressProperty().bind(model.progress());
        progress.accessibleTextProperty().bind(Bindings.createStringBinding(() -> model.progress().get() < 0
                ? texts.text("originals.running") : texts.text("export.percent", model.progress().get()),
                model.progress()));
        exhibits.disableProperty().bind(model.running());
        all.disableProperty().bind(model.running());
        folder.disableProperty().bind(model.running());
        status.textProperty().bind(model.status());
        model.load();
    }

    @Override
    public ObservableBooleanValue canSubmit() {
        return model.canExport();
    }

    @Override
    public void submit(Consumer<Void> close) {
        model.export();
    }

    @Override
    public Node initialFocus() {
        return folder;
    }

    @FXML
    private void choose() {
        Path current = Path.of(folder.getText().isBlank() ? "." : folder.getText()).toAbsolutePath();
        target.choose(folder.getScene().getWindow(), current.getParent())
                .ifPresent(parent -> model.folder().set(parent.resolve(folderName).toString()));
    }

    @FXML
    private void cancel() {
        model.cancel();
    }
}
