package io.casevault.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormTextCutterTest {

    /** A generated text, the numbers it holds (which must stay whole), and a limit. */
    record Sample(long seed, String text, List<String> numbers, int limit) {
        @Override
        public String toString() {
            return "seed " + seed + ", limit " + limit;
        }
    }

    private static final String[] ZH = {"我于昨天在应用内转账", "对方一直没有收到款项", "客服说三天内回复", "但至今没有任何答复",
        "页面显示支付成功", "账户被冻结无法使用", "请尽快处理", "钱已从银行卡扣除"};
    private static final String[] EN = {"I sent the money from the app", "the payee never received it",
        "support promised a reply within three days", "nobody has answered since", "the screen said the payment "
        + "succeeded", "my account was frozen", "please deal with this quickly", "the bank card was charged"};

    static Stream<Sample> samples() {
        return IntStream.range(0, 400).mapToObj(i -> sample(20261206L + i));
    }

    private static Sample sample(long seed) {
        Random r = new Random(seed);
        boolean chinese = r.nextBoolean();
        StringBuilder s = new StringBuilder();
        List<String> numbers = new ArrayList<>();
        int sentences = 1 + r.nextInt(7);
        for (int i = 0; i < sentences; i++) {
            int clauses = 1 + r.nextInt(3);
            for (int c = 0; c < clauses; c++) {
                String words = chinese ? ZH[r.nextInt(ZH.length)] : EN[r.nextInt(EN.length)];
                if (c == 0 && !chinese) {
                    words = Character.toUpperCase(words.charAt(0)) + words.substring(1);
                }
                s.append(words);
                if (r.nextInt(3) == 0) {
                    String number = number(r);
                    numbers.add(number);
                    s.append(chinese ? (r.nextBoolean() ? "，订单号" : "") : " order ").append(number);
                }
                if (c < clauses - 1) {
                    s.append(chinese ? (r.nextBoolean() ? "，" : "、") : ", ");
                }
            }
            s.append(chinese ? (r.nextInt(5) == 0 ? "！" : "。") : (r.nextInt(5) == 0 ? "! " : ". "));
        }
        String text = s.toString().strip();
        return new Sample(seed, text, numbers, 1 + r.nextInt(FormTextCutter.length(text) + 10));
    }

    private static String number(Random r) {
        return switch (r.nextInt(5)) {
            case 0 -> String.valueOf(2026110300000000000L + Math.floorMod(r.nextLong(), 1_000_000_000L));
            case 1 -> String.format("%,d.%02d", r.nextInt(100_000), r.nextInt(100));
            case 2 -> String.format("2026-%02d-%02d %02d:%02d", 1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(24),
                    r.nextInt(60));
            case 3 -> "E-" + (1 + r.nextInt(30));
            default -> "TX" + Long.toString(Math.abs(r.nextLong()), 36).toUpperCase();
        };
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aCutTextNeverExceedsTheLimitAndIsTheTextsBeginning(Sample s) {
        String cut = FormTextCutter.cut(s.text(), s.limit());

        assertThat(FormTextCutter.length(cut)).isLessThanOrEqualTo(s.limit());
        String kept = cut.endsWith(FormTextCutter.ELLIPSIS) && !s.text().startsWith(cut)
                ? cut.substring(0, cut.length() - 1) : cut;
        assertThat(s.text()).startsWith(kept);
        if (FormTextCutter.length(s.text()) <= s.limit()) {
            assertThat(cut).isEqualTo(s.text());
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aCutNeverSplitsANumber(Sample s) {
        String cut = FormTextCutter.cut(s.text(), s.limit());
        String kept = cut.endsWith(FormTextCutter.ELLIPSIS) && !s.text().startsWith(cut)
                ? cut.substring(0, cut.length() - 1) : cut;
        for (String number : s.numbers()) {
            for (int from = s.text().indexOf(number); from >= 0; from = s.text().indexOf(number, from + 1)) {
                int end = from + number.length();
                // each part of a date-time ("2026-11-03", "14:30") is a token of its own; none is cut inside
                for (String part : number.split(" ")) {
                    int start = s.text().indexOf(part, from);
                    assertThat(kept.length() <= start || kept.length() >= start + part.length())
                            .as("cut at %d inside %s at %d..%d in %s", kept.length(), part, start, end, s.text())
                            .isTrue();
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aSentenceEndIsPreferredWhenItKeepsHalfTheRoom(Sample s) {
        String cut = FormTextCutter.cut(s.text(), s.limit());
        boolean sentenceInReach = false;
        for (int i = 1; i <= s.text().length(); i++) {
            String prefix = s.text().substring(0, i);
            int n = FormTextCutter.length(prefix);
            if (n <= s.limit() && n >= (s.limit() + 1) / 2 && prefix.matches("(?s).*[。！？.!]")
                    && (i == s.text().length() || s.text().charAt(i) == ' ' || s.text().charAt(i) > 0x7F)) {
                sentenceInReach = true;
            }
        }
        if (sentenceInReach && FormTextCutter.length(s.text()) > s.limit()) {
            assertThat(cut).matches("(?s).*[。！？.!]");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "我于11月3日转账，对方未收到。客服说三天内回复。|16|我于11月3日转账，对方未收到。",
        "我于11月3日转账，对方未收到。客服说三天内回复。|10|我于11月3日转账…",
        "交易号2026110322001456789，金额1250元。|10|交易号…",
        "I paid 1,250.00 CNY on 2026-11-03. Nobody answered.|34|I paid 1,250.00 CNY on 2026-11-03.",
        "I paid 1,250.00 CNY on 2026-11-03. Nobody answered.|14|I paid…",
        "I paid 1,250.00 CNY on 2026-11-03. Nobody answered.|20|I paid 1,250.00 CNY…",
        "Order 2026110322001456789 failed.|20|Order…",
        "2026110322001456789|10|''",
    })
    void cutsAtSentencesThenClausesThenWordsAndKeepsNumbersWhole(String text, int limit, String expected) {
        assertThat(FormTextCutter.cut(text, limit)).isEqualTo(expected);
    }

    @Test
    void charactersAreCountedAsCodePointsLikeAFormDoes() {
        String text = "退款😀😀😀。";
        assertThat(text.length()).isEqualTo(9);
        assertThat(FormTextCutter.length(text)).isEqualTo(6);
        assertThat(FormTextCutter.cut(text, 6)).isEqualTo(text);
        assertThat(FormTextCutter.cut(text, 4)).isEqualTo("退款😀…");
    }

    @Test
    void aNegativeLimitIsRefused() {
        assertThatThrownBy(() -> FormTextCutter.cut("x", -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
