package io.casevault.ui.shell;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * How far the window's lists, tables and scroll panes were scrolled, and which row each table had selected, so that a
 * window built again (in another language) shows the same rows. A place is found again by the ids of the nodes above
 * it, so a view that is built differently gets nothing rather than another view's position.
 *
 * <p>The rebuilt views load their rows in the background, so each position is put back once its control holds as many
 * rows as before (a scroll pane: once its content is about as tall as before), and then left to the user.
 */
final class ScrollPositions {
    /** A scroll pane's content may wrap differently in the other language; this close in height counts as the same. */
    private static final double SAME_HEIGHT = 0.25;

    /** A list's first row shown, by index (rows may be taller in the other language, so not a fraction). */
    private record Flow(int firstShown, int cells) {
    }

    private record Pane(double vvalue, double hvalue, double contentHeight) {
    }

    private record Selection(int index, int rows) {
    }

    private final Map<String, Flow> flows;
    private final Map<String, Pane> panes;
    private final Map<String, Selection> selections;

    private ScrollPositions(Map<String, Flow> flows, Map<String, Pane> panes, Map<String, Selection> selections) {
        this.flows = flows;
        this.panes = panes;
        this.selections = selections;
    }

    /** Where everything under {@code root} is scrolled now. */
    static ScrollPositions of(Parent root) {
        Map<String, Flow> flows = new LinkedHashMap<>();
        Map<String, Pane> panes = new LinkedHashMap<>();
        Map<String, Selection> selections = new LinkedHashMap<>();
        Keys keys = new Keys();
        for (Node node : root.lookupAll("*")) {
            if (node instanceof VirtualFlow<?> flow && flow.getFirstVisibleCell() != null) {
                flows.put(keys.of(flow), new Flow(flow.getFirstVisibleCell().getIndex(), flow.getCellCount()));
            } else if (node instanceof ScrollPane pane && pane.getContent() != null) {
                panes.put(keys.of(pane), new Pane(pane.getVvalue(), pane.getHvalue(), height(pane.getContent())));
            } else if (node instanceof TableView<?> table && table.getSelectionModel().getSelectedIndex() >= 0) {
                selections.put(keys.of(table),
                        new Selection(table.getSelectionModel().getSelectedIndex(), table.getItems().size()));
            }
        }
        return new ScrollPositions(flows, panes, selections);
    }

    /** Puts each position back in the same place under {@code root}, as soon as that place has its rows again. */
    void applyTo(Parent root) {
        root.applyCss(); // a window just built has no skins yet, so no lists' flows to scroll
        Keys keys = new Keys();
        for (Node node : root.lookupAll("*")) {
            if (node instanceof VirtualFlow<?> flow && flows.containsKey(keys.of(flow))) {
                Flow was = flows.get(keys.of(flow));
                once(() -> flow.getCellCount() == was.cells(), () -> flow.scrollToTop(was.firstShown()),
                        flow.cellCountProperty());
            } else if (node instanceof ScrollPane pane && panes.containsKey(keys.of(pane))) {
                Pane was = panes.get(keys.of(pane));
                Node content = pane.getContent();
                once(() -> pane.getContent() != null && sameHeight(height(pane.getContent()), was.contentHeight()),
                        () -> {
                            pane.setVvalue(was.vvalue());
                            pane.setHvalue(was.hvalue());
                        }, pane.contentProperty(), content == null ? pane.viewportBoundsProperty()
                                : content.layoutBoundsProperty());
            } else if (node instanceof TableView<?> table && selections.containsKey(keys.of(table))) {
                Selection was = selections.get(keys.of(table));
                once(() -> table.getItems().size() == was.rows(),
                        () -> table.getSelectionModel().select(was.index()), table.itemsProperty(),
                        table.getItems());
            }
        }
    }

    /**
     * Runs {@code apply} now if {@code ready}, else the first time one of {@code changes} makes it so; and once more
     * after the next layout, which would otherwise put a list back at its top.
     */
    private static void once(BooleanSupplier ready, Runnable apply, Observable... changes) {
        Runnable twice = () -> {
            apply.run();
            Platform.runLater(apply);
        };
        if (ready.getAsBoolean()) {
            twice.run();
            return;
        }
        InvalidationListener listener = new InvalidationListener() {
            @Override
            public void invalidated(Observable o) {
                if (ready.getAsBoolean()) {
                    for (Observable change : changes) {
                        change.removeListener(this);
                    }
                    twice.run();
                }
            }
        };
        for (Observable change : changes) {
            change.addListener(listener);
        }
    }

    private static double height(Node content) {
        Bounds bounds = content.getLayoutBounds();
        return bounds.getHeight();
    }

    private static boolean sameHeight(double now, double was) {
        return was > 0 && Math.abs(now - was) <= SAME_HEIGHT * was;
    }

    /**
     * A node's place: the ids of the nodes above it and its own type, numbered when the same place holds several (the
     * n-th table of a view without ids).
     */
    private static final class Keys {
        private final Map<String, Integer> seen = new HashMap<>();
        private final Map<Node, String> given = new HashMap<>();

        String of(Node node) {
            return given.computeIfAbsent(node, n -> {
                StringBuilder path = new StringBuilder(n.getClass().getSimpleName());
                for (Node up = n.getParent(); up != null; up = up.getParent()) {
                    if (up.getId() != null) {
                        path.insert(0, up.getId() + "/");
                    }
                }
                String base = path.toString();
                int n2 = seen.merge(base, 1, Integer::sum);
                return base + "#" + n2;
            });
        }
    }
}
