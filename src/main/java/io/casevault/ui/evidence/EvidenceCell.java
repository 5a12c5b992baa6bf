package io.casevault.ui.evidence;

import io.casevault.domain.Evidence;
import javafx.beans.property.ObjectProperty;
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

/** One exhibit in the grid: its thumbnail (or a file icon), the exhibit label and the caption. */
final class EvidenceCell extends GridCell<Evidence> {
    static final double IMAGE = 140;
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final ThumbnailImages thumbnails;
    private final ImageView image = new ImageView();
    private final FontIcon icon = new FontIcon();
    private final Label exhibit = new Label();
    private final Label caption = new Label();
    private final VBox box;
    private final Tooltip tooltip = new Tooltip();

    /** A cell that selects its exhibit when clicked and is marked while its exhibit is the selected one. */
    static EvidenceCell selectable(ThumbnailImages thumbnails, ObjectProperty<Evidence> selected) {
        EvidenceCell cell = new EvidenceCell(thumbnails);
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

    EvidenceCell(ThumbnailImages thumbnails) {
        this.thumbnails = thumbnails;
        image.setFitWidth(IMAGE);
        image.setFitHeight(IMAGE);
        image.setPreserveRatio(true);
        image.setSmooth(true);
        icon.getStyleClass().add("evidence-file-icon");
        icon.setIconSize(56);
        StackPane frame = new StackPane(icon, image);
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
        icon.setIconLiteral(iconFor(item));
        icon.setVisible(true);
        if (item.isImage()) {
            thumbnails.request(item, loaded -> {
                if (getItem() == item) {
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
