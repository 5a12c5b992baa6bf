package io.casevault.ui.evidence;

import io.casevault.domain.RecognisedLine;
import io.casevault.ui.common.Texts;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The recognised text beside the picture: a sentence about it, its lines (several can be selected; Ctrl+C or "Copy"
 * copies them), a one-click "use as caption" on each line, and what the last action did with an Undo for the caption.
 * Pointing at a line sets {@link ExhibitTextViewModel#hovered()}, which the viewer outlines.
 */
final class TextPanel extends VBox {
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final ExhibitTextViewModel model;
    private final Texts texts;
    private final Supplier<Clipboard> clipboard;
    private final ListView<RecognisedLine> list = new ListView<>();
    /**
     * One tooltip for every line's "use as caption" button, made with the panel: a tooltip is a popup window of its
     * own.
     */
    private final Tooltip captionTip;

    TextPanel(ExhibitTextViewModel model, Texts texts, Supplier<Clipboard> clipboard) {
        this.model = Objects.requireNonNull(model);
        this.texts = Objects.requireNonNull(texts);
        this.clipboard = Objects.requireNonNull(clipboard);
        this.captionTip = new Tooltip(texts.text("evidence.text.useAsCaption"));
        getStyleClass().add("evidence-text");
        setSpacing(8);
        setPadding(new Insets(12));

        Label message = new Label();
        message.textProperty().bind(model.message());
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.getStyleClass().add("text-muted");

        list.setItems(model.lines());
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(v -> new LineCell());
        list.setId("recognisedLines");
        list.setPlaceholder(new Label());
        list.visibleProperty().bind(Bindings.isNotEmpty(model.lines()));
        list.managedProperty().bind(list.visibleProperty());
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setOnKeyPressed(e -> {
            if (COPY.match(e)) {
                copy();
                e.consume();
            }
        });
        MenuItem copyItem = new MenuItem(texts.text("evidence.text.copy"), new FontIcon("mdi2c-content-copy"));
        copyItem.setOnAction(e -> copy());
        MenuItem captionItem = new MenuItem(texts.text("evidence.text.useAsCaption"),
                new FontIcon("mdi2t-tag-text-outline"));
        captionItem.setOnAction(e -> model.useAsCaption(list.getSelectionModel().getSelectedItem()));
        captionItem.disableProperty().bind(Bindings.size(list.getSelectionModel().getSelectedItems()).isNotEqualTo(1));
        list.setContextMenu(new ContextMenu(copyItem, captionItem));

        Button copy = new Button(texts.text("evidence.text.copy"), new FontIcon("mdi2c-content-copy"));
        copy.setId("copyTextButton");
        copy.setTooltip(new Tooltip(texts.text("evidence.text.copyHelp")));
        copy.setMinWidth(Region.USE_PREF_SIZE);
        copy.setOnAction(e -> copy());
        copy.disableProperty().bind(Bindings.isEmpty(model.lines()));
        copy.visibleProperty().bind(list.visibleProperty());
        copy.managedProperty().bind(list.visibleProperty());

        Label notice = new Label();
        notice.textProperty().bind(model.notice());
        notice.setWrapText(true);
        notice.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(notice, Priority.ALWAYS);
        notice.setMaxWidth(Double.MAX_VALUE);
        Button undo = new Button(texts.text("evidence.undo"), new FontIcon("mdi2u-undo"));
        undo.setId("undoCaptionButton");
        undo.setMinWidth(Region.USE_PREF_SIZE);
        undo.setOnAction(e -> model.undoCaption());
        undo.visibleProperty().bind(model.captionUndoable());
        undo.managedProperty().bind(undo.visibleProperty());
        HBox done = new HBox(8, notice, undo);
        done.setAlignment(Pos.CENTER_LEFT);
        done.getStyleClass().add("evidence-text-notice");
        done.visibleProperty().bind(model.notice().isNotEmpty());
        done.managedProperty().bind(done.visibleProperty());

        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox top = new HBox(8, message, copy);
        top.setAlignment(Pos.TOP_LEFT);
        getChildren().addAll(top, list, done);
    }

    /** Copies the selected lines (all when none is selected), one per line. */
    void copy() {
        String text = model.copy(List.copyOf(list.getSelectionModel().getSelectedItems()));
        if (!text.isEmpty()) {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            clipboard.get().setContent(content);
        }
    }

    /** For tests: the list of lines. */
    ListView<RecognisedLine> lineList() {
        return list;
    }

    /**
     * One line: its text, wrapped rather than cut short, and after it a button that makes it the caption. The cell is
     * its own label (its text and a graphic), not a box of label and button: a screenshot's lines arrive all at once,
     * and every node a cell holds is styled and laid out in that one frame.
     */
    private final class LineCell extends ListCell<RecognisedLine> {
        /** The button's room, the same before and after it is made, so no line wraps anew under the pointer. */
        private static final double CAPTION_WIDTH = 28;
        /** Holds the button's place until the button is made. */
        private final Region room = new Region();
        /**
         * Made the first time the line is under the pointer or selected: a button for each visible line held the FX
         * thread past 100 ms when a screenshot's lines arrived.
         */
        private Button caption;
        /** Held here: a binding that only listeners observe is weakly held by its sources and would be collected. */
        private final BooleanBinding shown = hoverProperty().or(selectedProperty());

        LineCell() {
            setWrapText(true);
            setContentDisplay(ContentDisplay.RIGHT);
            setGraphicTextGap(4);
            room.setMinWidth(CAPTION_WIDTH);
            room.setPrefWidth(CAPTION_WIDTH);
            room.setMaxWidth(CAPTION_WIDTH);
            // shown on the line under the pointer and the selected one, so the list stays quiet to read
            shown.addListener((o, was, now) -> {
                if (now && caption == null) {
                    caption = captionButton();
                    if (getGraphic() == room) {
                        setGraphic(caption);
                    }
                }
            });
            // the cell is never wider than the list, so a long line wraps instead of ending in "…"
            prefWidthProperty().bind(list.widthProperty().subtract(20));
            setMaxWidth(Region.USE_PREF_SIZE);
            hoverProperty().addListener((o, was, now) -> {
                if (now && getItem() != null) {
                    model.hovered().set(getItem());
                } else if (!now && getItem() != null && getItem().equals(model.hovered().get())) {
                    model.hovered().set(null);
                }
            });
        }

        private Button captionButton() {
            Button b = new Button(null, FontIcon.of(MaterialDesignT.TAG_TEXT_OUTLINE));
            b.setTooltip(captionTip);
            b.setAccessibleText(captionTip.getText());
            b.getStyleClass().addAll("button-icon", "flat", "small", "use-as-caption");
            b.setMinWidth(CAPTION_WIDTH);
            b.setPrefWidth(CAPTION_WIDTH);
            b.setMaxWidth(CAPTION_WIDTH);
            b.setOnAction(e -> model.useAsCaption(getItem()));
            b.visibleProperty().bind(shown);
            return b;
        }

        @Override
        protected void updateItem(RecognisedLine line, boolean empty) {
            super.updateItem(line, empty);
            boolean none = empty || line == null;
            setText(none ? null : line.text());
            setGraphic(none ? null : caption != null ? caption : room);
        }
    }
}
