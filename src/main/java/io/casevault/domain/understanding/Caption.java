package io.casevault.domain.understanding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A caption for a screenshot from what it shows: status · amount · counterparty · time, each part only when found,
 * e.g. "转账成功 · ¥1,250.00 · 张三 · 2026-11-03 14:30" or "Completed · -$125.00 · Example Shop · 2026-11-03 14:30".
 * A Chinese caption keeps the status phrase as the screen printed it; otherwise the status is named in the caption's
 * language. Nothing found, no caption.
 */
public final class Caption {
    /** The languages a caption is written in. */
    public enum Language {
        ZH, EN
    }

    private static final String SEPARATOR = " · ";
    /** Copied for each amount, rather than made anew: a new one parses its pattern and looks up its symbols. */
    private static final DecimalFormat GROUPED = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(
            Locale.ROOT));

    private Caption() {
    }

    static Optional<String> of(ScreenshotReading reading, Language language) {
        List<String> parts = new ArrayList<>();
        reading.mainStatus().ifPresent(s -> parts.add(status(reading, s, language)));
        reading.mainAmount().ifPresent(a -> parts.add(amount(a.value())));
        reading.mainCounterparty().ifPresent(c -> parts.add(c.value().name()));
        reading.eventTime().ifPresent(t -> parts.add(time(t.value())));
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(SEPARATOR, parts));
    }

    private static String status(ScreenshotReading reading, Found<PaymentStatus> found, Language language) {
        String shown = reading.shownText(found).strip();
        if (language == Language.ZH && shown.codePoints().anyMatch(Character::isIdeographic)) {
            return shown;
        }
        return switch (found.value()) {
            case SUCCEEDED -> language == Language.ZH ? "成功" : "Completed";
            case FAILED -> language == Language.ZH ? "失败" : "Failed";
            case PENDING -> language == Language.ZH ? "处理中" : "Pending";
            case REFUNDED -> language == Language.ZH ? "已退款" : "Refunded";
        };
    }

    /** {@code ¥1,250.00}, {@code -$125.00}, {@code CAD 12.00}; without a currency just the signed number. */
    static String amount(ShownAmount amount) {
        int digits = amount.knownCurrency().map(c -> Math.max(0, c.getDefaultFractionDigits())).orElse(2);
        BigDecimal abs = amount.value().abs();
        if (abs.scale() < digits) {
            abs = abs.setScale(digits, RoundingMode.UNNECESSARY);
        }
        DecimalFormat format = (DecimalFormat) GROUPED.clone(); // a format is not for two threads at once
        format.setMinimumFractionDigits(abs.scale());
        format.setMaximumFractionDigits(abs.scale());
        String number = format.format(abs);
        String symbol = amount.knownCurrency().map(Currencies::symbol).orElse("");
        return (amount.value().signum() < 0 ? "-" : "") + symbol + number;
    }

    private static String time(ShownTime time) {
        return time.precision() == ShownTime.Precision.DAY ? time.display()
                : time.at().format(ShownTime.MINUTE_SHOWN);
    }
}
