package io.casevault.domain.understanding;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Labels#find} tries a label pattern only where a label can start, and finds exactly what the pattern's own
 * search finds: same place, same label, on lines built from labels, their look-alikes and characters that fold to a
 * label's first letter (the dotted İ, the dotless ı, the long ſ, the Kelvin sign).
 */
class LabelFindTest {
    private static final List<String> LABELS = List.of("订单号", "交易单号", "Order No", "Reference", "Ref", "Invoice ID",
            "Transaction ID", "Status", "Kind", "You paid");
    private static final String[] PIECES = {"订单号", "交易", "单号", "Order", "order", "ORDER", " No", "No", "Ref",
            "REF", "erence", "Reference", "Refund", "Invoice", "\u0130nvoice", "\u0131nvoice", "Transaction", " ID",
            "ID", "\u017Ftatus", "Status", "\u212Aind", "kind", "You", " paid", "Yo", "x", " ", ":", "-", "2026",
            "1234567890123456", "¥", "a", "Z", "订"};

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void findsWhatThePatternsOwnSearchFinds(long seed) {
        Pattern pattern = Labels.anyOf(LABELS);
        String starts = Labels.starts(LABELS);
        Random random = new Random(seed);
        for (int n = 0; n < 2000; n++) {
            StringBuilder line = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                line.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = line.toString();
            int from = random.nextInt(text.length());
            Matcher expected = pattern.matcher(text);
            Matcher actual = pattern.matcher(text);
            boolean found = expected.find(from);

            assertThat(Labels.find(actual, starts, text, from)).as("[%s] from %d", text, from).isEqualTo(found);
            if (found) {
                assertThat(actual.start()).as("[%s] from %d", text, from).isEqualTo(expected.start());
                assertThat(actual.group()).as("[%s] from %d", text, from).isEqualTo(expected.group());
            }
        }
    }
}
