package io.casevault.domain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A resource bundle's {@link MessageFormat} patterns, each parsed once (a table, timeline or dossier formats one per
 * row, and parsing it each time cost more than the formatting) and used under its own lock: a {@code MessageFormat}
 * is not thread-safe, and views and exports format on several threads.
 */
public final class MessagePatterns {
    private final Function<String, String> patterns;
    private final Locale locale;
    private final Map<String, MessageFormat> parsed = new ConcurrentHashMap<>();

    /** @param patterns a key's pattern, e.g. {@code bundle::getString} */
    public MessagePatterns(Function<String, String> patterns, Locale locale) {
        this.patterns = Objects.requireNonNull(patterns);
        this.locale = Objects.requireNonNull(locale);
    }

    /** The pattern of {@code key} formatted with {@code args}. */
    public String format(String key, Object... args) {
        MessageFormat format = parsed.computeIfAbsent(key, k -> new MessageFormat(patterns.apply(k), locale));
        synchronized (format) {
            return format.format(args);
        }
    }
}
