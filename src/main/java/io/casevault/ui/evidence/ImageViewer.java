package io.casevault.ui.evidence;

import io.casevault.domain.Evidence;
import io.casevault.domain.Orientation;
import io.casevault.domain.RecognisedLine;
import io.casevault.ui.common.WriteAccess;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;

import java.util.function.Function;

/**
 * The upright picture with zoom (buttons, slider, Ctrl + scroll) and fit, the redaction layer over it, and outlines of
 * highlighted text lines. Zoom is in screen pixels per pixel of the original, whatever the size of the rendition
 * shown.
 */
final class ImageViewer extends BorderPane {
    private static final double MIN = 0.05;
    private static final double MAX = 8;
    /** From this width on the zoom slider shows beside the buttons. */
    private static final double WIDE = 380;
    private static final double MIN_WIDTH = 200;

    private final ImageView view = new ImageView();
    private final RedactionLayer layer = new RedactionLayer();
    private final Pane highlights = new Pane();
    private List<RecognisedLine> highlighted = List.of();
    private RedactionMapper mapper;
    private final ScrollPane scroll;
    private final DoubleProperty zoom = new SimpleDoubleProperty(1);
    private final Slider slider = new Slider(Math.log(MIN), Math.log(MAX), 0);
    private final Label percent = new Label("100%");
    private final Label placeholder = new Label();
    private final ToggleButton redact;
    private final Button removeBox;
    private final Label hint;
    private Evidence shown;

