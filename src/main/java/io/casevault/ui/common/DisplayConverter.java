package io.casevault.ui.common;

import javafx.util.StringConverter;

import java.util.Objects;
import java.util.function.Function;

/** A one-way converter for choice boxes and combo boxes that only show values: null shows as nothing. */
public final class DisplayConverter<T> extends StringConverter<T> {
    private final Function<T, String> text;

    private DisplayConverter(Function<T, String> text) {
        this.text = Objects.requireNonNull(text);
    }

    public static <T> DisplayConverter<T> of(Function<T, String> text) {
        return new DisplayConverter<>(text);
    }

    @Override
    public String toString(T value) {
        return value == null ? "" : text.apply(value);
    }

    @Override
    public T fromString(String s) {
        throw new UnsupportedOperationException("values are chosen, never typed");
    }
}
