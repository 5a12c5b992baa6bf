package io.casevault.domain;

import java.util.Objects;

/** Why the row on {@code line} could not be read, in one sentence without the line number. */
public record RowProblem(int line, Reason reason) {

    public RowProblem {
        Objects.requireNonNull(reason, "reason");
    }

    /** The sentence in English. */
    public String message() {
        return reason.english();
    }

    /** E.g. {@code alipay.csv, line 23: the amount "abc" is not a number.} */
    public String describe(String fileName) {
        String text = message().strip();
        String first = text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
        return fileName + ", line " + line + ": " + (first.endsWith(".") ? first : first + ".");
    }
}