    ImageViewer(Function<String, String> text) {
        view.setPreserveRatio(true);
        view.setSmooth(true);
        // the boxes of highlighted text lines, over the picture; clicks go through to the redaction layer
        highlights.setMouseTransparent(true);
        highlights.setManaged(false);
        StackPane picture = new StackPane(view, layer, highlights);
        picture.setAlignment(Pos.TOP_LEFT);
        StackPane centred = new StackPane(new Group(picture));
        centred.getStyleClass().add("viewer-canvas");
        scroll = new ScrollPane(centred);
        scroll.setPannable(false);
        scroll.getStyleClass().add("edge-to-edge");
        // the canvas is at least the viewport, so a small picture sits in the middle
        centred.minWidthProperty().bind(scroll.widthProperty().subtract(2));
        centred.minHeightProperty().bind(scroll.heightProperty().subtract(2));
        scroll.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown() || e.isControlDown()) {
                setZoom(zoom.get() * (e.getDeltaY() > 0 ? 1.15 : 1 / 1.15));
                e.consume();
            }
        });
        placeholder.getStyleClass().add("viewer-placeholder");
        // a narrow viewer (the default window on a 1366×768 laptop) wraps the sentence rather than cutting it short
        placeholder.setWrapText(true);
        placeholder.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        placeholder.setPadding(new javafx.geometry.Insets(0, 16, 0, 16));
        StackPane centre = new StackPane(scroll, placeholder);
        setCenter(centre);

        Button fit = iconButton("mdi2f-fit-to-page-outline", text.apply("evidence.viewer.fit"));
        fit.setOnAction(e -> fit());
        Button out = iconButton("mdi2m-magnify-minus-outline", text.apply("evidence.viewer.zoomOut"));
        out.setOnAction(e -> setZoom(zoom.get() / 1.25));
        Button in = iconButton("mdi2m-magnify-plus-outline", text.apply("evidence.viewer.zoomIn"));
        in.setOnAction(e -> setZoom(zoom.get() * 1.25));
        Button actual = new Button("1:1");
        actual.setTooltip(new Tooltip(text.apply("evidence.viewer.actual")));
        actual.setAccessibleText(text.apply("evidence.viewer.actual"));
        actual.getStyleClass().add("flat");
        actual.setMinWidth(Region.USE_PREF_SIZE);
        slider.setPrefWidth(100);
        slider.valueProperty().addListener((o, a, b) -> {
            if (Math.abs(b.doubleValue() - Math.log(zoom.get())) > 1e-6) {
                setZoom(Math.exp(b.doubleValue()));
            }
        });
        // the slider only when there is room: the buttons and Ctrl + scroll zoom as well
        slider.visibleProperty().bind(widthProperty().greaterThanOrEqualTo(WIDE));
        slider.managedProperty().bind(slider.visibleProperty());
        // wide enough for "100%" in the theme's font, so the zoom never reads "10..."
        percent.setPrefWidth(44);
        percent.setMinWidth(Region.USE_PREF_SIZE);
        percent.setAlignment(Pos.CENTER);
        percent.getStyleClass().add("viewer-percent");
        redact = new ToggleButton(text.apply("redaction.mode"), new FontIcon("mdi2r-rectangle"));
        redact.setTooltip(new Tooltip(text.apply("redaction.help")));
        redact.setMinWidth(Region.USE_PREF_SIZE);
        redact.getStyleClass().add("redaction-toggle");
        layer.editingProperty().bind(redact.selectedProperty());
        removeBox = iconButton("mdi2d-delete-outline", text.apply("redaction.remove"));
        removeBox.disableProperty().bind(redact.selectedProperty().not());
        removeBox.setOnAction(e -> layer.removeSelected());
        hint = new Label(text.apply("redaction.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("redaction-hint");
        hint.visibleProperty().bind(redact.selectedProperty());
        hint.managedProperty().bind(redact.selectedProperty());
        HBox redaction = new HBox(4, redact, removeBox);
        redaction.getStyleClass().add(WriteAccess.STYLE_CLASS); // redacting changes the vault: off when read-only
        redaction.setAlignment(Pos.CENTER_LEFT);
        HBox zooming = new HBox(0, fit, out, percent, in, actual, slider);
        zooming.setAlignment(Pos.CENTER_LEFT);
        // the redaction tools and the zoom tools in one row when the viewer is wide, in two when it is narrow (the
        // default window on a 1366×768 laptop): nothing goes into an overflow menu, nothing is cut short
        FlowPane tools = new FlowPane(12, 4, redaction, zooming);
        tools.setAlignment(Pos.CENTER_LEFT);
        tools.getStyleClass().add("redaction-bar");
        // narrow enough for the grid and the details beside it; the zoom group (the widest row) still fits
        setMinWidth(MIN_WIDTH);
        setTop(new VBox(tools, hint));
        zoom.addListener((o, a, b) -> applyZoom());
    }

    private static Button iconButton(String icon, String tip) {
        Button b = new Button(null, new FontIcon(icon));
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.getStyleClass().addAll("button-icon", "flat");
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    RedactionLayer layer() {
        return layer;
    }

    DoubleProperty zoomProperty() {
        return zoom;
    }

    ToggleButton redactButton() {
        return redact;
    }

    /** How to draw a box, shown while redaction mode is on. */
    Label redactionHint() {
        return hint;
    }

    /** Shows an item: its picture when {@code image} is given, else the placeholder text. */
    void show(Evidence e, Image image, String placeholderText) {
        if (shown == null || e == null || shown.id() != e.id()) {
            highlighted = List.of();
            mapper = null;
            highlights.getChildren().clear();
        }
        shown = e;
        view.setImage(image);
        placeholder.setText(placeholderText);
        placeholder.setVisible(image == null);
        scroll.setVisible(image != null);
        boolean redactable = image != null && e != null && e.width() != null && e.height() != null;
        redact.setDisable(!redactable);
        if (!redactable) {
            redact.setSelected(false);
        }
        if (image != null) {
            fit();
        }
    }

    void fit() {
        if (shown == null || shown.width() == null) {
            return;
        }
        Orientation o = new Orientation(shown.orientation());
        double w = o.uprightWidth(shown.width(), shown.height());
        double h = o.uprightHeight(shown.width(), shown.height());
        double vw = Math.max(100, scroll.getViewportBounds().getWidth() - 16);
        double vh = Math.max(100, scroll.getViewportBounds().getHeight() - 16);
        setZoom(Math.min(1, Math.min(vw / w, vh / h)));
        applyZoom();
    }

    void setZoom(double z) {
        zoom.set(Math.max(MIN, Math.min(MAX, z)));
    }

    private void applyZoom() {
        double z = zoom.get();
        slider.setValue(Math.log(z));
        percent.setText(Math.round(z * 100) + "%");
        if (shown == null || shown.width() == null || shown.height() == null) {
            return;
        }
        RedactionMapper m = new RedactionMapper(shown.width(), shown.height(), new Orientation(shown.orientation()), z);
        view.setFitWidth(m.viewWidth());
        view.setFitHeight(m.viewHeight());
        layer.setMapper(m);
        mapper = m;
        drawHighlights();
    }

    /** Outlines these recognised lines over the picture (their boxes are in stored pixels), replacing any before. */
    void highlight(List<RecognisedLine> lines) {
        highlighted = List.copyOf(lines);
        drawHighlights();
        if (!highlights.getChildren().isEmpty()) {
            reveal((Rectangle) highlights.getChildren().get(0));
        }
    }

    /** Scrolls a zoomed-in picture so that the outlined box is in sight; a box already in sight stays put. */
    private void reveal(Rectangle box) {
        Node content = scroll.getContent();
        Bounds viewport = scroll.getViewportBounds();
        Bounds all = content.getLayoutBounds();
        Bounds b = content.sceneToLocal(box.localToScene(box.getBoundsInLocal()));
        if (b == null) {
            return;
        }
        double spareX = all.getWidth() - viewport.getWidth();
        double spareY = all.getHeight() - viewport.getHeight();
        if (spareX > 0) {
            double left = spareX * scroll.getHvalue();
            if (b.getMinX() < left || b.getMaxX() > left + viewport.getWidth()) {
                scroll.setHvalue(clamp((b.getCenterX() - viewport.getWidth() / 2) / spareX));
            }
        }
        if (spareY > 0) {
            double top = spareY * scroll.getVvalue();
            if (b.getMinY() < top || b.getMaxY() > top + viewport.getHeight()) {
                scroll.setVvalue(clamp((b.getCenterY() - viewport.getHeight() / 2) / spareY));
            }
        }
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    /** For tests: the outlines drawn over the picture, in the picture's coordinates. */
    List<Rectangle> highlightBoxes() {
        return highlights.getChildren().stream().map(Rectangle.class::cast).toList();
    }

    private void drawHighlights() {
        highlights.getChildren().clear();
        if (mapper == null || shown == null) {
            return;
        }
        for (RecognisedLine line : highlighted) {
            Orientation.Box b = mapper.toView(line);
            Rectangle r = new Rectangle(b.x(), b.y(), b.width(), b.height());
            r.getStyleClass().add("text-highlight");
            highlights.getChildren().add(r);
        }
    }
}
