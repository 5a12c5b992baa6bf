package io.casevault.ui.cases;

import io.casevault.app.CaseSummary;
import io.casevault.domain.Case;
import io.casevault.domain.CaseStatus;
import io.casevault.domain.StatusChange;
import io.casevault.app.GuidanceTexts;
import io.casevault.domain.guidance.ClockRule;
import io.casevault.domain.guidance.Readiness;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.CaseChanges;
import io.casevault.ui.common.NavigationEvent;
import io.casevault.ui.guidance.ClockEditorDialog;
import io.casevault.ui.guidance.GuidancePane;
import io.casevault.ui.guidance.GuidanceSummary;
import io.casevault.ui.guidance.LetterDialog;
import io.casevault.ui.common.CaseView;
import io.casevault.ui.common.Formats;
import io.casevault.ui.common.FxmlLoaderFactory;
import io.casevault.ui.common.FxmlView;
import io.casevault.ui.common.Tasks;
import io.casevault.ui.common.UiContext;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The case's overview: the guidance (next step, readiness checklist, deadlines), its facts, demands, deadline and
 * status, with status changes, edit, the complaint letter, the response times and move to trash.
 */
public final class OverviewView implements CaseView {
    private final UiContext ctx;
    private final CaseChanges changes;
    private final Formats formats;
    private final Node root;
    private Case current;

    @FXML private Button editButton;
    @FXML private Button trashButton;
    @FXML private Label categoryValue;
    @FXML private Label amountValue;
    @FXML private Label incidentValue;
    @FXML private Label deadlineValue;
    @FXML private Label accountValue;
    @FXML private Label openedValue;
    @FXML private Label factsValue;
    @FXML private VBox demandsBox;
    @FXML private ComboBox<CaseStatus> statusField;
    @FXML private TextField statusNote;
    @FXML private Button statusButton;
    @FXML private VBox historyBox;
    @FXML private VBox guidanceHolder;
    private GuidancePane guidance;

    /** Everything the overview shows, loaded together off the FX thread. */
    private record Loaded(CaseSummary summary, List<StatusChange> history, GuidanceSummary guidance) {
    }

    public OverviewView(UiContext ctx, CaseChanges changes) {
        this.ctx = Objects.requireNonNull(ctx);
        this.changes = Objects.requireNonNull(changes);
        this.formats = Formats.of(ctx);
        this.root = new FxmlLoaderFactory(ctx.bundle()).register(OverviewView.class, () -> this)
                .load(FxmlView.OVERVIEW).getRoot();
    }

    @FXML
    private void initialize() {
        statusField.getItems().setAll(CaseStatus.values());
        statusField.setCellFactory(v -> new StatusCell());
        statusField.setButtonCell(new StatusCell());
        statusButton.disableProperty().bind(statusField.valueProperty().isNull());
        guidance = new GuidancePane(ctx, this::fix);
        guidanceHolder.getChildren().setAll(guidance);
    }

