package io.casevault.ui.common;

import io.casevault.app.VaultSession;
import io.casevault.domain.Explained;
import io.casevault.domain.Reason;

import java.time.Clock;
import java.time.ZoneId;
import java.text.MessageFormat;
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
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
    }

    /** A service's sentence in the interface's language; English (the code's own text) when there is no translation. */
    public String text(Reason reason) {
        return translate(reason, locale());
    }

    /** What went wrong, in one sentence in the interface's language, for an error dialog or notification. */
    public String describe(Throwable error) {
        return describe(error, locale());
    }

    static String translate(Reason reason, Locale locale) {
        if (!reason.translatable()) {
            return reason.english();
        }
        ResourceBundle translations = Bundles.reasons(locale);
        if (!translations.containsKey(reason.key())) {
            return reason.english();
        }
        Object[] args = reason.args().stream().map(a -> a instanceof Reason r ? translate(r, locale) : a).toArray();
        return new MessageFormat(translations.getString(reason.key()), locale).format(args);
    }

    static String describe(Throwable error, Locale locale) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof Explained explained) {
                return translate(explained.reason(), locale);
            }
        }
        return error.getMessage() == null ? error.toString() : error.getMessage();
    }
}
