package io.casevault.domain.understanding;

import java.util.ArrayList;
import java.util.List;

/** Recognised lines for tests: one under the other, 40 px apart, 10 px per character of advance. */
final class Lines {
    private Lines() {
    }

    static List<TextLine> of(String... texts) {
        List<TextLine> lines = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            lines.add(line(texts[i], i, 30));
        }
        return lines;
    }

    static TextLine line(String text, int row, int height) {
        return new TextLine(text, 0.95, 20, 40 * row, 10 * SubBoxes.advance(text, 0, text.length()), height);
    }
}
