package io.casevault.ui.shell;

import io.casevault.app.AppInfo;
import io.casevault.app.CaseSummary;
import io.casevault.domain.Case;
import io.casevault.domain.CaseStatus;
import io.casevault.domain.guidance.Deadline;
import io.casevault.ui.about.AboutDialog;
import io.casevault.ui.backup.BackupActions;
import io.casevault.ui.cases.CaseDialog;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.CaseView;
import io.casevault.ui.common.DisplayConverter;
import io.casevault.ui.common.Formats;
import io.casevault.ui.common.NavigationEvent;
import io.casevault.ui.common.PasteTarget;
import io.casevault.ui.common.UiContext;
import io.casevault.ui.prefs.Language;
import io.casevault.ui.prefs.Theme;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Worker;
import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.controlsfx.control.StatusBar;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The main window: the case list on the left, the selected case with its views on the right, menus and the status
 * bar. It binds controls to {@link CaseListModel} and {@link StatusModel} and forwards commands; it holds no state.
 */
public final class MainWindowController {
    private final UiContext ctx;
    private final CaseListModel model;
    private final StatusModel status;
    private final List<CaseView> views;
    private final Node welcome;
    private final ShellActions actions;
    private final Formats formats;

    @FXML private StackPane rootStack;
    @FXML private VBox listPane;
    @FXML private TextField search;
    @FXML private ComboBox<CaseStatus> statusFilter;
    @FXML private ListView<CaseSummary> caseList;
    @FXML private StackPane content;
    @FXML private VBox casePane;
    @FXML private Label caseTitle;
    @FXML private Label sampleMark;
    @FXML private Label caseDaysLeft;
    @FXML private Label caseProvider;
    @FXML private Label caseStatus;
    @FXML private Label caseAmount;
    @FXML private Label caseNextDue;
    @FXML private TabPane tabs;
    @FXML private StatusBar statusBar;
    @FXML private RadioMenuItem lightItem;
    @FXML private RadioMenuItem darkItem;
    @FXML private RadioMenuItem systemLanguageItem;
    @FXML private RadioMenuItem englishItem;
    @FXML private RadioMenuItem chineseItem;
    @FXML private Menu backupReminderMenu;
    @FXML private MenuItem exportBundleItem;
    private BackupActions backups;

    public MainWindowController(UiContext ctx, CaseListModel model, StatusModel status, List<CaseView> views,
                                Node welcome, ShellActions actions) {
        this.ctx = Objects.requireNonNull(ctx);
        this.model = Objects.requireNonNull(model);
        this.status = Objects.requireNonNull(status);
        this.views = List.copyOf(views);
        this.welcome = Objects.requireNonNull(welcome);
        this.actions = Objects.requireNonNull(actions);
        this.formats = Formats.of(ctx);
    }

