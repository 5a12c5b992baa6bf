package io.casevault.importer;

import io.casevault.domain.Direction;

import java.util.Locale;
import java.util.Map;

/** Words statements use for which way money went, in Chinese, English, German and Spanish. */
final class Directions {
    private static final Map<String, Direction> WORDS = Map.ofEntries(
            Map.entry("支出", Direction.OUT), Map.entry("收入", Direction.IN),
            Map.entry("不计收支", Direction.NEUTRAL), Map.entry("其他", Direction.NEUTRAL),
            Map.entry("/", Direction.NEUTRAL), Map.entry("中性交易", Direction.NEUTRAL),
            Map.entry("out", Direction.OUT), Map.entry("in", Direction.IN), Map.entry("neutral", Direction.NEUTRAL),
            Map.entry("debit", Direction.OUT), Map.entry("credit", Direction.IN), Map.entry("dr", Direction.OUT),
            Map.entry("cr", Direction.IN), Map.entry("expense", Direction.OUT), Map.entry("income", Direction.IN),
            Map.entry("paid", Direction.OUT), Map.entry("received", Direction.IN),
            Map.entry("withdrawal", Direction.OUT), Map.entry("deposit", Direction.IN),
            Map.entry("soll", Direction.OUT), Map.entry("haben", Direction.IN),
            Map.entry("cargo", Direction.OUT), Map.entry("abono", Direction.IN));

    private Directions() {
    }

    /** The direction a word names, or null when it names none. */
    static Direction of(String word) {
        if (word == null) {
            return null;
        }
        return WORDS.get(word.strip().toLowerCase(Locale.ROOT));
    }

    /** Money came back: a refund is money in, whatever column the wallet put it under. */
    static boolean isRefund(String... texts) {
        for (String t : texts) {
            if (t != null && (t.contains("退款") || t.toLowerCase(Locale.ROOT).contains("refund")
                    || t.contains("Rückzahlung") || t.contains("Erstattung") || t.contains("Reembolso"))) {
                return true;
            }
        }
        return false;
    }
}