    private final class StatusCell extends ListCell<CaseStatus> {
        @Override
        protected void updateItem(CaseStatus item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : formats.status(item));
        }
    }

    @Override
    public String titleKey() {
        return "overview.tab";
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void showCase(long caseId) {
        LocalDate today = LocalDate.now(ctx.clock().withZone(ctx.zone()));
        GuidanceTexts texts = GuidanceTexts.of(ctx.locale());
        String met = ctx.text("guidance.met");
        Tasks.create(() -> new Loaded(ctx.session().cases().summary(caseId, today),
                        ctx.session().cases().statusChanges(caseId),
                        GuidanceSummary.of(ctx.session().guidance().guidance(caseId, today), texts, formats, met)))
                .title(ctx.text("overview.loading"))
                .onSuccess(this::show)
                .onError(e -> ctx.notifier().error(ctx.text("overview.loadFailed"), ctx.describe(e)))
                .run(ctx);
    }

    private void show(Loaded loaded) {
        current = loaded.summary().theCase();
        Case c = current;
        categoryValue.setText(formats.category(c.category()));
        amountValue.setText(c.amount() == null ? ctx.text("overview.none") : formats.money(c.amount()));
        incidentValue.setText(formats.incident(c.incident()));
        deadlineValue.setText(c.deadline().map(d -> ctx.text("overview.deadlineValue", formats.date(d),
                formats.daysLeft(loaded.summary().daysLeft()))).orElse(ctx.text("overview.noDeadline")));
        accountValue.setText(c.accountRef() == null ? ctx.text("overview.none") : c.maskedAccountRef());
        openedValue.setText(formats.date(c.openedOn()));
        factsValue.setText(c.facts().isEmpty() ? ctx.text("overview.noFacts") : c.facts());
        demandsBox.getChildren().setAll(c.demands().isEmpty() ? List.of(muted(ctx.text("overview.noDemands")))
                : c.demands().stream().map(d -> (Node) new Label("• " + d)).toList());
        statusField.setValue(c.status());
        statusNote.clear();
        List<StatusChange> newestFirst = new java.util.ArrayList<>(loaded.history());
        java.util.Collections.reverse(newestFirst);
        historyBox.getChildren().setAll(newestFirst.stream().map(this::historyRow).toList());
        trashButton.setText(ctx.text(c.sample() ? "overview.removeSample" : "overview.trash"));
        guidance.show(loaded.guidance());
    }

    /** The one-click fix of an open checklist item: another tab, the edit dialog or the follow-up dialog. */
    private void fix(Readiness.Fix fix) {
        switch (fix) {
            case OPEN_TRANSACTIONS -> root.fireEvent(new NavigationEvent("tx.tab", null));
            case OPEN_EVIDENCE -> root.fireEvent(new NavigationEvent("evidence.tab", null));
            case LOG_FOLLOW_UP -> root.fireEvent(new NavigationEvent("timeline.tab", NavigationEvent.LOG_FOLLOW_UP));
            case EDIT_CASE -> edit();
        }
    }

    @FXML
    private void letter() {
        if (current != null) {
            long id = current.id();
            new LetterDialog(ctx.session().guidance(), ctx.session().followUps(), ctx.texts(), Background.using(ctx
                    .background(), ctx.work()), ctx.clock().withZone(ctx.zone())).show(root.getScene().getWindow(),
                    id, current.title(), () -> changes.caseChanged(id));
        }
    }

    @FXML
    private void editClocks() {
        if (current == null) {
            return;
        }
        long id = current.id();
        Tasks.create(() -> ctx.session().guidance().rules(id))
                .onSuccess(rules -> ClockEditorDialog.showAndWait(ctx.texts(), root.getScene().getWindow(),
                        ctx.session().guidance().presets(), rules).ifPresent(edited -> saveClocks(id, edited)))
                .onError(e -> ctx.notifier().error(ctx.text("deadline.saveFailed"), ctx.describe(e)))
                .run(ctx);
    }

    private void saveClocks(long id, List<ClockRule> rules) {
        Tasks.create(() -> ctx.session().guidance().setRules(id, rules))
                .title(ctx.text("deadline.saving"))
                .onSuccess(saved -> changes.caseChanged(id))
                .onError(e -> ctx.notifier().error(ctx.text("deadline.saveFailed"), ctx.describe(e)))
                .run(ctx);
    }

    private Node historyRow(StatusChange change) {
        String line = change.from() == null
                ? ctx.text("overview.history.opened", formats.dateTime(change.at()), formats.status(change.to()))
                : ctx.text("overview.history.changed", formats.dateTime(change.at()), formats.status(change.from()),
                        formats.status(change.to()));
        Label row = new Label(change.note().isEmpty() ? line : line + " — " + change.note());
        row.setWrapText(true);
        return row;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        return l;
    }

    @FXML
    private void edit() {
        if (current != null) {
            new CaseDialog(ctx.session().cases(), ctx.texts(), Background.using(ctx.background(), ctx.work()),
                    ctx.clock().withZone(ctx.zone())).show(root.getScene().getWindow(), current,
                    saved -> changes.caseChanged(saved.id()));
        }
    }

    @FXML
    private void changeStatus() {
        if (current == null || statusField.getValue() == null) {
            return;
        }
        long id = current.id();
        CaseStatus status = statusField.getValue();
        String note = statusNote.getText();
        Tasks.create(() -> ctx.session().cases().changeStatus(id, status, note))
                .title(ctx.text("overview.status.saving"))
                .onSuccess(c -> changes.caseChanged(id))
                .onError(e -> ctx.notifier().error(ctx.text("overview.status.failed"), ctx.describe(e)))
                .run(ctx);
    }

    /** Moves the case to the trash with an Undo; the sample case is removed for good, as the user asked. */
    @FXML
    private void trash() {
        if (current == null) {
            return;
        }
        Case c = current;
        boolean purge = c.sample();
        Tasks.create(() -> {
            ctx.session().cases().trash(c.id());
            if (purge) {
                ctx.session().cases().purge(c.id());
            }
            return c;
        }).title(ctx.text("overview.trashing")).onSuccess(done -> {
            current = null;
            changes.caseRemoved(c.id());
            if (purge) {
                ctx.notifier().info(ctx.text("overview.sampleRemoved"), c.title());
            } else {
                ctx.notifier().info(ctx.text("overview.trashed"), c.title(), ctx.text("app.undo"), () -> restore(c));
            }
        }).onError(e -> ctx.notifier().error(ctx.text("overview.trashFailed"), ctx.describe(e))).run(ctx);
    }

    private void restore(Case c) {
        Tasks.create(() -> {
            ctx.session().cases().restore(c.id());
            return c;
        }).title(ctx.text("overview.restoring"))
                .onSuccess(done -> changes.caseAdded(c.id()))
                .onError(e -> ctx.notifier().error(ctx.text("overview.restoreFailed"), ctx.describe(e)))
                .run(ctx);
    }
}
