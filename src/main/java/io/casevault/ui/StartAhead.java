package io.casevault.ui;

import io.casevault.app.AppExecutors;
import io.casevault.ui.prefs.Preferences;
import io.casevault.ui.prefs.PreferencesLocation;
import io.casevault.ui.shell.VaultOpening;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * What the window needs that does not need the JavaFX toolkit, started at launch on the application's I/O threads so
 * that it runs beside the toolkit's start instead of after it: the preferences, then the vault the window shows (the
 * one asked for, else the last one, else the default) opened with its cases read.
 */
final class StartAhead {
    private final Path requested;
    private final Clock clock;
    private final ZoneId zone;
    private final AppExecutors executors;
    private final CompletableFuture<Preferences> prefs;
    private final VaultOpening.Pending opening;

    private StartAhead(Path requested, Path prefsFile, AppExecutors executors, Clock clock, ZoneId zone) {
        this.requested = requested;
        this.clock = Objects.requireNonNull(clock);
        this.zone = Objects.requireNonNull(zone);
        this.executors = Objects.requireNonNull(executors);
        this.prefs = CompletableFuture.supplyAsync(() -> Preferences.load(prefsFile), executors.io());
        this.opening = VaultOpening.casesOf(prefs.thenApplyAsync(p -> VaultOpening.attempt(vault(p), clock,
                executors), executors.io()), clock, zone, executors);
    }

    /** Starts reading the preferences and opening the vault; {@code requested} null: the last or default vault. */
    static StartAhead begin(Path requested) {
        return begin(requested, PreferencesLocation.resolve(), AppExecutors.forThisMachine(), Clock.systemUTC(),
                ZoneId.systemDefault());
    }

    /** As {@link #begin(Path)}, with this preferences file, these executors and this clock. */
    static StartAhead begin(Path requested, Path prefsFile, AppExecutors executors, Clock clock, ZoneId zone) {
        return new StartAhead(requested, Objects.requireNonNull(prefsFile), executors, clock, zone);
    }

    /** The vault the window shows: the one asked for, else the last one (null: the default). */
    Path vault(Preferences preferences) {
        return requested != null ? requested : preferences.lastVault().orElse(null);
    }

    /** The preferences, waiting for them if still being read. */
    Preferences prefs() {
        return prefs.join();
    }

    /** The vault being opened, then its cases being read. */
    VaultOpening.Pending opening() {
        return opening;
    }

    /** The application-wide executors, which the application closes when it stops. */
    AppExecutors executors() {
        return executors;
    }

    Clock clock() {
        return clock;
    }

    ZoneId zone() {
        return zone;
    }
}
