package io.casevault.ui.shell;

import io.casevault.app.AppExecutors;
import io.casevault.app.AppInfo;
import io.casevault.app.VaultSession;
import io.casevault.ui.about.AboutDialog;
import io.casevault.ui.backup.BackupActions;
import io.casevault.ui.backup.BackupChoices;
import io.casevault.ui.cases.CaseDialog;
import io.casevault.ui.cases.OverviewController;
import io.casevault.ui.cases.OverviewViewModel;
import io.casevault.ui.cases.ServiceOverviewDialogs;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.CaseView;
import io.casevault.ui.common.Formats;
import io.casevault.ui.common.FxmlLoaderFactory;
import io.casevault.ui.common.FxmlView;
import io.casevault.ui.suggestions.SuggestionsDialog;
import io.casevault.ui.common.Tasks;
import io.casevault.ui.common.Texts;
import io.casevault.ui.common.WriteAccess;
import io.casevault.ui.evidence.EvidenceController;
import io.casevault.ui.evidence.EvidenceViews;
import io.casevault.ui.export.ExportViews;
import io.casevault.ui.guidance.DueNotice;
import io.casevault.ui.mail.OwnAddresses;
import io.casevault.ui.timeline.TimelineController;
import io.casevault.ui.timeline.TimelineViews;
import io.casevault.ui.transactions.ServiceTransactionDialogs;
import io.casevault.ui.transactions.TransactionsController;
import io.casevault.ui.transactions.TransactionsViewModel;
import io.casevault.ui.welcome.WelcomeController;
import io.casevault.ui.welcome.WelcomeViewModel;
import io.casevault.vault.DiskFullException;
import io.casevault.vault.SyncFolders;
import io.casevault.vault.Vault;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Parent;
import javafx.stage.Window;
import javafx.util.Duration;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The window's composition root: for one open vault and one language it builds the texts, the background (the
 * application's executors and the status bar), the notifications, every view model with the few services it uses,
 * and registers every controller with one {@link FxmlLoaderFactory}. The only window code (with {@link Shell} and the
 * application) that sees the whole {@link VaultSession}.
 */
public final class WindowWiring {

    /** Chooses the case tabs of a window, in tab order, from the views this wiring builds. */
    @FunctionalInterface
    public interface CaseTabs {
        List<CaseTab<?>> create(WindowWiring window);
    }

    private final VaultSession session;
    private final Texts texts;
    private final Formats formats;
    private final Clock clock;
    private final ZoneId zone;
    private final ShellActions shell;
    private final BackupChoices choices;
    private final StatusBarViewModel status = new StatusBarViewModel();
    private final Background background;
    private final WindowServices services;
    /** The clock in the window's time zone, as the views and dialogs count days. */
    private final Clock zoned;
    private final CaseListViewModel cases;
    private final RecognitionRun reading;
    private final FxmlLoaderFactory factory;
    private final OwnAddresses ownAddresses;
    /** Whether the window may change the vault; every action that does is bound to it once, in {@link #build}. */
    private final WriteAccess writes = new WriteAccess();
    /** The vault became read-only because its disk filled while the window wrote: trying again can end it. */
    private final SimpleBooleanProperty filled = new SimpleBooleanProperty();
    private Parent root;
    private BackupActions backups;
    private MainWindowController mainWindow;
    private CaseTabsController caseTabs;

    /**
     * What the user was looking at — the case tab, what each tab had selected, where the divider is and how far each
     * list was scrolled — kept when the window is built again.
     */
    public record Place(String tabKey, Map<String, Long> selections, double divider, ScrollPositions scroll) {
        public Place {
            selections = Map.copyOf(selections);
            Objects.requireNonNull(scroll);
        }
    }

