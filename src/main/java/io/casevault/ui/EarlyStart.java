package io.casevault.ui;

import io.casevault.app.AppExecutors;
import io.casevault.ui.prefs.Preferences;
import io.casevault.ui.prefs.PreferencesLocation;
import io.casevault.ui.shell.Shell;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * What the application needs before its window and can begin before the toolkit is up: the preferences, the
 * executors, and the vault's opening (the one asked for, else the last one, else the default), which then runs beside
 * the toolkit's start instead of after it.
 *
 * @param vault the vault being opened (null: the default one)
 */
record EarlyStart(Preferences prefs, AppExecutors executors, Clock clock, Path vault,
                  CompletableFuture<Shell.Opening> opening) {
    EarlyStart {
        Objects.requireNonNull(prefs);
        Objects.requireNonNull(executors);
        Objects.requireNonNull(clock);
        Objects.requireNonNull(opening);
    }

    static EarlyStart begin(Path requested) {
        Preferences prefs = Preferences.load(PreferencesLocation.resolve());
        AppExecutors executors = AppExecutors.forThisMachine();
        Clock clock = Clock.systemUTC();
        Path vault = requested != null ? requested : prefs.lastVault().orElse(null);
        return new EarlyStart(prefs, executors, clock, vault, Shell.startOpening(vault, clock, executors));
    }
}
