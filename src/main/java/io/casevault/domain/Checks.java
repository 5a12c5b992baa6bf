package io.casevault.domain;

import java.util.Objects;

/** Guard clauses shared by the domain records. */
public final class Checks {
    private Checks() {
    }

    /** Returns the trimmed text, or fails naming the field when it is missing or blank. */
    public static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new DomainException(field + " must not be empty.");
        }
        return value.strip();
    }

    /** Returns the trimmed text, or null for missing or blank text. */
    public static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Text that may be empty but never null. */
    public static String orEmpty(String value) {
        return value == null ? "" : value.strip();
    }

    public static <T> T notNull(T value, String field) {
        if (value == null) {
            throw new DomainException(field + " is required.");
        }
        return value;
    }

    public static long positiveId(long id, String field) {
        if (id <= 0) {
            throw new DomainException(field + " must be a positive number, not " + id + ".");
        }
        return id;
    }

    static boolean same(Object a, Object b) {
        return Objects.equals(a, b);
    }
}
