package io.casevault.ui.recovery;

import io.casevault.ui.common.Texts;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;

/** The damaged-vault pane: binds the view model's sentences and wires the buttons to its commands. */
public final class RecoveryPaneController {
    private final RecoveryViewModel model;
    private final Texts texts;
    private final RecoveryChoices choices;
    private final Runnable chooseOther;
    @FXML
    private VBox root;
    @FXML
    private Label sentenceLabel;
    @FXML
    private TitledPane detailsPane;
    @FXML
    private TextArea detailsArea;
    @FXML
    private Label backupLabel;
    @FXML
    private Button recoverButton;
    @FXML
    private Button restoreButton;
    @FXML
    private Button otherButton;
    @FXML
    private ProgressBar progressBar;
    @FXML
    private Label resultLabel;
    @FXML
    private TextArea resultArea;
    @FXML
    private Button openRecoveredButton;

    public RecoveryPaneController(RecoveryViewModel model, Texts texts, RecoveryChoices choices, Runnable chooseOther) {
        this.model = model;
        this.texts = texts;
        this.choices = choices;
        this.chooseOther = chooseOther;
    }

    @FXML
    private void initialize() {
        sentenceLabel.textProperty().bind(model.sentence());
        detailsArea.textProperty().bind(model.details());
        backupLabel.textProperty().bind(model.backupText());
        showWhen(backupLabel, model.backup().isNotNull());
        showWhen(restoreButton, model.backup().isNotNull());
        recoverButton.disableProperty().bind(model.busy());
        restoreButton.disableProperty().bind(model.busy());
        progressBar.progressProperty().bind(model.progress().fraction());
        progressBar.accessibleTextProperty().bind(model.result());
        showWhen(progressBar, model.busy());
        resultLabel.textProperty().bind(model.result());
        showWhen(resultLabel, model.result().isNotEmpty());
        resultArea.textProperty().bind(model.resultDetails());
        showWhen(resultArea, model.resultDetails().isNotEmpty());
        showWhen(openRecoveredButton, model.recovered().isNotNull().and(model.busy().not()));
        recoverButton.setOnAction(e -> choices.folder(root.getScene().getWindow(), texts.text("recovery.chooseFolder"))
                .ifPresent(model::recoverInto));
        restoreButton.setOnAction(e -> choices.folder(root.getScene().getWindow(), texts.text("recovery.chooseFolder"))
                .ifPresent(model::restoreInto));
        openRecoveredButton.setOnAction(e -> model.openRecovered());
        otherButton.setOnAction(e -> chooseOther.run());
        detailsPane.setExpanded(false);
        model.findBackup();
    }

    private static void showWhen(javafx.scene.Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(Bindings.createBooleanBinding(condition::get, condition));
    }
}
