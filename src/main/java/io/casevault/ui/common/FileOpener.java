package io.casevault.ui.common;

import java.nio.file.Path;

/** Hands a file to the system: open it in its usual application, or show it in the file manager. */
public interface FileOpener {

    /**
     * Opens the file; may block, so call it off the FX thread.
     *
     * @throws UnsupportedOperationException when this system cannot open files for us
     */
    void open(Path file) throws java.io.IOException;

    /** Shows the folder that holds the file, with the file selected where the system can. Off the FX thread. */
    void showInFolder(Path file) throws java.io.IOException;
}
