package io.casevault.ui.shell;

import io.casevault.app.VaultSession;
import io.casevault.ui.backup.BackupChoices;
import io.casevault.ui.backup.NativeBackupChoices;
import io.casevault.ui.common.Bundles;
import io.casevault.ui.common.CaseChanges;
import io.casevault.ui.common.CaseView;
import io.casevault.ui.common.FxmlLoaderFactory;
import io.casevault.ui.common.FxmlView;
import io.casevault.ui.common.UiContext;
import io.casevault.ui.guidance.DueNotice;
import io.casevault.ui.prefs.Language;
import io.casevault.ui.prefs.Preferences;
import io.casevault.ui.prefs.Theme;
import io.casevault.ui.welcome.WelcomeView;
import io.casevault.vault.VaultException;
import io.casevault.vault.VaultLockedException;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;

/**
 * Holds the open vault and builds the main window around it; builds it again in another language, and replaces the
 * vault when the user opens another one. A vault that cannot be opened shows a message, not a crash.
 */
public final class Shell implements ShellActions {
    private static final Logger LOG = LoggerFactory.getLogger(Shell.class);

    /** Builds the case views (overview, transactions, evidence, timeline …) for one window. */
    @FunctionalInterface
    public interface CaseViewFactory {
        List<CaseView> create(UiContext ctx, CaseChanges changes);
    }

    private final Stage stage;
    private final Scene scene;
    private final Preferences prefs;
    private final Clock clock;
    private final ZoneId zone;
    private final ExecutorService background;
    private final CaseViewFactory viewFactory;
    private VaultSession session;
    private MainWindowController controller;
    private CaseListModel model;
    private Function<UiContext, BackupChoices> backupChoices = NativeBackupChoices::new;
    /** The due-deadline notice shows once per opened vault, not again when the language changes. */
    private boolean dueNoticeShown;

    public Shell(Stage stage, Scene scene, Preferences prefs, Clock clock, ZoneId zone, ExecutorService background,
                 CaseViewFactory viewFactory) {
        this.stage = Objects.requireNonNull(stage);
        this.scene = Objects.requireNonNull(scene);
        this.prefs = Objects.requireNonNull(prefs);
        this.clock = Objects.requireNonNull(clock);
        this.zone = Objects.requireNonNull(zone);
        this.background = Objects.requireNonNull(background);
        this.viewFactory = Objects.requireNonNull(viewFactory);
        Appearance.style(scene);
    }

    public Locale locale() {
        return prefs.language().locale(Locale.getDefault());
    }

    public ResourceBundle bundle() {
        return Bundles.load(locale());
    }

    /** The open vault's services and the case list: what the window shows, for tests in this package. */
    VaultSession session() {
        return session;
    }

    CaseListModel model() {
        return model;
    }

    /** Opens the vault (created when missing) and shows its window, or a message saying why it cannot. */
    public boolean open(Path dir) {
        if (dir != null && session != null && session.dir().equals(dir.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            VaultSession opened = VaultSession.create(dir, clock);
            closeSession();
            session = opened;
            dueNoticeShown = false;
            prefs.setLastVault(opened.dir());
            rebuild(null);
            return true;
        } catch (VaultLockedException e) {
            LOG.warn("The vault {} is locked by another process: {}", dir, e.getMessage());
            showProblem(bundle().getString("app.vaultLocked"), dir);
        } catch (VaultException | java.io.UncheckedIOException e) {
            LOG.error("The vault {} could not be opened", dir, e);
            showProblem(new java.text.MessageFormat(bundle().getString("app.vaultFailed"), locale())
                    .format(new Object[] {e.getMessage()}), dir);
        }
        return false;
    }

    private void showProblem(String message, Path dir) {
        if (session == null) {
            scene.setRoot(new VaultProblemPane(bundle(), message, dir, this::chooseOther, this::quit));
        } else {
            controller.showProblem(message);
        }
    }

    private void chooseOther() {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(bundle().getString("menu.file.openVault.title"));
        java.io.File chosen = chooser.showDialog(stage);
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    /** Builds the window again from the current vault and language; keeps the selected case. */
    private void rebuild(Long select) {
        ResourceBundle bundle = bundle();
        StatusModel status = new StatusModel();
        UiContext ctx = new UiContext(session, bundle, background, clock, zone, status, status);
        model = new CaseListModel(ctx);
        List<CaseView> views = viewFactory.create(ctx, model);
        WelcomeView welcome = new WelcomeView(ctx, model);
        FxmlLoaderFactory factory = new FxmlLoaderFactory(bundle);
        factory.register(MainWindowController.class,
                () -> new MainWindowController(ctx, model, status, views, welcome.root(), this));
        FXMLLoader loader = factory.load(FxmlView.MAIN_WINDOW);
        controller = loader.getController();
        welcome.onNewCase(controller::newCase);
        scene.setRoot(loader.<Parent>getRoot());
        stage.setTitle(bundle.getString("app.title") + " — " + session.dir().getFileName());
        model.reload(select);
        if (!dueNoticeShown) {
            dueNoticeShown = true;
            DueNotice.show(ctx);
        }
    }

    public MainWindowController controller() {
        return controller;
    }

    @Override
    public void openVault(Path dir) {
        open(dir);
    }

    @Override
    public void switchLanguage(Language language) {
        prefs.setLanguage(language);
        if (session != null) {
            rebuild(model.selectedId().get());
        }
    }

    @Override
    public void switchTheme(Theme theme) {
        prefs.setTheme(theme);
        Appearance.applyTheme(theme);
    }

    @Override
    public Language language() {
        return prefs.language();
    }

    @Override
    public Theme theme() {
        return prefs.theme();
    }

    @Override
    public int backupReminderDays() {
        return prefs.backupReminderDays();
    }

    @Override
    public void setBackupReminderDays(int days) {
        prefs.setBackupReminderDays(days);
    }

    @Override
    public BackupChoices backupChoices(UiContext ctx) {
        return backupChoices.apply(ctx);
    }

    /** Replaces the native file dialogs of the backup commands (tests cannot drive those). */
    public void useBackupChoices(Function<UiContext, BackupChoices> choices) {
        this.backupChoices = Objects.requireNonNull(choices);
    }

    @Override
    public void quit() {
        stage.close();
        Platform.exit();
    }

    public void closeSession() {
        if (session != null) {
            session.close();
            session = null;
        }
    }
}
