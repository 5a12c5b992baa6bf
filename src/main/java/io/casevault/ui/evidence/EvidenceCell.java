package io.casevault.ui.evidence;

import io.casevault.domain.Evidence;
import io.casevault.domain.Redaction;
import io.casevault.ui.common.Icons;
import javafx.beans.property.ObjectProperty;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.GridCell;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;

/**
 * One exhibit in the grid: its thumbnail (or a file icon), the exhibit label and the caption; a redacted exhibit's
 * thumbnail has its boxes burned in and carries a "Redacted" badge.
 */
final class EvidenceCell extends GridCell<Evidence> {
    static final double IMAGE = 140;
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final ThumbnailImages thumbnails;
    private final ObservableMap<Long, List<Redaction>> boxes;
    private final Label redacted;
    private final ImageView image = new ImageView();
    private final FontIcon icon = new FontIcon();
    private final Label exhibit = new Label();
    private final Label caption = new Label();
    private final VBox box;
    private final Tooltip tooltip = new Tooltip();
    /** Counts thumbnail requests: only the latest may set the image, so an older one never shows uncovered pixels. */
    private long request;

    /** A cell that selects its exhibit when clicked and is marked while its exhibit is the selected one. */
    static EvidenceCell selectable(ThumbnailImages thumbnails, ObservableMap<Long, List<Redaction>> boxes,
                                   String redactedText, ObjectProperty<Evidence> selected) {
        EvidenceCell cell = new EvidenceCell(thumbnails, boxes, redactedText);
        cell.setOnMouseClicked(e -> {
            if (cell.getItem() != null) {
                selected.set(cell.getItem());
            }
        });
        Runnable mark = () -> cell.pseudoClassStateChanged(SELECTED, cell.getItem() != null
                && selected.get() != null && cell.getItem().id() == selected.get().id());
        cell.itemProperty().addListener((o, a, b) -> mark.run());
        selected.addListener((o, a, b) -> mark.run());
        return cell;
    }

    /**
     * @param boxes        the redaction boxes by exhibit id (absent: none); the cell redraws when its exhibit's change
     * @param redactedText the badge's words
     */
    EvidenceCell(ThumbnailImages thumbnails, ObservableMap<Long, List<Redaction>> boxes, String redactedText) {
        this.thumbnails = thumbnails;
        this.boxes = boxes;
        boxes.addListener((MapChangeListener<Long, List<Redaction>>) c -> {
            if (getItem() != null && c.getKey() == getItem().id()) {
                updateItem(getItem(), false);
            }
        });
        this.redacted = new Label(redactedText, new FontIcon("mdi2e-eye-off-outline"));
        redacted.getStyleClass().add("evidence-redacted-badge");
        redacted.setMinWidth(Label.USE_PREF_SIZE);
        StackPane.setAlignment(redacted, Pos.TOP_RIGHT);
        image.setFitWidth(IMAGE);
        image.setFitHeight(IMAGE);
        image.setPreserveRatio(true);
        image.setSmooth(true);
        icon.getStyleClass().add("evidence-file-icon");
        icon.setIconSize(56);
        StackPane frame = new StackPane(icon, image, redacted);
        frame.setPrefSize(IMAGE, IMAGE);
        frame.setMinSize(IMAGE, IMAGE);
        frame.getStyleClass().add("evidence-thumb");
        exhibit.getStyleClass().add("evidence-exhibit");
        caption.getStyleClass().add("evidence-caption");
        caption.setMaxWidth(IMAGE);
        exhibit.setMaxWidth(IMAGE);
        box = new VBox(4, frame, exhibit, caption);
        box.setAlignment(Pos.TOP_CENTER);
        getStyleClass().add("evidence-cell");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(Evidence item, boolean empty) {
        super.updateItem(item, empty);
        request++;
        if (empty || item == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        exhibit.setText(item.exhibit() + "  " + item.originalName());
        caption.setText(item.caption());
        caption.setVisible(!item.caption().isEmpty());
        tooltip.setText(item.exhibit() + "\n" + item.originalName() + (item.caption().isEmpty() ? "" : "\n" + item.caption()));
        setTooltip(tooltip);
        image.setImage(null);
        icon.setIconCode(Icons.of(iconFor(item)));
        icon.setVisible(true);
        List<Redaction> covered = item.isImage() && item.width() != null ? boxes.getOrDefault(item.id(), List.of()) : List.of();
        redacted.setVisible(!covered.isEmpty());
        if (item.isImage()) {
            long current = ++request;
            thumbnails.request(item, covered, loaded -> {
                if (current == request && getItem() == item) {
                    loaded.ifPresent(i -> {
                        image.setImage(i);
                        icon.setVisible(false);
                    });
                }
            });
        }
        setGraphic(box);
    }

    /** The Material Design icon for a kind of file; images show this until their thumbnail arrives. */
    static String iconFor(Evidence e) {
        String type = e.mediaType();
        if (type.startsWith("image/")) {
            return "mdi2i-image-outline";
        }
        if (type.equals("application/pdf")) {
            return "mdi2f-file-pdf-box";
        }
        if (type.startsWith("audio/")) {
            return "mdi2f-file-music-outline";
        }
        if (type.startsWith("video/")) {
            return "mdi2f-file-video-outline";
        }
        if (type.startsWith("text/") || type.contains("message")) {
            return "mdi2f-file-document-outline";
        }
        return "mdi2f-file-outline";
    }
}
