package io.casevault.ui.guidance;

import io.casevault.domain.guidance.Readiness;
import io.casevault.ui.common.Texts;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * The guidance block of the overview: the next step with its reason (and the steps after it), the readiness
 * checklist where each open item has a button that fixes it, the strength, and the deadlines with their sources.
 */
public final class GuidancePane extends VBox {
    private static final int VISIBLE_DEADLINES = 6;
    /** A deadline row's height before the style sheet sets it (-fx-fixed-cell-size of .guidance-deadlines). */
    private static final double UNSTYLED_ROW_HEIGHT = 46;

    private final Texts texts;
    private final Consumer<Readiness.Fix> onFix;
    private final VBox stepBox = new VBox(4);
    private final Label readinessTitle = new Label();
    private final VBox checkBox = new VBox(4);
    private final Label strength = new Label();
    private final VBox pointBox = new VBox(2);
    /** Virtual: only the rows in view have nodes, also for a case with hundreds of deadlines. */
    private final ListView<GuidanceSummary.DeadlineRow> deadlines = new ListView<>();

    public GuidancePane(Texts texts, Consumer<Readiness.Fix> onFix) {
        super(10);
        this.texts = Objects.requireNonNull(texts);
        this.onFix = Objects.requireNonNull(onFix);
        getStyleClass().add("guidance-pane");
        Label nextTitle = title(texts.text("guidance.nextStep"));
        Label deadlinesTitle = title(texts.text("guidance.deadlines"));
        readinessTitle.getStyleClass().add("title-4");
        strength.getStyleClass().add("text-bold");
        Label disclaimer = new Label(texts.text("guidance.disclaimer"));
        disclaimer.getStyleClass().addAll("text-muted", "text-small");
        disclaimer.setWrapText(true);
        deadlines.setId("deadlines");
        deadlines.getStyleClass().add("guidance-deadlines");
        deadlines.setFocusTraversable(false);
        deadlines.setCellFactory(list -> new DeadlineCell(texts));
        deadlines.setPlaceholder(muted(texts.text("guidance.noDeadlines")));
        // as tall as its rows, up to a few; more scroll inside
        deadlines.prefHeightProperty().bind(Bindings.createDoubleBinding(() -> (deadlines.getFixedCellSize() > 0
                ? deadlines.getFixedCellSize() : UNSTYLED_ROW_HEIGHT)
                * Math.max(1, Math.min(VISIBLE_DEADLINES, deadlines.getItems().size())) + 2,
                deadlines.fixedCellSizeProperty(), deadlines.getItems()));
        getChildren().setAll(nextTitle, stepBox, readinessTitle, checkBox, strength, pointBox, deadlinesTitle,
                deadlines, disclaimer);
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("title-4");
        return l;
    }

    public void show(GuidanceSummary s) {
        stepBox.getChildren().clear();
        if (s.steps().isEmpty()) {
            stepBox.getChildren().add(muted(texts.text("guidance.noSteps")));
        }
        for (int i = 0; i < s.steps().size() && i < 3; i++) {
            GuidanceSummary.Step step = s.steps().get(i);
            Label what = new Label(step.step());
            what.getStyleClass().add(i == 0 ? "next-step" : "text-bold");
            what.setId(i == 0 ? "nextStep" : null);
            Label why = new Label(step.reason());
            why.setWrapText(true);
            why.getStyleClass().add("text-muted");
            if (i == 0) {
                why.setId("nextStepReason");
            }
            stepBox.getChildren().addAll(what, why);
        }
        readinessTitle.setText(texts.text("guidance.readiness", s.doneCount(), s.checks().size()));
        checkBox.getChildren().setAll(s.checks().stream().map(this::checkRow).toList());
        strength.setText(texts.text("guidance.strength", s.strength()));
        pointBox.getChildren().setAll(s.strengthPoints().stream().map(p -> (Node) muted("• " + p)).toList());
        deadlines.getItems().setAll(s.deadlines());
    }

    private Node checkRow(GuidanceSummary.CheckRow c) {
        FontIcon icon = new FontIcon(c.done() ? "mdi2c-check-circle" : "mdi2a-alert-circle-outline");
        icon.getStyleClass().add(c.done() ? "check-done" : "check-open");
        Label label = new Label(c.label());
        label.setAccessibleText(texts.text(c.done() ? "guidance.check.done" : "guidance.check.open", c.label()));
        HBox row = new HBox(8, icon, label);
        row.setAlignment(Pos.CENTER_LEFT);
        if (!c.done()) {
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Button fix = new Button(texts.text("guidance.fix." + c.fix().name()));
            fix.getStyleClass().addAll("button-outlined", "small");
            fix.setId("fix-" + c.item().name());
            fix.setOnAction(e -> onFix.accept(c.fix()));
            row.getChildren().addAll(gap, fix);
        }
        return row;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        l.setWrapText(true);
        return l;
    }
}
