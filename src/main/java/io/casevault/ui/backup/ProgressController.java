package io.casevault.ui.backup;

import io.casevault.ui.common.DialogController;
import io.casevault.ui.common.ProgressRelay;
import javafx.fxml.FXML;
import javafx.scene.control.ProgressBar;

import java.util.Objects;

/** Binds the progress window's bar to the work's {@link ProgressRelay}; the bar's accessible text names the work. */
public final class ProgressController implements DialogController<Void> {
    private final ProgressRelay relay;
    private final String title;

    @FXML private ProgressBar bar;

    public ProgressController(ProgressRelay relay, String title) {
        this.relay = Objects.requireNonNull(relay);
        this.title = Objects.requireNonNull(title);
    }

    @FXML
    private void initialize() {
        bar.progressProperty().bind(relay.fraction());
        bar.setAccessibleText(title);
    }
}
