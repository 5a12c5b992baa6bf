package io.casevault.ui.common;

import io.casevault.app.VaultSession;
import io.casevault.domain.Explained;
import io.casevault.domain.Reason;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;

/**
 * For UI tests only (the window hands each view just what it uses): a fixture's open vault, the language bundle, the
 * background executor, the clock and zone, and where background work and messages are recorded.
 */
public record UiContext(VaultSession session, ResourceBundle bundle, ExecutorService background, Clock clock,
                        ZoneId zone, Notifier notifier, BackgroundWork work) {

    public UiContext {
        Objects.requireNonNull(session);
        Objects.requireNonNull(bundle);
        Objects.requireNonNull(background);
        Objects.requireNonNull(clock);
        Objects.requireNonNull(zone);
        Objects.requireNonNull(notifier);
        Objects.requireNonNull(work);
    }

    public Locale locale() {
        return bundle.getLocale();
    }

    /** The text for {@code key}, formatted when arguments are given (as {@link Texts#text(String, Object...)}). */
    public String text(String key, Object... args) {
        return texts().text(key, args);
    }

    /** A service's sentence in the interface's language. */
    public String text(Reason reason) {
        return texts().text(reason);
    }

    /** What went wrong, in one sentence in the interface's language. */
    public String describe(Throwable error) {
        return texts().describe(error);
    }

    /** The language part of this context. */
    public Texts texts() {
        return new Texts(bundle);
    }

    /** Dates, times, money and names in this context's language and zone. */
    public Formats formats() {
        return new Formats(bundle, locale(), zone);
    }
}
