package io.casevault.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Whether the window may change its vault: one property for the whole window, set by the composition root (a vault
 * on a read-only disk, or one whose disk filled). Every action that writes is bound to it once — disabled, with why as
 * its tooltip — rather than each view checking. Views mark those actions in their FXML with the style class
 * {@value #STYLE_CLASS} (on the control, or on a box holding only such controls).
 */
public final class WriteAccess {
    /** The style class of a control, or a box of controls, that changes the vault. */
    public static final String STYLE_CLASS = "vault-write";
    private static final Logger LOG = LoggerFactory.getLogger(WriteAccess.class);

    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper why = new ReadOnlyStringWrapper("");

    /** True while nothing may be written to the vault. */
    public ReadOnlyBooleanProperty readOnly() {
        return readOnly.getReadOnlyProperty();
    }

    /** Why, in the window's language; empty while the vault can be written. */
    public ReadOnlyStringProperty why() {
        return why.getReadOnlyProperty();
    }

    /** From now on nothing is written, for this reason (a full sentence). */
    public void refuse(String reason) {
        why.set(Objects.requireNonNull(reason));
        readOnly.set(true);
    }

    /** The vault can be written again (the disk has room again). */
    public void allow() {
        readOnly.set(false);
        why.set("");
    }

    /**
     * Guards every node under {@code root} (itself included) that carries {@link #STYLE_CLASS}. Walks what controls
     * hold as well (a scroll pane's content, a split pane's, a tool bar's and a tab pane's items): before its first
     * layout a control's skin has not made them its children yet.
     */
    public void guardAll(Node root) {
        if (root.getStyleClass().contains(STYLE_CLASS)) {
            guard(root);
        }
        List<Node> held = new ArrayList<>();
        if (root instanceof ScrollPane scroll && scroll.getContent() != null) {
            held.add(scroll.getContent());
        } else if (root instanceof SplitPane split) {
            held.addAll(split.getItems());
        } else if (root instanceof ToolBar bar) {
            held.addAll(bar.getItems());
        } else if (root instanceof TabPane tabs) {
            tabs.getTabs().stream().map(Tab::getContent).filter(Objects::nonNull).forEach(held::add);
        } else if (root instanceof TitledPane titled && titled.getContent() != null) {
            held.add(titled.getContent());
        }
        if (root instanceof Parent parent) {
            held.addAll(parent.getChildrenUnmodifiable());
        }
        held.forEach(this::guardAll);
    }

    /** Disables {@code node} while the vault is read-only, with the reason as its tooltip while it is. */
    public void guard(Node node) {
        if (node.getProperties().putIfAbsent(STYLE_CLASS, Boolean.TRUE) != null) {
            return; // found again through another root
        }
        if (node.disableProperty().isBound()) {
            // its view already binds it; the style class belongs on a box around it
            LOG.warn("Not guarded, its disable property is bound: {}", node);
            return;
        }
        node.disableProperty().bind(readOnly);
        if (node instanceof Control control) {
            Tooltip own = control.getTooltip();
            Tooltip reason = new Tooltip();
            reason.textProperty().bind(why);
            readOnly.addListener((o, was, now) -> control.setTooltip(now ? reason : own));
            control.setTooltip(readOnly.get() ? reason : own);
        } else {
            Tooltip reason = new Tooltip();
            reason.textProperty().bind(why);
            Tooltip.install(node, reason);
        }
    }

    /** Disables a menu item while the vault is read-only, or while {@code also} holds. */
    public void guard(MenuItem item, javafx.beans.value.ObservableBooleanValue also) {
        item.disableProperty().bind(readOnly.or(also));
    }

    /** Disables a menu item while the vault is read-only. */
    public void guard(MenuItem item) {
        item.disableProperty().bind(readOnly);
    }

    /** Files dragged onto {@code target} are not accepted while the vault is read-only. */
    public void refuseDrops(Node target) {
        target.addEventFilter(DragEvent.ANY, e -> {
            if (readOnly.get()) {
                e.consume();
            }
        });
    }
}
