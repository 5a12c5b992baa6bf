package io.casevault.domain.understanding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;

/** The ways payment screens write an amount, for generated test lines. */
enum AmountStyle {
    YUAN_SYMBOL("CNY"), FULL_WIDTH_YUAN("CNY"), YUAN_WORD("CNY"), DOLLAR_CODE("USD"), DOLLAR("USD"),
    EURO_AFTER("EUR"), HK_DOLLAR("HKD"), RMB_CODE("CNY"), CODE_AFTER("CNY");

    private final String currency;

    AmountStyle(String currency) {
        this.currency = currency;
    }

    String currency() {
        return currency;
    }

    /** The value written in this style, sometimes with OCR's lost or extra spaces. */
    String write(BigDecimal value, boolean negative, Random random) {
        String grouped = group(value, ',', '.');
        String space = random.nextInt(3) == 0 ? " " : "";
        String sign = negative ? (random.nextInt(4) == 0 ? "−" : "-") : "";
        return switch (this) {
            case YUAN_SYMBOL -> random.nextBoolean() ? sign + "¥" + grouped : "¥" + sign + grouped;
            case FULL_WIDTH_YUAN -> fullWidth("￥" + sign + grouped);
            case YUAN_WORD -> sign + grouped + space + "元";
            case DOLLAR_CODE -> sign + "$" + grouped + " USD";
            case DOLLAR -> sign + "$" + space + grouped;
            case EURO_AFTER -> sign + group(value, '.', ',') + " €";
            case HK_DOLLAR -> sign + "HK$" + grouped;
            case RMB_CODE -> "RMB" + space + sign + value.toPlainString();
            case CODE_AFTER -> sign + value.toPlainString() + " CNY";
        };
    }

    static String group(BigDecimal value, char thousands, char decimal) {
        String plain = value.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
        String integer = plain.substring(0, plain.length() - 3);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                out.append(thousands);
            }
            out.append(integer.charAt(i));
        }
        return out + String.valueOf(decimal) + plain.substring(plain.length() - 2);
    }

    /** Digits and ASCII punctuation as their full-width forms, as some screens and OCR output write them. */
    static String fullWidth(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.appendCodePoint(c >= '!' && c <= '~' ? c - '!' + '！' : c));
        return out.toString();
    }
}
