package io.casevault.ui.shell;

import io.casevault.app.AppExecutors;
import io.casevault.app.VaultSession;
import io.casevault.domain.Explained;
import io.casevault.ui.backup.BackupChoices;
import io.casevault.ui.backup.NativeBackupChoices;
import io.casevault.ui.common.AfterLayout;
import io.casevault.ui.common.Bundles;
import io.casevault.ui.common.Texts;
import io.casevault.ui.prefs.Language;
import io.casevault.ui.prefs.Preferences;
import io.casevault.ui.prefs.Theme;
import io.casevault.app.Progress;
import io.casevault.app.RecoveryReport;
import io.casevault.app.RecoveryService;
import io.casevault.app.backup.RestoreResult;
import io.casevault.app.backup.RestoreService;
import io.casevault.ui.common.Background;
import io.casevault.ui.recovery.RecoveryChoices;
import io.casevault.ui.recovery.RecoveryViewModel;
import io.casevault.ui.recovery.RecoveryViews;
import io.casevault.vault.BackupLog;
import io.casevault.vault.VaultDamagedException;
import io.casevault.vault.VaultException;
import io.casevault.vault.VaultLocation;
import io.casevault.vault.VaultLockedException;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * Holds the open vault and builds the main window around it (through {@link WindowWiring}); builds it again in
 * another language, and replaces the vault when the user opens another one. A vault that cannot be opened shows a
 * message, not a crash.
 */
public final class Shell implements ShellActions {
    private static final Logger LOG = LoggerFactory.getLogger(Shell.class);

    private final Stage stage;
    private final Scene scene;
    private final Preferences prefs;
    private final Clock clock;
    private final ZoneId zone;
    private final AppExecutors executors;
    private final WindowWiring.CaseTabs tabs;
    private VaultSession session;
    private WindowWiring window;
    private Function<Texts, BackupChoices> backupChoices = NativeBackupChoices::new;
    private RecoveryChoices recoveryChoices = RecoveryChoices.nativeChooser();
    /** The start-up notices show once per opened vault, not again when the language changes. */
    private boolean noticesShown;
    /** The first time the case list shows the cases is logged once per run (src/bench/startup.sh reads it). */
    private boolean casesShownLogged;
    private volatile boolean closed;

    public Shell(Stage stage, Scene scene, Preferences prefs, Clock clock, ZoneId zone, AppExecutors executors,
                 WindowWiring.CaseTabs tabs) {
        this.stage = Objects.requireNonNull(stage);
        this.scene = Objects.requireNonNull(scene);
        this.prefs = Objects.requireNonNull(prefs);
        this.clock = Objects.requireNonNull(clock);
        this.zone = Objects.requireNonNull(zone);
        this.executors = Objects.requireNonNull(executors);
        this.tabs = Objects.requireNonNull(tabs);
        Appearance.style(scene);
    }

    public Locale locale() {
        return prefs.language().locale(Locale.getDefault());
    }

    public ResourceBundle bundle() {
        return Bundles.load(locale());
    }

    /** The open vault's services: what the window shows, for tests in this package. */
    VaultSession session() {
        return session;
    }

    CaseListViewModel model() {
        return window.cases();
    }

    /** Opens the vault (created when missing) and shows its window, or a message saying why it cannot. */
    public boolean open(Path dir) {
        if (isOpen(dir)) {
            return true;
        }
        return show(dir, VaultOpening.attempt(dir, clock, executors));
    }

    /**
     * As {@link #open(Path)}, the vault opened and its window built on a background thread, and shown on the FX thread
     * when it and {@code before} (the fonts) are ready: at start the empty window shows meanwhile, instead of after all
     * that.
     */
    public void openInBackground(Path dir, CompletableFuture<?> before) {
        if (isOpen(dir)) {
            return;
        }
        showWhenOpened(dir, VaultOpening.inBackground(dir, clock, zone, executors), before);
    }

