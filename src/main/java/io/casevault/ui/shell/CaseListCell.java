package io.casevault.ui.shell;

import io.casevault.app.CaseSummary;
import io.casevault.domain.Case;
import io.casevault.ui.common.Formats;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Optional;
import java.util.function.Function;

/** One case in the list: title, provider and status, the deadline badge, and a "Sample" mark for the sample case. */
final class CaseListCell extends ListCell<CaseSummary> {
    private final Formats formats;
    private final Label title = new Label();
    private final Label sample = new Label();
    private final Label detail = new Label();
    private final Label badge = new Label();
    private final Label due = new Label();
    private final Label matches = new Label();
    private final Function<CaseSummary, Optional<CaseListViewModel.DueLine>> dueLine;
    private final Function<Long, String> matchLine;
    private final HBox graphic;

    /** {@code matchLine} says how many of a case's transactions match the search, or null. */
    CaseListCell(Formats formats, String sampleText, Function<CaseSummary, Optional<CaseListViewModel.DueLine>> dueLine,
                 Function<Long, String> matchLine) {
        this.formats = formats;
        this.dueLine = dueLine;
        this.matchLine = matchLine;
        title.getStyleClass().add("case-cell-title");
        title.setMinWidth(0);
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        // Long titles wrap instead of being cut: the label may use the cell's width minus the badge.
        title.maxWidthProperty().bind(widthProperty().subtract(badge.widthProperty()).subtract(40));
        title.prefWidthProperty().bind(title.maxWidthProperty());
        sample.setText(sampleText);
        sample.getStyleClass().add("sample-badge");
        sample.setMinWidth(Region.USE_PREF_SIZE);
        detail.getStyleClass().addAll("text-muted", "text-small");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        HBox detailRow = new HBox(6, detail, sample);
        detailRow.setAlignment(Pos.CENTER_LEFT);
        due.getStyleClass().add("text-small");
        matches.getStyleClass().addAll("text-small", "search-match");
        // the due line and the search matches wrap like the title: a narrow list never cuts "Overdue 28 days"
        for (Label line : new Label[] {due, matches}) {
            line.setWrapText(true);
            line.setMinHeight(Region.USE_PREF_SIZE);
            line.maxWidthProperty().bind(title.maxWidthProperty());
            line.prefWidthProperty().bind(title.maxWidthProperty());
        }
        VBox text = new VBox(2, title, detailRow, due, matches);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        graphic = new HBox(8, text, badge);
        graphic.setAlignment(Pos.CENTER_LEFT);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(CaseSummary item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        Case c = item.theCase();
        title.setText(c.title());
        sample.setVisible(c.sample());
        sample.setManaged(c.sample());
        detail.setText(c.provider() + " · " + formats.status(c.status()));
        badge.setText(c.status().isClosed() ? formats.status(c.status()) : formats.daysLeft(item.daysLeft()));
        badge.getStyleClass().setAll("deadline-badge", CaseHeaderViewModel.badgeStyle(item));
        Optional<CaseListViewModel.DueLine> line = dueLine.apply(item);
        due.setText(line.map(CaseListViewModel.DueLine::text).orElse(""));
        due.setVisible(line.isPresent());
        due.setManaged(line.isPresent());
        due.getStyleClass().setAll("label", "text-small", line.map(l -> l.overdue() ? "due-overdue" : "due-soon")
                .orElse("due-soon"));
        String hit = matchLine.apply(c.id());
        matches.setText(hit);
        matches.setVisible(hit != null);
        matches.setManaged(hit != null);
        setText(null);
        setGraphic(graphic);
    }
}
