package io.casevault.ui.transactions;

import io.casevault.domain.StatementFormat;

/** The formats offered in the import dialog: detect from the header, or one named. */
public enum StatementChoice {
    AUTO(null), ALIPAY(StatementFormat.ALIPAY), WECHAT(StatementFormat.WECHAT), PAYPAL(StatementFormat.PAYPAL),
    CSV(StatementFormat.CSV);

    private final StatementFormat format;

    StatementChoice(StatementFormat format) {
        this.format = format;
    }

    /** The format to ask the service for; null detects it. */
    public StatementFormat format() {
        return format;
    }

    public static StatementChoice of(StatementFormat format) {
        for (StatementChoice c : values()) {
            if (c.format == format) {
                return c;
            }
        }
        return AUTO;
    }
}
