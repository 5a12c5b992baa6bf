package io.casevault.ui.shell;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.stage.Window;

import java.util.Objects;

/** The selected case's header: title, provider, status, amount, days left and the next response or follow-up due. */
public final class CaseHeaderController {
    /** Opens "Review suggestions" for a case. */
    @FunctionalInterface
    public interface SuggestionsOpener {
        void open(Window owner, long caseId);
    }

    private final CaseHeaderViewModel model;
    private final SuggestionsOpener suggestions;

    @FXML private Label caseTitle;
    @FXML private Label sampleMark;
    @FXML private Label caseDaysLeft;
    @FXML private Label caseProvider;
    @FXML private Label caseStatus;
    @FXML private Label caseAmount;
    @FXML private Label caseNextDue;

    public CaseHeaderController(CaseHeaderViewModel model, SuggestionsOpener suggestions) {
        this.model = Objects.requireNonNull(model);
        this.suggestions = Objects.requireNonNull(suggestions);
    }

    @FXML
    private void initialize() {
        caseTitle.textProperty().bind(model.title());
        sampleMark.visibleProperty().bind(model.sample());
        sampleMark.managedProperty().bind(model.sample());
        caseProvider.textProperty().bind(model.provider());
        caseStatus.textProperty().bind(model.status());
        caseAmount.textProperty().bind(model.amount());
        caseDaysLeft.textProperty().bind(model.daysLeft());
        caseDaysLeft.visibleProperty().bind(model.open());
        model.badgeStyle().addListener((o, a, style) -> caseDaysLeft.getStyleClass().setAll("deadline-badge", style));
        caseNextDue.textProperty().bind(model.nextDue());
        model.nextDueOverdue().addListener((o, a, overdue) -> dueStyle());
        dueStyle();
    }

    private void dueStyle() {
        caseNextDue.getStyleClass().setAll("label", model.nextDueOverdue().get() ? "due-overdue" : "due-soon");
    }

    @FXML
    private void reviewSuggestions() {
        model.caseId().ifPresent(id -> suggestions.open(caseTitle.getScene().getWindow(), id));
    }
}
