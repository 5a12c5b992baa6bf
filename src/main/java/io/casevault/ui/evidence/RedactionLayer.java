package io.casevault.ui.evidence;

import io.casevault.domain.Redaction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Black boxes over the displayed picture. In editing mode, dragging on the picture draws a box, dragging a box moves
 * it, a click selects it and Delete removes the selected one. The boxes are kept in stored pixels ({@link #boxes()});
 * what is on screen is redrawn from them whenever the zoom changes.
 */
final class RedactionLayer extends Pane {
    private final ObservableList<Redaction> boxes = FXCollections.observableArrayList();
    private final ObservableList<Redaction> previews = FXCollections.observableArrayList();
    private final BooleanProperty editing = new SimpleBooleanProperty(false);
    private final List<Rectangle> shapes = new ArrayList<>();
    private RedactionMapper mapper;
    private int selected = -1;
    private Rectangle drawing;
    private double startX;
    private double startY;
    private double grabDx;
    private double grabDy;

    RedactionLayer() {
        getStyleClass().add("redaction-layer");
        setFocusTraversable(true);
        setOnMousePressed(this::pressed);
        setOnMouseDragged(this::dragged);
        setOnMouseReleased(this::released);
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                removeSelected();
                e.consume();
            }
        });
        editing.addListener((o, was, now) -> setCursor(now ? Cursor.CROSSHAIR : Cursor.DEFAULT));
        boxes.addListener((javafx.collections.ListChangeListener<Redaction>) c -> redraw());
        previews.addListener((javafx.collections.ListChangeListener<Redaction>) c -> redraw());
    }

    /** The boxes in stored pixel space; replacing them redraws the layer. */
    ObservableList<Redaction> boxes() {
        return boxes;
    }

    /** Suggested boxes, drawn dashed until the suggestion is accepted; they cannot be selected or moved. */
    ObservableList<Redaction> previews() {
        return previews;
    }

    BooleanProperty editingProperty() {
        return editing;
    }

    /** Sets the geometry (picture size, orientation, zoom) and redraws. */
    void setMapper(RedactionMapper mapper) {
        this.mapper = mapper;
        setPrefSize(mapper.viewWidth(), mapper.viewHeight());
        setMinSize(mapper.viewWidth(), mapper.viewHeight());
        setMaxSize(mapper.viewWidth(), mapper.viewHeight());
        redraw();
    }

    boolean hasSelection() {
        return selected >= 0 && selected < boxes.size();
    }

    void removeSelected() {
        if (editing.get() && hasSelection()) {
            int i = selected;
            selected = -1;
            boxes.remove(i);
        }
    }

    private void redraw() {
        getChildren().clear();
        shapes.clear();
        if (mapper == null) {
            return;
        }
        for (int i = 0; i < boxes.size(); i++) {
            var v = mapper.toView(boxes.get(i));
            Rectangle r = new Rectangle(v.x(), v.y(), v.width(), v.height());
            r.getStyleClass().add("redaction-box");
            if (i == selected) {
                r.getStyleClass().add("selected");
            }
            shapes.add(r);
        }
        getChildren().addAll(shapes);
        for (Redaction p : previews) {
            var v = mapper.toView(p);
            Rectangle r = new Rectangle(v.x(), v.y(), v.width(), v.height());
            r.getStyleClass().addAll("redaction-box", "suggested");
            r.setMouseTransparent(true);
            getChildren().add(r);
        }
    }

    private void pressed(MouseEvent e) {
        if (!editing.get() || mapper == null) {
            return;
        }
        requestFocus();
        selected = hit(e.getX(), e.getY());
        if (selected >= 0) {
            Rectangle r = shapes.get(selected);
            grabDx = e.getX() - r.getX();
            grabDy = e.getY() - r.getY();
            redraw();
        } else {
            startX = e.getX();
            startY = e.getY();
            drawing = new Rectangle(startX, startY, 0, 0);
            drawing.getStyleClass().addAll("redaction-box", "drawing");
            getChildren().add(drawing);
        }
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (!editing.get() || mapper == null) {
            return;
        }
        if (drawing != null) {
            drawing.setX(Math.min(startX, e.getX()));
            drawing.setY(Math.min(startY, e.getY()));
            drawing.setWidth(Math.abs(e.getX() - startX));
            drawing.setHeight(Math.abs(e.getY() - startY));
        } else if (hasSelection()) {
            Rectangle r = shapes.get(selected);
            r.setX(Math.max(0, Math.min(mapper.viewWidth() - r.getWidth(), e.getX() - grabDx)));
            r.setY(Math.max(0, Math.min(mapper.viewHeight() - r.getHeight(), e.getY() - grabDy)));
        }
        e.consume();
    }

    private void released(MouseEvent e) {
        if (!editing.get() || mapper == null) {
            return;
        }
        if (drawing != null) {
            Rectangle d = drawing;
            drawing = null;
            getChildren().remove(d);
            if (d.getWidth() >= 3 && d.getHeight() >= 3) {
                mapper.toStored(d.getX(), d.getY(), d.getWidth(), d.getHeight()).ifPresent(r -> {
                    selected = boxes.size();
                    boxes.add(r);
                });
            }
        } else if (hasSelection()) {
            Rectangle r = shapes.get(selected);
            Optional<Redaction> moved = mapper.toStored(r.getX(), r.getY(), r.getWidth(), r.getHeight());
            if (moved.isPresent() && !moved.get().equals(boxes.get(selected))) {
                boxes.set(selected, moved.get());
            }
        }
        e.consume();
    }

    /** The topmost box under the point, or -1. */
    private int hit(double x, double y) {
        for (int i = shapes.size() - 1; i >= 0; i--) {
            if (shapes.get(i).contains(x, y)) {
                return i;
            }
        }
        return -1;
    }
}
