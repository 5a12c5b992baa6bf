package io.casevault.dossier;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** The invisible text of a line: what the font can show, with each run of spaces as one space and none at the ends. */
class TextLayerWordsTest {
    private static PDDocument doc;
    private static TextLayer layer;

    @BeforeAll
    static void loadFont() {
        doc = new PDDocument();
        layer = new TextLayer(FontSet.load(doc).face(false));
    }

    @AfterAll
    static void close() throws IOException {
        doc.close();
    }

    @ParameterizedTest(name = "[{0}] reads [{1}]")
    @CsvSource(delimiter = '|', value = {
            "'  转账给   张三 ¥142  '|'转账给 张三 ¥142'",
            "'a\\t\\tb'|'a b'",
            "'\\u3000x\\u00A0 y '|'x y'",
            "'a \\u0001 b'|'a b'",
            "'\\u0001 a'|'a'",
            "'a\\u200Bb'|'ab'",
            "'x \\uD83D\\uDE00 y'|'x y'",
            "'   '|''",
            "'Order 7F3A-9912'|'Order 7F3A-9912'"})
    void spacesCollapseAndWhatTheFontLacksIsDropped(String line, String expected) {
        assertThat(layer.coveredText(unescape(line))).isEqualTo(unescape(expected));
    }

    /** The test table's \t and \\uXXXX escapes. */
    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && s.charAt(i + 1) == 't') {
                out.append('\t');
                i++;
            } else if (c == '\\' && s.charAt(i + 1) == 'u') {
                out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
