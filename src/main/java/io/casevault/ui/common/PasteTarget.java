package io.casevault.ui.common;

/** A case view that accepts "Paste evidence" (Ctrl+V, Edit menu); the main window forwards the command to it. */
public interface PasteTarget {

    void paste();
}