    /**
     * Shows the vault {@code dir} being opened by {@code opening} (started at launch, before this shell existed) when
     * it, its cases and {@code before} (the fonts) are ready, as {@link #openInBackground} does. The window's views are
     * built on an I/O thread as soon as the vault is open (nodes may be, until they are in a shown scene), while
     * another reads the cases, beside the FX thread's own start; the FX thread puts them in the scene.
     */
    public void showWhenOpened(Path dir, VaultOpening.Pending opening, CompletableFuture<?> before) {
        // async: a vault opened before the toolkit had started (as often) must not have the FX thread build the window
        // in this call, before the empty window is even shown; and the build begins before the title's texts load
        CompletableFuture<BuiltWindow> built = opening.opened().thenApplyAsync(this::buildAhead, executors.io());
        opening.withCases().thenCombine(built, Prepared::new)
                .thenCombine(before.exceptionally(e -> {
                    LOG.warn("Preparing the window failed; it opens without", e);
                    return null;
                }), (prepared, ignored) -> prepared)
                .thenAccept(prepared -> Platform.runLater(() -> show(dir, prepared.opening(), prepared.window())));
        stage.setTitle(new Texts(bundle()).text("app.title") + " — " + VaultLocation.resolve(dir).getFileName());
    }

    private boolean isOpen(Path dir) {
        return dir != null && session != null && session.dir().equals(dir.toAbsolutePath().normalize());
    }

    /** A vault opened and, when it opened, its window built but not shown yet (null: the FX thread builds it). */
    private record Prepared(VaultOpening opening, BuiltWindow window) {
    }

    /** The wiring of a window and its root, not in the scene yet. */
    private record BuiltWindow(WindowWiring wiring, Parent root) {
    }

    /** The window of a vault just opened, built on this thread; null when it did not open (or the FX thread builds). */
    private BuiltWindow buildAhead(VaultOpening opened) {
        if (opened.session() == null || closed) {
            return null;
        }
        try {
            BuiltWindow built = build(opened.session());
            built.wiring().buildShownTab(); // the first case shows in it: built here, not on the FX thread
            return built;
        } catch (RuntimeException e) {
            LOG.warn("Building the window beside the start failed; the FX thread builds it", e);
            return null;
        }
    }

    /** The window for {@code opened} in the current language, built on the calling thread and not shown yet. */
    private BuiltWindow build(VaultSession opened) {
        Texts texts = new Texts(bundle());
        WindowWiring wiring = new WindowWiring(opened, texts, executors, clock, zone, this, backupChoices.apply(texts));
        return new BuiltWindow(wiring, wiring.build(tabs));
    }

    private boolean show(Path dir, VaultOpening opening) {
        return show(dir, opening, null);
    }

    private boolean show(Path dir, VaultOpening opening, BuiltWindow built) {
        if (closed) { // the window closed while the vault was opening
            if (opening.session() != null) {
                opening.session().close();
            }
            return false;
        }
        if (opening.session() != null) {
            closeSession();
            session = opening.session();
            noticesShown = false;
            prefs.setLastVault(session.dir());
            rebuild(null, opening.cases(), built);
            return true;
        }
        RuntimeException failure = opening.failure();
        if (failure instanceof VaultDamagedException e) {
            LOG.warn("The vault {} is damaged: {}", dir, e.details());
            showRecovery(VaultLocation.resolve(dir), e.details());
        } else if (failure instanceof VaultLockedException e) {
            LOG.warn("The vault {} is locked by another process: {}", dir, e.getMessage());
            showProblem(bundle().getString("app.vaultLocked"), dir);
        } else if (failure instanceof VaultException || failure instanceof UncheckedIOException) {
            LOG.error("The vault {} could not be opened", dir, failure);
            Texts texts = new Texts(bundle());
            // a failure that explains itself (a vault from a newer CaseVault, ...) is its own sentence, translated
            showProblem(failure instanceof Explained explained ? texts.text(explained.reason())
                    : texts.text("app.vaultFailed", failure.getMessage()), dir);
        } else {
            throw failure;
        }
        return false;
    }

    private void showProblem(String message, Path dir) {
        if (session == null) {
            scene.setRoot(new VaultProblemPane(bundle(), message, dir, this::chooseOther, this::quit));
        } else {
            window.showProblem(message);
        }
    }

    /** The damaged vault's pane: what is damaged, and recovery or a backup into a new vault. */
    private void showRecovery(Path dir, java.util.List<String> details) {
        closeSession();
        Texts texts = new Texts(bundle());
        RecoveryViewModel model = new RecoveryViewModel(dir, details, recoveryServices(), texts,
                new Background(executors, w -> { }), clock.withZone(zone), this::open);
        scene.setRoot(RecoveryViews.pane(model, texts, recoveryChoices, this::chooseOther));
        stage.setTitle(texts.text("app.title") + " — " + dir.getFileName());
    }