    public WindowWiring(VaultSession session, Texts texts, AppExecutors executors, Clock clock, ZoneId zone,
                        ShellActions shell, BackupChoices choices) {
        this.session = Objects.requireNonNull(session);
        this.texts = Objects.requireNonNull(texts);
        this.clock = Objects.requireNonNull(clock);
        this.zone = Objects.requireNonNull(zone);
        this.shell = Objects.requireNonNull(shell);
        this.choices = Objects.requireNonNull(choices);
        this.formats = new Formats(texts.bundle(), texts.locale(), zone);
        this.background = new Background(executors, status);
        this.zoned = clock.withZone(zone);
        // the reading has its own place in the status bar, so it is not listed among the other tasks there
        this.reading = new RecognitionRun(session.recognition()::recogniseNow, texts,
                Background.using(executors.cpu(), worker -> { }), WindowWiring::onFxThread);
        this.services = new WindowServices(session, clock, zone, reading::start);
        this.cases = new CaseListViewModel(services.caseList(), texts, formats, background, status, clock, zone,
                new FxPause(Duration.millis(150)));
        // a search that found cases by their screenshots' text is asked again as more screenshots are read
        reading.read().addListener((o, was, now) -> cases.screenshotTextRead());
        this.factory = new FxmlLoaderFactory(texts.bundle());
        this.ownAddresses = OwnAddresses.of(session.mailAddresses(), texts, background, status,
                () -> root == null || root.getScene() == null ? null : root.getScene().getWindow())
                // e-mails change direction with the addresses: the shown case's threads and clocks are read again
                .whenChanged(() -> cases.selected().ifPresent(c -> cases.caseChanged(c.theCase().id())));
        registerCaseViews();
        session.readOnlyCause().ifPresent(cause -> writes.refuse(readOnlyText(cause)));
        // a full disk met by any of the window's work: the view says so in its sentence; when nothing can be written
        // any more the window goes read-only, rather than failing at every action
        status.onFailure(error -> {
            if (DiskFullException.isDiskFull(error) && !writes.readOnly().get()) {
                whenNoRoom(() -> {
                    filled.set(true);
                    writes.refuse(readOnlyText(Vault.ReadOnlyCause.DISK_FULL));
                });
            }
        });
    }

    private String readOnlyText(Vault.ReadOnlyCause cause) {
        return texts.text("readonly.banner", texts.text(switch (cause) {
            case FOLDER -> "readonly.folder";
            case LOCKED -> "readonly.locked";
            case DISK_FULL -> "readonly.diskFull";
        }));
    }

    /** Runs {@code then} on the FX thread when the vault has no room to write, found off it. */
    private void whenNoRoom(Runnable then) {
        Tasks.create(session::hasRoomToWrite).onSuccess(room -> {
            if (!room) {
                then.run();
            }
        }).run(background.io());
    }

    /** After a full disk: writing again when there is room, else saying it is still full. */
    private void tryWritingAgain() {
        Tasks.create(session::hasRoomToWrite).onSuccess(room -> {
            if (room) {
                filled.set(false);
                writes.allow();
            } else {
                status.error(texts.text("readonly.retry"), texts.text("readonly.stillFull"));
            }
        }).run(background.io());
    }

    /** The overview and transactions tabs; the evidence, timeline and export tabs register through their wiring. */
    private void registerCaseViews() {
        factory.register(OverviewController.class, () -> new OverviewController(new OverviewViewModel(
                services.overview(), texts, formats, background, status, cases, clock, zone), texts, formats,
                new ServiceOverviewDialogs(session.cases(), session.guidance(), session.followUps(), texts,
                        background, zoned)));
        factory.register(TransactionsController.class, () -> new TransactionsController(new TransactionsViewModel(
                services.transactions(), texts, formats, background, status), texts, formats,
                new ServiceTransactionDialogs(session.transactions(), session.statements(), texts, background,
                        status, zoned)));
    }

