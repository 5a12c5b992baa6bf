package io.casevault.domain;


import java.util.Locale;

/** The statement layouts CaseVault reads; {@link #id()} is the name the CLI and the JSON output use. */
public enum StatementFormat {
    ALIPAY("Alipay"), WECHAT("WeChat Pay"), PAYPAL("PayPal"), CSV("CSV with a column mapping");

    private final String label;

    StatementFormat(String label) {
        this.label = label;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    /** The format named by {@code text}, or null for {@code auto} (detect from the header). */
    public static StatementFormat fromId(String text) {
        String key = text == null ? "auto" : text.strip().toLowerCase(Locale.ROOT);
        if (key.equals("auto") || key.isEmpty()) {
            return null;
        }
        for (StatementFormat f : values()) {
            if (f.id().equals(key)) {
                return f;
            }
        }
        throw new DomainException("Format \"" + text + "\" is not one of auto, alipay, wechat, paypal, csv.");
    }
}
