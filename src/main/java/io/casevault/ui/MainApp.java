package io.casevault.ui;

import io.casevault.app.AppExecutors;
import io.casevault.app.AppInfo;
import io.casevault.ui.cases.OverviewView;
import io.casevault.ui.common.AppIcons;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.Bundles;
import io.casevault.ui.common.CaseView;
import io.casevault.ui.common.FxmlLoaderFactory;
import io.casevault.ui.error.ErrorReporter;
import io.casevault.ui.prefs.Preferences;
import io.casevault.ui.prefs.PreferencesLocation;
import io.casevault.ui.prefs.WindowBounds;
import io.casevault.ui.shell.Appearance;
import io.casevault.ui.shell.Shell;
import io.casevault.ui.evidence.EvidenceController;
import io.casevault.ui.evidence.EvidenceViews;
import io.casevault.ui.export.ExportViews;
import io.casevault.ui.timeline.TimelineController;
import io.casevault.ui.timeline.TimelineViews;
import io.casevault.ui.transactions.TransactionsView;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The desktop application: the reporter of unexpected errors and the icon, preferences, fonts and theme, the background executor, then the vault (the one asked for
 * on the command line, else the last one, else the default) in the main window.
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
        // The case views, in tab order.
        shell = new Shell(stage, scene, prefs, Clock.systemUTC(), ZoneId.systemDefault(), executors.io(),
                (ctx, changes) -> {
                    // transitional, until the composition root in ui/shell builds the case tabs
                    Background background = new Background(executors, ctx.work());
                    Clock zoned = ctx.clock().withZone(ctx.zone());
                    FxmlLoaderFactory fxml = new FxmlLoaderFactory(ctx.bundle());
                    EvidenceController evidence = new EvidenceViews(ctx.session().evidence(),
                            ctx.session().transactions(), ctx.session().followUps(), ctx.session().thumbnails(),
                            ctx.session().lookAlikes(), ctx.texts(), background, zoned, ctx.notifier())
                            .rememberingFolders(prefs::evidenceFolder, prefs::setEvidenceFolder).load(fxml);
                    TimelineController timeline = new TimelineViews(ctx.session().timeline(), ctx.session().guidance(),
                            ctx.session().evidence(), ctx.session().followUps(), ctx.texts(), background, zoned, ctx.notifier()).load(fxml);
                    timeline.setOnEvidenceOpened(evidence::reveal);
                    return List.<CaseView>of(new OverviewView(ctx, changes), new TransactionsView(ctx), evidence,
                            timeline, new ExportViews(ctx.session().exports(), ctx.session().cases(), ctx.texts(),
                                    background, zoned, ctx.notifier()).load(fxml));
                });
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
