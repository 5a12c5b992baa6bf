package io.casevault.ui.common;

import javafx.util.StringConverter;

import java.util.Objects;
import java.util.function.Function;

/**
 * A one-way converter for choice boxes, combo boxes and list cells that only show values: null shows as nothing, or
 * as the text given for it (such as "All statuses").
 */
public final class DisplayConverter<T> extends StringConverter<T> {
    private final Function<T, String> text;
    private final String forNull;

    private DisplayConverter(Function<T, String> text, String forNull) {
        this.text = Objects.requireNonNull(text);
        this.forNull = Objects.requireNonNull(forNull);
    }

    public static <T> DisplayConverter<T> of(Function<T, String> text) {
        return new DisplayConverter<>(text, "");
    }

    public static <T> DisplayConverter<T> of(Function<T, String> text, String forNull) {
        return new DisplayConverter<>(text, forNull);
    }

    @Override
    public String toString(T value) {
        return value == null ? forNull : text.apply(value);
    }

    @Override
    public T fromString(String s) {
        throw new UnsupportedOperationException("values are chosen, never typed");
    }
}
