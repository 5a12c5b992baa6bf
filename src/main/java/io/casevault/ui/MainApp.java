package io.casevault.ui;

import io.casevault.app.AppExecutors;
import io.casevault.app.AppInfo;
import io.casevault.ui.common.AppIcons;
import io.casevault.ui.common.Bundles;
import io.casevault.ui.error.ErrorReporter;
import io.casevault.ui.prefs.Preferences;
import io.casevault.ui.prefs.PreferencesLocation;
import io.casevault.ui.prefs.WindowBounds;
import io.casevault.ui.shell.Appearance;
import io.casevault.ui.shell.Shell;
import io.casevault.ui.shell.WindowWiring;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;

/**
 * The desktop application: the reporter of unexpected errors and the icon, preferences, fonts and theme, the
 * application-wide executors, then the vault (the one asked for on the command line, else the last one, else the
 * default) in the main window, whose tabs {@link WindowWiring} builds.
 */
public final class MainApp extends Application {
    private Preferences prefs;
    private Shell shell;
    private AppExecutors executors;
    private ErrorReporter errors;

    @Override
    public void start(Stage stage) {
        errors = ErrorReporter.install(() -> shell != null ? shell.bundle() : Bundles.load(Locale.getDefault()),
                () -> stage.isShowing() ? stage : null, AppInfo.logDir());
        AppIcons.apply(stage);
        prefs = Preferences.load(PreferencesLocation.resolve());
        Appearance.loadFonts();
        Appearance.applyTheme(prefs.theme());
        executors = AppExecutors.forThisMachine();
        WindowBounds bounds = prefs.window();
        Scene scene = new Scene(new StackPane(), bounds.width(), bounds.height());
        stage.setScene(scene);
        if (bounds.hasPosition()) {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
        }
        stage.setMinWidth(760);
        stage.setMinHeight(480);
        shell = new Shell(stage, scene, prefs, Clock.systemUTC(), ZoneId.systemDefault(), executors,
                WindowWiring::standardTabs);
        Path requested = GuiLauncher.requestedVault;
        shell.open(requested != null ? requested : prefs.lastVault().orElse(null));
        stage.xProperty().addListener((o, a, b) -> rememberBounds(stage));
        stage.yProperty().addListener((o, a, b) -> rememberBounds(stage));
        stage.widthProperty().addListener((o, a, b) -> rememberBounds(stage));
        stage.heightProperty().addListener((o, a, b) -> rememberBounds(stage));
        stage.show();
    }

    private void rememberBounds(Stage stage) {
        if (!stage.isIconified() && !stage.isMaximized()) {
            prefs.setWindow(new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()));
        }
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.closeSession();
        }
        if (executors != null) {
            executors.close();
        }
        if (prefs != null) {
            prefs.close();
        }
        if (errors != null) {
            errors.uninstall();
        }
    }
}