    /** Builds the main window around the chosen case tabs and returns its root. */
    public Parent build(CaseTabs tabs) {
        List<CaseTab<?>> views = tabs.create(this);
        CaseListController list = new CaseListController(cases, texts, formats, this::newCase);
        caseTabs = new CaseTabsController(views, texts, cases, status,
                id -> Tasks.create(() -> { // the case's transactions, then the timeline built from them
                    session.transactions().readAhead(id);
                    return session.timeline().readAhead(id, zone);
                }).run(background.ahead()), Bindings.isEmpty(status.running()));
        backups = new BackupActions(services.backups(), choices, texts, background, status, clock,
                zone, this::window, shell::openVault, cases::caseAdded);
        WindowCommands commands = new WindowCommands() {
            @Override
            public void newCase() {
                WindowWiring.this.newCase();
            }

            @Override
            public void importMail() {
                caseTabs.importMail();
            }

            @Override
            public void ownAddresses() {
                ownAddresses.edit();
            }

            @Override
            public void paste() {
                caseTabs.paste();
            }

            @Override
            public void find() {
                list.focusSearch();
            }

            @Override
            public List<String> tabKeys() {
                return caseTabs.viewKeys();
            }

            @Override
            public void showTab(String titleKey) {
                caseTabs.selectView(titleKey);
            }

            @Override
            public void about() {
                AboutDialog.create(texts.bundle(), session.dir(), AppInfo.logDir(), window()).show();
            }
        };
        mainWindow = new MainWindowController(cases, () -> {
            Parent welcome = factory.load(FxmlView.WELCOME).getRoot();
            writes.guardAll(welcome);
            return welcome;
        });
        factory.register(MainWindowController.class, () -> mainWindow)
                .register(MenusController.class, () -> new MenusController(new MenusViewModel(shell, cases,
                        session.dir()), texts, backups, commands, writes))
                .register(CaseListController.class, () -> list)
                .register(CaseHeaderController.class, () -> new CaseHeaderController(new CaseHeaderViewModel(cases,
                        formats), (owner, id) -> new SuggestionsDialog(session.suggestions(), texts, background)
                        .show(owner, id, () -> cases.caseChanged(id))))
                .register(CaseTabsController.class, () -> caseTabs)
                .register(StatusBarController.class, () -> new StatusBarController(status, reading, texts))
                .register(WelcomeController.class, () -> new WelcomeController(new WelcomeViewModel(
                        services.sampleStore(), texts, background, status, cases, clock, zone), this::newCase));
        root = factory.load(FxmlView.MAIN_WINDOW).getRoot();
        writes.guardAll(root);
        views.forEach(tab -> tab.whenBuilt(view -> writes.guardAll(view.root())));
        writes.refuseDrops(root);
        mainWindow.showUnderMenus(new ReadOnlyBanner(writes, texts, filled, this::tryWritingAgain));
        return root;
    }

    /** The five case tabs of the application, in order; each view is built when first needed. */
    public List<CaseTab<?>> standardTabs() {
        CaseTab<EvidenceController> evidence = new CaseTab<>("evidence.tab", EvidenceController.class,
                this::evidence);
        return List.of(new CaseTab<>("overview.tab", CaseView.class, this::overview),
                new CaseTab<>("tx.tab", CaseView.class, this::transactions), evidence,
                new CaseTab<>("timeline.tab", TimelineController.class, () -> {
                    TimelineController timeline = timeline();
                    timeline.setOnEvidenceOpened(id -> evidence.view().reveal(id));
                    return timeline;
                }),
                new CaseTab<>("export.tab", CaseView.class, this::export));
    }

    public CaseView overview() {
        return factory.load(FxmlView.OVERVIEW).getController();
    }

    public CaseView transactions() {
        return factory.load(FxmlView.TRANSACTIONS).getController();
    }

    public EvidenceController evidence() {
        return new EvidenceViews(session.evidence(), session.mail(), session.transactions(), session.followUps(),
                session.thumbnails(), session.lookAlikes(), session.recognition(), texts, background, zoned, status)
                .rememberingFolders(shell::evidenceFolder, shell::setEvidenceFolder)
                .afterAdding(reading::start).refreshingTextWhen(reading.read())
                .beforeImportingMail(ownAddresses::beforeImport).withSuggestions(session.suggestions(), cases)
                .load(factory);
    }

