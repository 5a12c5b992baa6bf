package io.casevault.ui.timeline;

import io.casevault.app.CaseTimeline;
import io.casevault.app.VaultSession;
import io.casevault.domain.Evidence;
import io.casevault.domain.FollowUp;
import io.casevault.domain.TimelineEvent;
import io.casevault.ui.common.CaseView;
import io.casevault.ui.common.Tasks;
import io.casevault.ui.common.UiContext;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * Every dated event of a case in time order, in a virtualized list (a screenful of cells whatever the length), with
 * icons per kind and channel, due and overdue dates marked, a filter per kind and "Log follow-up".
 *
 * <p>Construct with a {@link UiContext}; {@link #setOnEvidenceOpened} lets the main window show an exhibit that was
 * double-clicked here.
 */
public final class TimelineView implements CaseView {
    private final UiContext ctx;
    private final VaultSession session;
    private final BorderPane root = new BorderPane();
    private final ObservableList<TimelineRow> rows = FXCollections.observableArrayList();
    private final FilteredList<TimelineRow> visible = new FilteredList<>(rows);
    private final ListView<TimelineRow> list = new ListView<>(visible);
    private final Map<TimelineEvent.Kind, ToggleButton> filters = new EnumMap<>(TimelineEvent.Kind.class);
    private final Label count = new Label();
    private final Button log;
    private LongConsumer onEvidenceOpened = id -> {
    };
    private long caseId;
    private Task<?> loading;
    private javafx.scene.control.Dialog<FollowUpForm> openDialog;

    public TimelineView(UiContext ctx) {
        this.ctx = Objects.requireNonNull(ctx);
        this.session = ctx.session();
        String due = ctx.text("timeline.badge.due");
        String overdue = ctx.text("timeline.badge.overdue");
        list.setCellFactory(v -> new TimelineCell(due, overdue));
        list.setFixedCellSize(34);
        list.setPlaceholder(new Label(ctx.text("timeline.empty")));
        list.getStyleClass().add("timeline-list");
        list.setOnMouseClicked(e -> {
            TimelineRow row = list.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && row != null
                    && row.kind() == TimelineEvent.Kind.EVIDENCE && row.refId() != null) {
                onEvidenceOpened.accept(row.refId());
            }
        });
        log = new Button(ctx.text("timeline.logFollowUp"), new FontIcon("mdi2m-message-plus-outline"));
        log.getStyleClass().add("accent");
        log.setOnAction(e -> openFollowUpDialog());
        HBox toggles = new HBox(4);
        for (TimelineEvent.Kind kind : TimelineEvent.Kind.values()) {
            ToggleButton b = new ToggleButton(ctx.text("timeline.kind." + kind.name()),
                    new FontIcon(TimelineIcons.kind(kind, false)));
            b.setSelected(true);
            b.setTooltip(new Tooltip(ctx.text("timeline.filter.tip")));
            b.selectedProperty().addListener((o, a, sel) -> applyFilter());
            filters.put(kind, b);
            toggles.getChildren().add(b);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        count.getStyleClass().add("text-muted");
        root.setTop(new ToolBar(log, new javafx.scene.control.Separator(javafx.geometry.Orientation.VERTICAL), toggles, spacer, count));
        root.setCenter(list);
        root.getStyleClass().add("timeline-view");
        root.getStylesheets().add(Objects.requireNonNull(TimelineView.class.getResource("timeline.css"))
                .toExternalForm());
    }

    private void applyFilter() {
        visible.setPredicate(r -> filters.get(r.kind()).isSelected());
        count.setText(ctx.text("timeline.count", visible.size(), rows.size()));
    }

    @Override
    public String titleKey() {
        return "timeline.tab";
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void showCase(long id) {
        caseId = id;
        reload(null);
    }

    /** Called with the evidence id when an evidence event is double-clicked. */
    public void setOnEvidenceOpened(LongConsumer handler) {
        this.onEvidenceOpened = Objects.requireNonNull(handler);
    }

    private void reload(Long selectFollowUp) {
        long id = caseId;
        if (loading != null) {
            loading.cancel();
        }
        TimelineRows words = new TimelineRows(ctx.bundle()::getString, formatLocale(ctx), ctx.zone());
        loading = Tasks.create(() -> {
                    CaseTimeline t = session.timeline().caseTimeline(id, ctx.zone());
                    java.time.LocalDate today = java.time.LocalDate.now(ctx.clock().withZone(ctx.zone()));
                    return words.withClocks(words.build(t.theCase(), t.events(), t.followUps(), t.transactions()),
                            session.guidance().deadlines(id), today, ctx.zone());
                })
                .title(ctx.text("timeline.task.load"))
                .onSuccess(built -> {
                    if (id != caseId) {
                        return;
                    }
                    rows.setAll(built);
                    applyFilter();
                    if (selectFollowUp != null) {
                        select(selectFollowUp);
                    }
                })
                .onError(e -> ctx.notifier().error(ctx.text("timeline.error.title"), ctx.describe(e)))
                .run(ctx.background());
    }

    /** The English bundle is the base one, whose locale is ROOT; dates then follow the system's format locale. */
    static java.util.Locale formatLocale(UiContext ctx) {
        return ctx.locale().getLanguage().isEmpty() ? java.util.Locale.getDefault(java.util.Locale.Category.FORMAT)
                : ctx.locale();
    }

    private void select(long followUpId) {
        for (int i = 0; i < visible.size(); i++) {
            TimelineRow r = visible.get(i);
            if (r.kind() == TimelineEvent.Kind.FOLLOWUP && Objects.equals(r.refId(), followUpId)) {
                list.getSelectionModel().select(i);
                list.scrollTo(Math.max(0, i - 3));
                return;
            }
        }
    }

    @Override
    public void perform(String action) {
        if (io.casevault.ui.common.NavigationEvent.LOG_FOLLOW_UP.equals(action) && !log.isDisabled()) {
            openFollowUpDialog();
        }
    }

    /** Loads the case's exhibits (to link), then opens the dialog; saving runs in the background. */
    void openFollowUpDialog() {
        long id = caseId;
        if (id <= 0) {
            return;
        }
        log.setDisable(true);
        Tasks.create(() -> session.evidence().list(id))
                .onSuccess(exhibits -> showDialog(id, exhibits))
                .onError(e -> {
                    log.setDisable(false);
                    ctx.notifier().error(ctx.text("timeline.error.title"), ctx.describe(e));
                })
                .run(ctx.background());
    }

    private void showDialog(long id, List<Evidence> exhibits) {
        javafx.scene.control.Dialog<FollowUpForm> dialog = FollowUpDialog.show(ctx.texts(), ctx.clock()
                .withZone(ctx.zone()), root.getScene() == null ? null : root.getScene().getWindow(), id, exhibits,
                this::save);
        // one dialog at a time: the button stays disabled until this one closes
        dialog.setOnHidden(e -> {
            log.setDisable(false);
            openDialog = null;
        });
        openDialog = dialog;
    }

    private void save(FollowUpForm form) {
        Task<FollowUp> task = Tasks.create(() -> session.followUps().add(form.toNewFollowUp(ctx.zone()),
                        form.evidenceIds()))
                .title(ctx.text("timeline.task.save"))
                .onSuccess(f -> reload(f.id()))
                .onError(e -> ctx.notifier().error(ctx.text("followup.error.saveTitle"), ctx.describe(e)))
                .build();
        ctx.work().track(task);
        ctx.background().execute(task);
    }

    /** For tests: the rows on screen after filtering, and the open dialog. */
    List<TimelineRow> visibleRows() {
        return List.copyOf(visible);
    }

    javafx.scene.control.Dialog<FollowUpForm> openDialog() {
        return openDialog;
    }

    ListView<TimelineRow> list() {
        return list;
    }

    ToggleButton filter(TimelineEvent.Kind kind) {
        return filters.get(kind);
    }
}
