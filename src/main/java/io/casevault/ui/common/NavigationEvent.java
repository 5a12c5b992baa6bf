package io.casevault.ui.common;

import javafx.event.Event;
import javafx.event.EventType;

import java.util.Objects;

/**
 * Asks the main window to show another view of the selected case (by the view's title key) and, optionally, to
 * start an action there, such as logging a follow-up. Fired by a view on its own node; it bubbles up to the window,
 * so views never need a reference to each other.
 */
public final class NavigationEvent extends Event {
    public static final EventType<NavigationEvent> OPEN = new EventType<>(Event.ANY, "CASEVAULT_OPEN_VIEW");
    /** The action {@link CaseView#perform} understands in the timeline: open the follow-up dialog. */
    public static final String LOG_FOLLOW_UP = "log-follow-up";
    /** The action the evidence view understands: choose e-mail files to import. */
    public static final String IMPORT_MAIL = "import-mail";

    private final String viewKey;
    private final String action;

    public NavigationEvent(String viewKey, String action) {
        super(OPEN);
        this.viewKey = Objects.requireNonNull(viewKey);
        this.action = action;
    }

    public String viewKey() {
        return viewKey;
    }

    /** The action to start in the view, or null to only show it. */
    public String action() {
        return action;
    }
}