    public TimelineController timeline() {
        return new TimelineViews(session.timeline(), session.guidance(), session.evidence(), session.followUps(),
                texts, background, zoned, status, cases).withMailThreads(session.mailThreads()::conversations)
                .load(factory);
    }

    public CaseView export() {
        return new ExportViews(session.exports(), session.cases(), session.formTexts(), session.originals(), texts,
                background, zoned, status).load(factory);
    }

    /**
     * Shows {@code first} (the cases read with the vault) or, without it, loads the cases, and selects {@code select}
     * (or the first); loaded, the window shows them when they arrive. Reading screenshots waits for
     * {@link #startReading()}.
     */
    public void start(Long select, CaseListViewModel.Listing first) {
        if (first != null) {
            cases.show(first, select);
        } else {
            cases.reload(select);
        }
        // a full disk pauses thumbnails and reading; the window says so once and keeps working
        session.recognition().onPause(reason -> status.info(texts.text("diskfull.paused"), texts.text(reason)));
        session.thumbnails().onPause(reason -> status.info(texts.text("diskfull.paused"), texts.text(reason)));
    }

    /**
     * Builds the shown case tab's view, before the window is shown (the shell does so off the FX thread at start); it
     * goes in its tab with {@link #showShownTab}.
     */
    public void buildShownTab() {
        caseTabs.buildShownView();
    }

    /** Puts the view {@link #buildShownTab} built in its tab: after the first frame with the cases. */
    public void showShownTab() {
        caseTabs.showHeldViews();
    }

    /** Builds the hidden case tabs' views one at a time; the shell calls it once the case list is on screen. */
    public void buildHiddenTabsAhead() {
        caseTabs.buildHiddenViewsAhead();
    }

    /** Builds no more hidden tabs' views: the vault is closing. */
    public void stopBuildingAhead() {
        caseTabs.stopBuildingAhead();
    }

    /**
     * Reads the screenshots whose text is not read yet, in the background one at a time; a model that cannot load
     * stops only this (the service logs its sentence, the viewer shows it). The shell starts it once the cases show.
     */
    public void startReading() {
        reading.start();
    }

    /**
     * The start-up notices, under the menus until dismissed: a vault in a synchronised or network folder, deadlines
     * that have come, and the backup reminder when the last backup is older than {@code backupEveryDays}. Once per
     * opened vault; the shell decides when.
     */
    public void announceStartNotices(int backupEveryDays) {
        // SQLite's write-ahead log is not safe in a network or synchronised folder: said once, kept until dismissed
        SyncFolders.check(session.dir()).ifPresent(warning -> status.noticeBoard().error(
                texts.text("syncfolder.title"), texts.text(warning)));
        new DueNotice(session.guidance()::due, texts, formats, background, status.noticeBoard(), clock, zone).show();
        backups.remindIfDue(backupEveryDays, status.noticeBoard());
    }

    /** The tab shown, the selections, the divider's and the scroll positions, to keep across a rebuild. */
    public Place place() {
        return new Place(caseTabs.selectedViewKey(), caseTabs.selectedItems(), mainWindow.divider(),
                ScrollPositions.of(root));
    }

    /** Shows the tab, selects, scrolls and puts the divider where they were before a rebuild. */
    public void restore(Place place) {
        caseTabs.selectAgain(place.selections());
        if (place.tabKey() != null) {
            caseTabs.selectView(place.tabKey());
        }
        mainWindow.setDivider(place.divider());
        place.scroll().applyTo(root);
    }

    /** A problem outside any view, such as another vault that could not be opened. */
    public void showProblem(String message) {
        status.error(texts.text("app.vaultProblem"), message);
    }

    /** Whether the window may change the vault. */
    WriteAccess writes() {
        return writes;
    }

    /** The case list and selection, for the shell (it keeps the selection across a language switch). */
    public CaseListViewModel cases() {
        return cases;
    }

    private void newCase() {
        new CaseDialog(session.cases(), texts, background, zoned).show(window(), null,
                created -> cases.caseAdded(created.id()));
    }

    private static void onFxThread(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    private Window window() {
        return root.getScene().getWindow();
    }
}
