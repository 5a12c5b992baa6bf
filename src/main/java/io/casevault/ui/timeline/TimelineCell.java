package io.casevault.ui.timeline;

import io.casevault.ui.common.Icons;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.function.Function;

/**
 * A timeline row: kind or channel icon, local date and time, the words (wrapped, never scrolled sideways), and for a
 * date that is due a badge with an icon and the days left or overdue. The today marker is a line of its own.
 */
final class TimelineCell extends ListCell<TimelineRow> {
    private static final PseudoClass DUE = PseudoClass.getPseudoClass("due");
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    private static final PseudoClass MET = PseudoClass.getPseudoClass("met");
    private static final PseudoClass TODAY = PseudoClass.getPseudoClass("today");
    private static final PseudoClass THREAD = PseudoClass.getPseudoClass("thread");
    /** A conversation's message, under its header; the same padding each time, so a row shown again is not laid out. */
    private static final Insets MEMBER_INDENT = new Insets(0, 0, 0, 28);

    private final FontIcon icon = new FontIcon();
    private final Label when = new Label();
    private final Label text = new Label();
    private final FontIcon badgeIcon = new FontIcon();
    private final Label badge = new Label(null, badgeIcon);
    private final HBox box;
    private final FontIcon fold = new FontIcon();
    private final Function<TimelineRow, String> badges;
    private final Function<TimelineRow, TimelineViewModel.Fold> folds;

    /**
     * @param badges what a row's badge says (empty: no badge)
     * @param folds  whether a row heads an e-mail conversation or is one of its messages
     */
    TimelineCell(Function<TimelineRow, String> badges, Function<TimelineRow, TimelineViewModel.Fold> folds) {
        this.badges = badges;
        this.folds = folds;
        fold.setIconSize(16);
        fold.getStyleClass().add("timeline-fold");
        icon.setIconSize(18);
        icon.getStyleClass().add("timeline-icon");
        when.getStyleClass().add("timeline-when");
        when.setMinWidth(185);
        when.setPrefWidth(185);
        // a time shown with its zone's offset ("2026年11月3日 14:30（UTC+8）") wraps within the column, never cut short
        when.setWrapText(true);
        text.getStyleClass().add("timeline-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        badge.getStyleClass().add("timeline-badge");
        badge.setMinWidth(Label.USE_PREF_SIZE);
        badgeIcon.getStyleClass().add("timeline-badge-icon");
        box = new HBox(10, fold, icon, when, text, badge);
        box.setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("timeline-cell");
    }

    @Override
    protected void updateItem(TimelineRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            mark(false, false, false, false);
            pseudoClassStateChanged(THREAD, false);
            return;
        }
        icon.setIconCode(Icons.of(row.today() ? TimelineIcons.TODAY : TimelineIcons.of(row)));
        when.setText(row.when());
        text.setText(row.text());
        String says = badges.apply(row);
        badge.setVisible(!says.isEmpty());
        badge.setManaged(!says.isEmpty());
        badge.setText(says);
        badgeIcon.setIconCode(Icons.of(TimelineIcons.badge(row.overdue(), row.met())));
        mark(row.due() && !row.overdue(), row.overdue(), row.met(), row.today());
        showFold(folds.apply(row));
        setGraphic(box);
    }

    /** The row's height for its width, so that wrapped words get the lines they need. */
    @Override
    protected double computePrefHeight(double width) {
        if (getGraphic() == null) {
            return super.computePrefHeight(width);
        }
        double w = (width > 0 ? width : getPrefWidth()) - snappedLeftInset() - snappedRightInset();
        return snappedTopInset() + box.prefHeight(w) + snappedBottomInset();
    }

    /** A conversation's header gets an arrow that says whether its messages show; its messages are indented. */
    private void showFold(TimelineViewModel.Fold f) {
        boolean header = f == TimelineViewModel.Fold.COLLAPSED || f == TimelineViewModel.Fold.EXPANDED;
        fold.setVisible(header);
        fold.setManaged(header);
        fold.setIconCode(Icons.of(TimelineIcons.fold(f == TimelineViewModel.Fold.EXPANDED)));
        box.setPadding(f == TimelineViewModel.Fold.MEMBER ? MEMBER_INDENT : Insets.EMPTY);
        pseudoClassStateChanged(THREAD, header);
    }

    private void mark(boolean due, boolean overdue, boolean met, boolean today) {
        pseudoClassStateChanged(DUE, due);
        pseudoClassStateChanged(OVERDUE, overdue);
        pseudoClassStateChanged(MET, met);
        pseudoClassStateChanged(TODAY, today);
    }

    /** What the badge says, for tests and accessibility. */
    String badgeText() {
        return badge.isVisible() ? badge.getText() : "";
    }
}
