package io.casevault.ui.common;

import io.casevault.domain.Explained;
import io.casevault.domain.MessagePatterns;
import io.casevault.domain.Reason;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The window's language: the texts of the resource bundle, and services' {@link Reason sentences} translated into it.
 * Every controller and view model that shows words gets this, and nothing more, for them.
 */
public final class Texts {
    private final ResourceBundle bundle;
    /** Each pattern parsed once: a list's cells format one per row. */
    private final MessagePatterns patterns;

    public Texts(ResourceBundle bundle) {
        this.bundle = Objects.requireNonNull(bundle);
        this.patterns = new MessagePatterns(bundle::getString, bundle.getLocale());
    }

    public static Texts of(Locale locale) {
        return new Texts(Bundles.load(locale));
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return bundle.getLocale();
    }

    /** The text for {@code key}, formatted with {@link MessageFormat} when arguments are given. */
    public String text(String key, Object... args) {
        if (args.length == 0) {
            return bundle.getString(key);
        }
        return patterns.format(key, args);
    }

    /** A service's sentence in the interface's language; English (the code's own text) when there is no translation. */
    public String text(Reason reason) {
        return translate(reason, locale());
    }

    /** What went wrong, in one sentence in the interface's language, for an error dialog or notification. */
    public String describe(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof Explained explained) {
                return text(explained.reason());
            }
        }
        return error.getMessage() == null ? error.toString() : error.getMessage();
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
}
