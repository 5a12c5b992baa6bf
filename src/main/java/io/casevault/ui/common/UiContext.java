package io.casevault.ui.common;

import io.casevault.app.VaultSession;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;

/**
 * What every view and controller needs: the open vault's services, the language bundle, the background executor, the
 * clock and zone, and a place to report background work and messages to the user.
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

    /** The text for {@code key}, formatted with {@link java.text.MessageFormat} when arguments are given. */
    public String text(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new java.text.MessageFormat(pattern, locale()).format(args);
    }
}