    private RecoveryViewModel.Services recoveryServices() {
        return new RecoveryViewModel.Services() {
            @Override
            public RecoveryReport recover(Path damaged, Path out, Progress progress) {
                return RecoveryService.recover(damaged, out, clock, progress);
            }

            @Override
            public RestoreResult restore(Path backup, Path out, Progress progress) {
                return RestoreService.restore(backup, out, clock, progress);
            }

            @Override
            public Optional<BackupLog.Entry> latestBackup(Path damaged) {
                return RecoveryService.latestBackup(damaged);
            }
        };
    }

    /** Replaces the native folder chooser of the recovery pane (tests cannot drive it). */
    public void useRecoveryChoices(RecoveryChoices choices) {
        this.recoveryChoices = Objects.requireNonNull(choices);
    }

    private void chooseOther() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(bundle().getString("menu.file.openVault.title"));
        File chosen = chooser.showDialog(stage);
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    /**
     * Builds the window from the current vault and language (or shows {@code built}, built beforehand for it),
     * showing {@code cases} when they were read already; selects {@code select} (or the first case).
     */
    private void rebuild(Long select, CaseListViewModel.Listing cases, BuiltWindow built) {
        BuiltWindow shown = built != null ? built : build(session);
        window = shown.wiring();
        scene.setRoot(shown.root());
        stage.setTitle(new Texts(bundle()).text("app.title") + " — " + session.dir().getFileName());
        window.start(select, cases);
        if (!casesShownLogged) {
            casesShownLogged = true;
            whenCasesShown(window.cases(), this::logCasesShown);
        }
        // the shown tab's view, built beside the start, follows the first frame with the cases, which so waits for
        // the case list's styling and layout alone; then the hidden tabs' views, one per pause
        WindowWiring shownIn = window;
        whenCasesShown(window.cases(), () -> Platform.runLater(shownIn::showShownTab)); // before the next pulse
        whenCasesShown(window.cases(), window::buildHiddenTabsAhead);
        if (!noticesShown) {
            noticesShown = true;
            // after the first frame with the cases: the deadlines and the reading of screenshots, in the background,
            // do not compete with the window's first layout for the cores
            whenCasesShown(window.cases(), () -> {
                window.announceStartNotices(prefs.backupReminderDays());
                window.startReading();
            });
        } else {
            window.startReading();
        }
    }

    /**
     * Runs {@code then} once, after the layout pass that first placed the cases in a shown window — on the frame the
     * user sees them.
     */
    private void whenCasesShown(CaseListViewModel cases, Runnable then) {
        AfterLayout.once(scene, () -> cases.loaded().get() && stage.isShowing(), then);
    }

    /** The moment the case list first showed the cases, with the wall clock (src/bench/startup.sh reads it). */
    private void logCasesShown() {
        long now = System.currentTimeMillis();
        long sinceStart = ProcessHandle.current().info().startInstant()
                .map(start -> now - start.toEpochMilli()).orElse(-1L);
        LOG.info("Case list shown ({} cases) at {} ms since the epoch, {} ms after the process started",
                window.cases().cases().size(), now, sinceStart);
    }

    @Override
    public void openVault(Path dir) {
        open(dir);
    }

    @Override
    public void switchLanguage(Language language) {
        prefs.setLanguage(language);
        if (session != null) {
            WindowWiring.Place place = window.place();
            rebuild(window.cases().selectedId().get(), null, null);
            window.restore(place);
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
    public Optional<Path> evidenceFolder() {
        return prefs.evidenceFolder();
    }

    @Override
    public void setEvidenceFolder(Path folder) {
        prefs.setEvidenceFolder(folder);
    }

    /** Replaces the native file dialogs of the backup commands (tests cannot drive those). */
    public void useBackupChoices(Function<Texts, BackupChoices> choices) {
        this.backupChoices = Objects.requireNonNull(choices);
    }

    @Override
    public void quit() {
        stage.close();
        Platform.exit();
    }

    /** Closes the open vault; one still opening is closed when it is ready, and not shown. */
    public void close() {
        closed = true;
        closeSession();
    }

    public void closeSession() {
        if (window != null) {
            window.stopBuildingAhead();
        }
        if (session != null) {
            session.close();
            session = null;
        }
    }
}
