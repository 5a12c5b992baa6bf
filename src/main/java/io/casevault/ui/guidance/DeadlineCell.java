package io.casevault.ui.guidance;

import io.casevault.ui.common.Texts;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Objects;

/**
 * One deadline of the guidance block: when it is due, what it is and its state badge, and under them the source of the
 * response time. The cell's nodes are made once and refilled as the list scrolls, so a case with hundreds of
 * deadlines shows a handful of rows' worth of nodes.
 */
final class DeadlineCell extends ListCell<GuidanceSummary.DeadlineRow> {
    private final Texts texts;
    private final Label when = new Label();
    private final Label what = new Label();
    private final Label state = new Label();
    private final Label source = new Label();
    private final Tooltip tip = new Tooltip();
    private final VBox content;
    private String badge;

    DeadlineCell(Texts texts) {
        this.texts = Objects.requireNonNull(texts);
        when.setMinWidth(Region.USE_PREF_SIZE);
        state.setMinWidth(Region.USE_PREF_SIZE);
        state.getStyleClass().add("deadline-badge");
        source.getStyleClass().addAll("text-muted", "text-small");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(10, when, what, gap, state);
        row.setAlignment(Pos.CENTER_LEFT);
        content = new VBox(1, row, source);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(GuidanceSummary.DeadlineRow d, boolean empty) {
        super.updateItem(d, empty);
        if (empty || d == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        when.setText(d.due());
        what.setText(d.label());
        state.setText(d.state());
        if (!d.badgeStyle().equals(badge)) {
            state.getStyleClass().remove(badge);
            badge = d.badgeStyle();
            state.getStyleClass().add(badge);
        }
        String from = d.source().isEmpty() ? "" : texts.text("guidance.source", d.source());
        source.setText(from);
        tip.setText(from.isEmpty() ? d.label() : d.label() + "\n" + from);
        setTooltip(tip);
        setGraphic(content);
    }
}
