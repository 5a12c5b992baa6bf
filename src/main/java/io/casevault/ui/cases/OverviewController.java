package io.casevault.ui.cases;

import io.casevault.domain.Case;
import io.casevault.domain.CaseStatus;
import io.casevault.domain.guidance.Readiness;
import io.casevault.ui.common.CaseView;
import io.casevault.ui.common.DisplayConverter;
import io.casevault.ui.common.Formats;
import io.casevault.ui.common.NavigationEvent;
import io.casevault.ui.common.Texts;
import io.casevault.ui.guidance.GuidancePane;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.List;
import java.util.Objects;

/**
 * The case's overview tab: binds the facts, demands, status history and guidance of {@link OverviewViewModel} to the
 * controls, and opens the edit, letter and response-time dialogs.
 */
public final class OverviewController implements CaseView {
    private final OverviewViewModel model;
    private final Texts texts;
    private final Formats formats;
    private final OverviewDialogs dialogs;

    @FXML private ScrollPane root;
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

    public OverviewController(OverviewViewModel model, Texts texts, Formats formats, OverviewDialogs dialogs) {
        this.model = Objects.requireNonNull(model);
        this.texts = Objects.requireNonNull(texts);
        this.formats = Objects.requireNonNull(formats);
        this.dialogs = Objects.requireNonNull(dialogs);
    }

    @FXML
    private void initialize() {
        statusField.getItems().setAll(CaseStatus.values());
        statusField.setConverter(DisplayConverter.of(formats::status));
        statusField.valueProperty().bindBidirectional(model.status());
        statusNote.textProperty().bindBidirectional(model.statusNote());
        statusButton.disableProperty().bind(statusField.valueProperty().isNull());
        categoryValue.textProperty().bind(model.category());
        amountValue.textProperty().bind(model.amount());
        incidentValue.textProperty().bind(model.incident());
        deadlineValue.textProperty().bind(model.deadline());
        accountValue.textProperty().bind(model.account());
        openedValue.textProperty().bind(model.opened());
        factsValue.textProperty().bind(model.facts());
        trashButton.textProperty().bind(model.trashText());
        // an empty list stays empty without an event, so it is shown once here
        showDemands();
        model.demands().addListener((ListChangeListener<String>) c -> showDemands());
        model.history().addListener((ListChangeListener<String>) c -> historyBox.getChildren().setAll(
                model.history().stream().map(h -> line(h, false)).toList()));
        GuidancePane guidance = new GuidancePane(texts, this::fix);
        guidanceHolder.getChildren().setAll(guidance);
        model.guidance().addListener((o, a, summary) -> guidance.show(summary));
    }

    private void showDemands() {
        demandsBox.getChildren().setAll(model.demands().isEmpty() ? List.of(line(texts.text("overview.noDemands"), true))
                : model.demands().stream().map(d -> (Node) new Label(d)).toList());
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
        model.show(caseId);
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

    private Window window() {
        return root.getScene().getWindow();
    }

    @FXML
    private void letter() {
        Case c = model.current().get();
        if (c != null) {
            dialogs.letter(window(), c.id(), c.title(), model::changed);
        }
    }

    @FXML
    private void editClocks() {
        model.editClocks((presets, rules) -> dialogs.editClocks(window(), presets, rules));
    }

    @FXML
    private void edit() {
        Case c = model.current().get();
        if (c != null) {
            dialogs.editCase(window(), c, saved -> model.changed());
        }
    }

    @FXML
    private void changeStatus() {
        model.changeStatus();
    }

    @FXML
    private void trash() {
        model.trash();
    }

    /** A history line (wrapped), or the muted "no demands" line. */
    private static Label line(String text, boolean muted) {
        Label l = new Label(text);
        l.setWrapText(!muted);
        l.getStyleClass().addAll(muted ? List.of("text-muted") : List.of());
        return l;
    }
}
