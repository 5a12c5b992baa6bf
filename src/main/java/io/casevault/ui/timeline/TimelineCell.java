package io.casevault.ui.timeline;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;

/** A timeline row: kind or channel icon, local date and time, the words, and a badge for due and overdue dates. */
final class TimelineCell extends ListCell<TimelineRow> {
    private static final PseudoClass DUE = PseudoClass.getPseudoClass("due");
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");

    private final FontIcon icon = new FontIcon();
    private final Label when = new Label();
    private final Label text = new Label();
    private final Label badge = new Label();
    private final HBox box;
    private final String dueText;
    private final String overdueText;

    TimelineCell(String dueText, String overdueText) {
        this.dueText = dueText;
        this.overdueText = overdueText;
        icon.setIconSize(18);
        icon.getStyleClass().add("timeline-icon");
        when.getStyleClass().add("timeline-when");
        when.setMinWidth(185);
        when.setPrefWidth(185);
        text.getStyleClass().add("timeline-text");
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        badge.getStyleClass().add("timeline-badge");
        box = new HBox(10, icon, when, text, badge);
        box.setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("timeline-cell");
    }

    @Override
    protected void updateItem(TimelineRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            pseudoClassStateChanged(DUE, false);
            pseudoClassStateChanged(OVERDUE, false);
            return;
        }
        icon.setIconLiteral(TimelineIcons.of(row));
        when.setText(row.when());
        text.setText(row.text());
        badge.setVisible(row.due());
        badge.setManaged(row.due());
        badge.setText(row.overdue() ? overdueText : dueText);
        pseudoClassStateChanged(DUE, row.due() && !row.overdue());
        pseudoClassStateChanged(OVERDUE, row.overdue());
        setGraphic(box);
    }

    /** What the badge says, for tests and accessibility. */
    String badgeText() {
        return badge.isVisible() ? badge.getText() : "";
    }
}
