package io.casevault.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A sentence shown to a user: the English text the command line prints, plus a stable key and the values a
 * translation fills in ({@code {0}}, {@code {1}} … in the translated pattern). A reason without a key (for a text
 * that comes from outside, such as an operating-system error) is shown as it is in every language. An argument is
 * a string, or a nested reason that is translated with the sentence around it.
 */
public record Reason(String key, String english, List<Object> args) {

    public Reason {
        Objects.requireNonNull(english, "english");
        if (english.isBlank()) {
            throw new IllegalArgumentException("english must not be blank");
        }
        args = List.copyOf(args);
    }

    /**
     * A translatable sentence; {@code args}, in the order the translation numbers them, become strings now unless
     * they are reasons themselves.
     */
    public static Reason of(String key, String english, Object... args) {
        Objects.requireNonNull(key, "key");
        return new Reason(key, english, Arrays.stream(args)
                .map(a -> a instanceof Reason r ? r : (Object) String.valueOf(a)).toList());
    }

    /** A text that has no translation. */
    public static Reason plain(String english) {
        return new Reason(null, english, List.of());
    }

    public boolean translatable() {
        return key != null;
    }

    @Override
    public String toString() {
        return english;
    }
}
