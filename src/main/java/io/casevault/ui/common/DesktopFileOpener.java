package io.casevault.ui.common;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Opens files through {@link Desktop} where the platform supports it, else through {@code xdg-open} on Linux (AWT's
 * desktop support is missing on many Linux desktops). Everything here may block: call it off the FX thread.
 */
public final class DesktopFileOpener implements FileOpener {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopFileOpener.class);

    @Override
    public void open(Path file) throws IOException {
        Objects.requireNonNull(file);
        if (supports(Desktop.Action.OPEN)) {
            Desktop.getDesktop().open(file.toFile());
        } else {
            xdgOpen(file);
        }
    }

    @Override
    public void showInFolder(Path file) throws IOException {
        Objects.requireNonNull(file);
        if (supports(Desktop.Action.BROWSE_FILE_DIR)) {
            Desktop.getDesktop().browseFileDirectory(file.toFile());
        } else if (supports(Desktop.Action.OPEN)) {
            Desktop.getDesktop().open(file.toAbsolutePath().getParent().toFile());
        } else {
            xdgOpen(file.toAbsolutePath().getParent());
        }
    }

    private static boolean supports(Desktop.Action action) {
        try {
            return Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(action);
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("No AWT desktop support", e);
            return false;
        }
    }

    private static void xdgOpen(Path target) throws IOException {
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        Path tool = Path.of("/usr/bin/xdg-open");
        if (!linux || !Files.isExecutable(tool)) {
            throw new UnsupportedOperationException("This system offers no way to open " + target + ".");
        }
        new ProcessBuilder(tool.toString(), target.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
