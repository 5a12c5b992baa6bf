package io.casevault.ui.prefs;

import io.casevault.app.OutputFile;
import io.casevault.vault.FileOps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The user's settings in a properties file. Every change schedules one write a moment later (debounced, after
 * Cryptomator's SettingsProvider); the file is written beside its final name and moved over it atomically, so a crash
 * never leaves half a file.
 */
public final class Preferences implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Preferences.class);
    private static final long DEBOUNCE_MS = 400;

    private final Path file;
    private final Properties values = new Properties();
    private final ScheduledExecutorService writer;
    private ScheduledFuture<?> pending;
    /** A write failed (a full disk): the next change or {@link #flush} tries again; the old file stays meanwhile. */
    private boolean unsaved;

    private Preferences(Path file) {
        this.file = file;
        this.writer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "preferences-writer");
            t.setDaemon(true);
            return t;
        });
    }

    /** Reads the file; a missing or unreadable file gives the defaults (and the reason is logged). */
    public static Preferences load(Path file) {
        Preferences p = new Preferences(Objects.requireNonNull(file));
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.values.load(r);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Preferences {} could not be read; using defaults", file, e);
            }
        }
        return p;
    }

    public Path file() {
        return file;
    }

    public synchronized Language language() {
        return enumValue("language", Language.class, Language.SYSTEM);
    }

    public void setLanguage(Language language) {
        put("language", language.name());
    }

    public synchronized Theme theme() {
        return enumValue("theme", Theme.class, Theme.LIGHT);
    }

    public void setTheme(Theme theme) {
        put("theme", theme.name());
    }

    public synchronized Optional<Path> lastVault() {
        String v = values.getProperty("vault.last");
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(Path.of(v));
    }

    public void setLastVault(Path dir) {
        put("vault.last", dir.toAbsolutePath().toString());
    }

    /** The folder "Add files…" and "Add folder…" last used, where they open next time. */
    public synchronized Optional<Path> evidenceFolder() {
        String v = values.getProperty("evidence.folder");
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(Path.of(v));
    }

    public void setEvidenceFolder(Path folder) {
        put("evidence.folder", folder.toAbsolutePath().toString());
    }

    /** Days after the last backup before the window reminds the user to back up again; 0 means never. */
    public synchronized int backupReminderDays() {
        try {
            int days = Integer.parseInt(values.getProperty("backup.reminderDays", "7").strip());
            return Math.max(0, days);
        } catch (NumberFormatException e) {
            return 7;
        }
    }

    public void setBackupReminderDays(int days) {
        put("backup.reminderDays", Integer.toString(Math.max(0, days)));
    }

    /** The window's saved outer bounds; empty before the window was ever placed (or when the file's are unreadable). */
    public synchronized Optional<WindowBounds> window() {
        if (values.getProperty("window.width") == null || values.getProperty("window.height") == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new WindowBounds(number("window.x", Double.NaN), number("window.y", Double.NaN),
                    number("window.width", Double.NaN), number("window.height", Double.NaN)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public synchronized boolean windowMaximized() {
        return Boolean.parseBoolean(values.getProperty("window.maximized", "false").strip());
    }

    public void setWindowMaximized(boolean maximized) {
        put("window.maximized", Boolean.toString(maximized));
    }

    public synchronized void setWindow(WindowBounds b) {
        values.setProperty("window.x", Double.toString(b.x()));
        values.setProperty("window.y", Double.toString(b.y()));
        values.setProperty("window.width", Double.toString(b.width()));
        values.setProperty("window.height", Double.toString(b.height()));
        scheduleWrite();
    }

    private double number(String key, double fallback) {
        String v = values.getProperty(key);
        return v == null ? fallback : Double.parseDouble(v);
    }

    private <E extends Enum<E>> E enumValue(String key, Class<E> type, E fallback) {
        String v = values.getProperty(key);
        try {
            return v == null ? fallback : Enum.valueOf(type, v.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private synchronized void put(String key, String value) {
        if (!value.equals(values.getProperty(key))) {
            values.setProperty(key, value);
            scheduleWrite();
        }
    }

    private synchronized void scheduleWrite() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = writer.schedule(this::writeNow, DEBOUNCE_MS, TimeUnit.MILLISECONDS);
    }

    /** Writes the pending changes now (on exit, and in tests). */
    public void flush() {
        synchronized (this) {
            if (pending == null && !unsaved) {
                return;
            }
            if (pending != null) {
                pending.cancel(false);
                pending = null;
            }
        }
        writeNow();
    }

    private void writeNow() {
        Properties copy = new Properties();
        synchronized (this) {
            copy.putAll(values);
            pending = null;
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                copy.store(w, "CaseVault preferences");
            }
            FileOps.fsyncFile(tmp); // whole on disk before it replaces the old file
            OutputFile.moveIntoPlace(tmp, file);
            setUnsaved(false);
        } catch (IOException e) {
            // the old file is untouched: only the temporary one was being written
            setUnsaved(true);
            deleteQuietly(tmp);
            LOG.warn("Preferences could not be saved to {}; the previous ones are kept", file, e);
        }
    }

    private synchronized void setUnsaved(boolean value) {
        unsaved = value;
    }

    private static void deleteQuietly(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            LOG.debug("Could not remove {}", tmp, e);
        }
    }

    @Override
    public void close() {
        flush();
        writer.shutdown();
    }
}
