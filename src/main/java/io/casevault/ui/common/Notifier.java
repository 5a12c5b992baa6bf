package io.casevault.ui.common;

/** Shows a short message to the user (a notification in the main window; a recorder in tests). */
public interface Notifier {

    void info(String title, String message);

    void error(String title, String message);

    /** A message with one action, such as "Undo" after moving something to the trash. */
    default void info(String title, String message, String actionText, Runnable action) {
        info(title, message);
    }
}
