package io.casevault.ui.welcome;

import javafx.fxml.FXML;
import javafx.scene.control.Button;

import java.util.Objects;

/** Shown while the vault has no cases: the three steps of a complaint, and a sample case to look around in. */
public final class WelcomeController {
    private final WelcomeViewModel model;
    private final Runnable newCase;

    @FXML private Button sampleButton;

    public WelcomeController(WelcomeViewModel model, Runnable newCase) {
        this.model = Objects.requireNonNull(model);
        this.newCase = Objects.requireNonNull(newCase);
    }

    @FXML
    private void initialize() {
        sampleButton.disableProperty().bind(model.creating());
    }

    @FXML
    private void newCase() {
        newCase.run();
    }

    @FXML
    private void createSample() {
        model.createSample();
    }
}
