package io.casevault.ui;

import io.casevault.app.VaultSession;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/** The desktop window: for now the vault it opened and its cases; the full interface comes with the UI work. */
public final class MainApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(MainApp.class);
    private VaultSession session;

    @Override
    public void start(Stage stage) {
        VBox root = new VBox(12);
        root.setPadding(new Insets(24));
        try {
            session = VaultSession.create(GuiLauncher.requestedVault, Clock.systemUTC());
            int cases = session.cases().list(java.time.LocalDate.now()).size();
            root.getChildren().addAll(new Label("CaseVault"), new Label("Vault: " + session.dir()),
                    new Label(cases + " case(s)"));
        } catch (RuntimeException e) {
            LOG.error("Opening the vault failed", e);
            root.getChildren().addAll(new Label("CaseVault"), new Label(e.getMessage()));
        }
        stage.setTitle("CaseVault");
        stage.setScene(new Scene(root, 960, 640));
        stage.show();
    }

    @Override
    public void stop() {
        if (session != null) {
            session.close();
        }
    }
}