    @FXML
    private void initialize() {
        javafx.scene.control.SplitPane.setResizableWithParent(listPane, false);
        search.textProperty().bindBidirectional(model.query());
        List<CaseStatus> filters = new ArrayList<>();
        filters.add(null);
        filters.addAll(List.of(CaseStatus.values()));
        statusFilter.getItems().setAll(filters);
        statusFilter.setConverter(DisplayConverter.of(formats::status, ctx.text("caselist.allStatuses")));
        statusFilter.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(CaseStatus item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : statusFilter.getConverter().toString(item));
            }
        });
        statusFilter.valueProperty().bindBidirectional(model.statusFilter());
        caseList.setItems(model.visible());
        caseList.setCellFactory(v -> new CaseListCell(formats, ctx.bundle(), this::dueLine, id -> {
            Integer n = model.transactionMatches().get().get(id);
            return n == null ? null : ctx.text("caselist.txMatches", n);
        }));
        model.transactionMatches().addListener((o, before, now) -> caseList.refresh());
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(Bindings.isEmpty(model.cases()))
                .then(ctx.text("caselist.none")).otherwise(ctx.text("caselist.empty")));
        placeholder.getStyleClass().add("text-muted");
        caseList.setPlaceholder(placeholder);
        caseList.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> {
            if (item != null && !Objects.equals(model.selectedId().get(), item.theCase().id())) {
                model.selectedId().set(item.theCase().id());
            }
        });
        model.selectedId().addListener((o, old, id) -> showSelected());
        model.cases().addListener((ListChangeListener<CaseSummary>) c -> updateContent());
        model.loaded().addListener((o, a, b) -> updateContent());
        for (CaseView view : views) {
            Tab tab = new Tab(ctx.text(view.titleKey()), view.root());
            tab.setUserData(view);
            tabs.getTabs().add(tab);
        }
        tabs.getSelectionModel().selectedItemProperty().addListener((o, old, tab) -> {
            Long id = model.selectedId().get();
            if (id != null) {
                showInSelectedTab(id);
            }
        });
        rootStack.addEventHandler(NavigationEvent.OPEN, this::navigate);
        content.getChildren().add(welcome);
        setUpStatusBar();
        ToastPane toasts = new ToastPane(status, ctx.bundle());
        StackPane.setAlignment(toasts, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(toasts, new Insets(0, 16, 44, 0));
        rootStack.getChildren().add(toasts);
        (actions.theme() == Theme.DARK ? darkItem : lightItem).setSelected(true);
        switch (actions.language()) {
            case ENGLISH -> englishItem.setSelected(true);
            case CHINESE -> chineseItem.setSelected(true);
            default -> systemLanguageItem.setSelected(true);
        }
        setUpBackups();
        updateContent();
    }

    private void setUpBackups() {
        backups = new BackupActions(ctx, actions.backupChoices(ctx), () -> rootStack.getScene().getWindow(),
                actions::openVault, model::caseAdded);
        BackupActions.fillReminderMenu(ctx, backupReminderMenu, actions::backupReminderDays,
                actions::setBackupReminderDays);
        exportBundleItem.disableProperty().bind(model.selectedId().isNull());
        backups.remindIfDue(actions.backupReminderDays());
    }

    private void setUpStatusBar() {
        statusBar.setText(ctx.text("status.ready"));
        status.running().addListener((ListChangeListener<Worker<?>>) c -> {
            statusBar.textProperty().unbind();
            statusBar.progressProperty().unbind();
            if (status.running().isEmpty()) {
                statusBar.setText(ctx.text("status.ready"));
                statusBar.setProgress(0);
                return;
            }
            Worker<?> first = status.running().get(0);
            int more = status.running().size() - 1;
            statusBar.textProperty().bind(Bindings.createStringBinding(() -> more > 0
                            ? ctx.text("status.runningMore", first.getTitle(), more) : first.getTitle(),
                    first.titleProperty()));
            statusBar.progressProperty().bind(first.progressProperty());
        });
        statusBar.setAccessibleText(ctx.text("status.accessible"));
    }

    private void updateContent() {
        boolean empty = model.loaded().get() && model.cases().isEmpty();
        welcome.setVisible(empty);
        casePane.setVisible(!empty && model.selected().isPresent());
    }

    private void showSelected() {
        Optional<CaseSummary> selected = model.selected();
        updateContent();
        if (selected.isEmpty()) {
            caseList.getSelectionModel().clearSelection();
            return;
        }
        CaseSummary s = selected.get();
        if (caseList.getSelectionModel().getSelectedItem() != s) {
            caseList.getSelectionModel().select(s);
            caseList.scrollTo(s);
        }
        Case c = s.theCase();
        caseTitle.setText(c.title());
        sampleMark.setVisible(c.sample());
        sampleMark.setManaged(c.sample());
        caseProvider.setText(c.provider());
        caseStatus.setText(formats.status(c.status()));
        caseAmount.setText(c.amount() == null ? "" : formats.money(c.amount()));
        caseDaysLeft.setText(c.status().isClosed() ? "" : formats.daysLeft(s.daysLeft()));
        caseDaysLeft.getStyleClass().setAll("deadline-badge", CaseListCell.badgeStyle(s));
        caseDaysLeft.setVisible(!c.status().isClosed());
        Optional<CaseListCell.DueLine> due = dueLine(s);
        caseNextDue.setText(due.map(CaseListCell.DueLine::text).orElse(""));
        caseNextDue.getStyleClass().setAll("label", due.map(d -> d.overdue() ? "due-overdue" : "due-soon")
                .orElse("due-soon"));
        showInSelectedTab(c.id());
    }

    /**
     * Only the visible tab loads the case; another tab loads it when it is selected, and then shows whatever the other
     * tabs changed meanwhile (evidence added, a follow-up logged). Opening a large case stays quick.
     */
    private void showInSelectedTab(long caseId) {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        if (tab != null && tab.getUserData() instanceof CaseView view) {
            view.showCase(caseId);
        }
    }

    /**
     * The case's most urgent deadline when it is a response clock or a planned follow-up (the complaint window has
     * its own badge), worded for the list and the header.
     */
    private Optional<CaseListCell.DueLine> dueLine(CaseSummary s) {
        Deadline d = model.nextDue().get(s.theCase().id());
        if (d == null || d.kind() == Deadline.Kind.COMPLAINT_WINDOW || s.theCase().status().isClosed()) {
            return Optional.empty();
        }
        long days = d.daysLeft(model.today());
        String what = d.kind() == Deadline.Kind.RESPONSE
                ? ctx.text("deadline.short.RESPONSE", ctx.text("followup.channel." + d.channel().name()))
                : ctx.text("deadline.short.FOLLOW_UP");
        return Optional.of(new CaseListCell.DueLine(ctx.text("deadline.short", what, formats.daysLeft(days)),
                days < 0));
    }

    /** Selects the tab a view asked for and starts the action it named there. */
    private void navigate(NavigationEvent e) {
        e.consume();
        tabs.getTabs().stream().filter(t -> t.getUserData() instanceof CaseView v && v.titleKey().equals(e.viewKey()))
                .findFirst().ifPresent(t -> {
                    tabs.getSelectionModel().select(t);
                    if (e.action() != null) {
                        ((CaseView) t.getUserData()).perform(e.action());
                    }
                });
    }

    @FXML
    void newCase() {
        new CaseDialog(ctx.session().cases(), ctx.texts(), Background.using(ctx.background(), ctx.work()), ctx.clock()
                .withZone(ctx.zone())).show(rootStack.getScene().getWindow(), null, c -> model.caseAdded(c.id()));
    }

    @FXML
    private void openVault() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(ctx.text("menu.file.openVault.title"));
        File current = ctx.session().dir().toFile();
        if (current.getParentFile() != null && current.getParentFile().isDirectory()) {
            chooser.setInitialDirectory(current.getParentFile());
        }
        File dir = chooser.showDialog(rootStack.getScene().getWindow());
        if (dir != null) {
            actions.openVault(dir.toPath());
        }
    }

    @FXML
    private void backUp() {
        backups.backUp();
    }

    @FXML
    private void restoreBackup() {
        backups.restore();
    }

    @FXML
    private void exportBundle() {
        model.selected().ifPresent(s -> backups.exportBundle(s.theCase().id(), s.theCase().title()));
    }

    @FXML
    private void importBundle() {
        backups.importBundle();
    }

    @FXML
    private void quit() {
        actions.quit();
    }

    /** Forwards "Paste evidence" to the selected view when it takes pastes, else says where to paste. */
    @FXML
    public void paste() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        Optional<PasteTarget> target = Optional.ofNullable(tab).map(Tab::getUserData)
                .filter(PasteTarget.class::isInstance).map(PasteTarget.class::cast);
        if (target.isEmpty()) {
            target = views.stream().filter(PasteTarget.class::isInstance).map(PasteTarget.class::cast).findFirst();
            target.ifPresent(t -> tabs.getTabs().stream().filter(x -> x.getUserData() == t).findFirst()
                    .ifPresent(x -> tabs.getSelectionModel().select(x)));
        }
        if (target.isPresent() && model.selected().isPresent()) {
            target.get().paste();
        } else {
            ctx.notifier().info(ctx.text("menu.edit.paste"), ctx.text("status.pasteNeedsCase"));
        }
    }

    /** A problem outside any view, such as another vault that could not be opened. */
    public void showProblem(String message) {
        ctx.notifier().error(ctx.text("app.vaultProblem"), message);
    }

    @FXML
    private void find() {
        search.requestFocus();
        search.selectAll();
    }

    @FXML
    private void lightTheme() {
        actions.switchTheme(Theme.LIGHT);
    }

    @FXML
    private void darkTheme() {
        actions.switchTheme(Theme.DARK);
    }

    @FXML
    private void systemLanguage() {
        actions.switchLanguage(Language.SYSTEM);
    }

    @FXML
    private void english() {
        actions.switchLanguage(Language.ENGLISH);
    }

    @FXML
    private void chinese() {
        actions.switchLanguage(Language.CHINESE);
    }

    @FXML
    private void about() {
        AboutDialog.create(ctx.bundle(), ctx.session().dir(), AppInfo.logDir(), rootStack.getScene().getWindow())
                .show();
    }
}
