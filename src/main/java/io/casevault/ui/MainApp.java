package io.casevault.ui;

import io.casevault.app.AppExecutors;
import io.casevault.app.AppInfo;
import io.casevault.ui.common.AppIcons;
import io.casevault.ui.common.Bundles;
import io.casevault.ui.error.ErrorReporter;
import io.casevault.ui.prefs.Preferences;
import io.casevault.ui.prefs.WindowBounds;
import io.casevault.ui.prefs.WindowPlacement;
import io.casevault.ui.shell.Appearance;
import io.casevault.ui.shell.Shell;
import io.casevault.ui.shell.WindowWiring;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.util.Locale;
import java.util.Optional;

/**
 * The desktop application: the reporter of unexpected errors, the theme, then the main window — shown at once, empty —
 * which the vault fills when it has opened (since the launch, with the preferences and the application-wide
 * executors: {@link StartAhead}) and its content has been built in the background, with the tabs {@link WindowWiring}
 * builds; the bundled fonts load in the background too, and the icon once the window shows its content.
 */
public final class MainApp extends Application {
    /** The smallest outer size at which the window's layout holds (the case list, the header and a tab). */
    private static final double MIN_WIDTH = 760;
    private static final double MIN_HEIGHT = 480;

    private Preferences prefs;
    private Shell shell;
    private AppExecutors executors;
    private ErrorReporter errors;

    @Override
    public void start(Stage stage) {
        StartAhead ahead = GuiLauncher.takeAhead();
        executors = ahead.executors();
        errors = ErrorReporter.install(() -> shell != null ? shell.bundle() : Bundles.load(Locale.getDefault()),
                () -> stage.isShowing() ? stage : null, AppInfo.logDir());
        prefs = ahead.prefs();
        // the theme before any control exists: a control's class, first used, would load JavaFX's own theme
        Appearance.applyTheme(prefs.theme());
        StackPane empty = new StackPane();
        Scene scene = new Scene(empty);
        shell = new Shell(stage, scene, prefs, ahead.clock(), ahead.zone(), executors, WindowWiring::standardTabs);
        // first: a vault that opened before the toolkit had started (as often) has its window built from now on, in
        // the background, beside the rest of this start; the window shows at once, empty, and the vault (opening
        // since the launch) and the fonts fill it when ready
        shell.showWhenOpened(ahead.vault(prefs), ahead.opening(), Appearance.loadFontsInBackground(executors.io()));
        // decoded off the FX thread once the window shows its content (the cases, the welcome view or why the vault
        // cannot open): the six PNG images do not take the cores from the window's first frames
        AppIcons.applyAfterContent(stage, scene, empty, executors.io());
        stage.setScene(scene);
        place(stage);
        stage.xProperty().addListener((o, a, b) -> rememberBounds(stage));
        stage.yProperty().addListener((o, a, b) -> rememberBounds(stage));
        stage.widthProperty().addListener((o, a, b) -> rememberBounds(stage));
        stage.heightProperty().addListener((o, a, b) -> rememberBounds(stage));
        stage.maximizedProperty().addListener((o, a, maximized) -> prefs.setWindowMaximized(maximized));
        stage.show();
    }

    /**
     * Opens the window where it was (brought onto a screen that is still there) or at about 80 % of the screen, in
     * outer size: the size saved is {@code stage.getWidth()}, so it is restored with {@code stage.setWidth()} — restored
     * as the scene's size it grew by the frame's height on every start.
     */
    private void place(Stage stage) {
        Optional<WindowBounds> saved = prefs.window();
        Screen screen = saved.filter(WindowBounds::hasPosition)
                .map(b -> Screen.getScreensForRectangle(b.x(), b.y(), 1, 1))
                .filter(screens -> !screens.isEmpty()).map(screens -> screens.get(0))
                .orElse(Screen.getPrimary());
        Rectangle2D visual = screen.getVisualBounds();
        WindowPlacement.Area area = WindowPlacement.place(saved.orElse(null), new WindowPlacement.Area(
                visual.getMinX(), visual.getMinY(), visual.getWidth(), visual.getHeight()), MIN_WIDTH, MIN_HEIGHT);
        Runnable apply = () -> {
            stage.setX(area.x());
            stage.setY(area.y());
            stage.setWidth(area.width());
            stage.setHeight(area.height());
        };
        apply.run();
        stage.setMaximized(prefs.windowMaximized());
        // Some window managers (openbox) map a new window at its minimum size whatever size it asked for: the minimum
        // is set once the window is up, and the bounds are applied again then.
        stage.setOnShown(e -> {
            stage.setMinWidth(Math.min(MIN_WIDTH, visual.getWidth()));
            stage.setMinHeight(Math.min(MIN_HEIGHT, visual.getHeight()));
            if (!stage.isMaximized()) {
                apply.run();
            }
        });
    }

    private void rememberBounds(Stage stage) {
        if (stage.isShowing() && !stage.isIconified() && !stage.isMaximized()) {
            prefs.setWindow(new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()));
        }
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.close();
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
