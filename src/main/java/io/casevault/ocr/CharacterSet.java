package io.casevault.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The recogniser's output classes: the CTC blank at index 0, then the dictionary's characters one per line, then a
 * space last (PaddleOCR's {@code use_space_char}). For PP-OCRv4 Chinese that is 1 + 6,623 + 1 = 6,625 classes.
 *
 * <p>Full-width forms (U+FF01 to U+FF5E, the full-width currency signs such as ￥, the ideographic space) are given
 * as their half-width equivalents: the model cannot tell {@code ￥} from {@code ¥} or {@code ：} from {@code :} in
 * a screenshot, so without this the same amount would read differently from line to line.
 */
final class CharacterSet {
    static final int BLANK = 0;

    private final String[] symbols;

    private CharacterSet(String[] symbols) {
        this.symbols = symbols;
    }

    /**
     * The classes for a dictionary text (UTF-8 decoded, one character per line; a final line break is optional,
     * Windows line ends are accepted). An empty line in the middle is a character too (kept as-is), since the class
     * numbers must line up with the model's.
     */
    static CharacterSet fromDictionary(String text) {
        Objects.requireNonNull(text, "text");
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (body.endsWith("\n")) {
            body = body.substring(0, body.length() - 1);
        }
        List<String> all = new ArrayList<>();
        all.add("");
        if (!body.isEmpty()) {
            for (String line : body.split("\n", -1)) {
                all.add(halfWidth(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line));
            }
        }
        all.add(" ");
        return new CharacterSet(all.toArray(String[]::new));
    }

    /** The text with full-width forms replaced by their half-width equivalents. */
    static String halfWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(switch (c) {
                case '\u3000' -> ' ';
                case '\uFFE0' -> '\u00A2';
                case '\uFFE1' -> '\u00A3';
                case '\uFFE2' -> '\u00AC';
                case '\uFFE3' -> '\u00AF';
                case '\uFFE4' -> '\u00A6';
                case '\uFFE5' -> '\u00A5';
                case '\uFFE6' -> '\u20A9';
                default -> c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c;
            });
        }
        return out.toString();
    }

    /** Number of classes, blank and space included. */
    int size() {
        return symbols.length;
    }

    /** The dictionary's own characters, without blank and space. */
    int dictionarySize() {
        return symbols.length - 2;
    }

    String symbol(int index) {
        return symbols[index];
    }
}
