package io.casevault.ui.common;

import io.casevault.domain.IncidentDate;
import io.casevault.domain.MessagePatterns;
import io.casevault.domain.Money;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/** Dates, times, money and deadlines as the user reads them: in their language, locale and time zone. */
public final class Formats {
    /** The currencies a money field offers first; any ISO 4217 code can be typed. */
    public static final List<String> COMMON_CURRENCIES = List.of("CNY", "USD", "EUR", "HKD", "GBP", "JPY", "TWD",
            "SGD");
    private final ResourceBundle bundle;
    private final Locale locale;
    private final ZoneId zone;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;
    /*
     * A table or timeline formats thousands of values: each pattern, number format and time format of another zone is
     * made once, not once a value (making them took most of the time of sizing a table's columns to 300 rows). Views
     * format on the FX thread and in background tasks alike: the number formats, which are not thread-safe, are used
     * under their own lock, as the patterns are.
     */
    private final MessagePatterns messages;
    private final Map<Integer, NumberFormat> numbers = new ConcurrentHashMap<>();
    private final Map<ZoneId, DateTimeFormatter> timesIn = new ConcurrentHashMap<>();

    public Formats(ResourceBundle bundle, Locale locale, ZoneId zone) {
        this.bundle = Objects.requireNonNull(bundle);
        this.locale = Objects.requireNonNull(locale);
        this.zone = Objects.requireNonNull(zone);
        this.messages = new MessagePatterns(bundle::getString, locale);
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        // 24-hour times in both languages: unambiguous in evidence, and what Chinese readers expect.
        this.dateTime = DateTimeFormatter.ofPattern("HH:mm", locale).withZone(zone);
    }

    /** Dates typed into date pickers: ISO (2026-11-25), which readers of both languages know and no one misreads. */
    public static javafx.util.StringConverter<LocalDate> dateInput() {
        return new javafx.util.converter.LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE,
                DateTimeFormatter.ISO_LOCAL_DATE);
    }

    public String date(LocalDate day) {
        return day == null ? "" : date.format(day);
    }

    /** An instant as a local date and time in the user's zone. */
    public String dateTime(Instant at) {
        return at == null ? "" : text("app.format.dateTime", date.format(at.atZone(zone)), dateTime.format(at));
    }

    /**
     * A time that was recorded in a zone of its own (a transaction, a follow-up): as {@link #dateTime(Instant)} when
     * that zone has the user's offset at that instant; otherwise as it was read where it was recorded, marked with
     * that zone's offset, e.g. {@code 2026-11-03 21:32 (UTC+8)} for an Alipay payment on a computer set to UTC. The
     * one place that decides how such a time reads, for every view that shows one.
     */
    public String dateTime(Instant at, ZoneId recorded) {
        if (at == null) {
            return "";
        }
        if (recorded == null || recorded.getRules().getOffset(at).equals(zone.getRules().getOffset(at))) {
            return dateTime(at);
        }
        return text("app.format.zoned", text("app.format.dateTime", date.format(at.atZone(recorded)),
                timesIn.computeIfAbsent(recorded, dateTime::withZone).format(at)), offset(at, recorded));
    }

    /** A zone's offset from UTC at an instant, as {@code UTC+8}, {@code UTC-3:30} or {@code UTC}. */
    public static String offset(Instant at, ZoneId zone) {
        int seconds = zone.getRules().getOffset(at).getTotalSeconds();
        if (seconds == 0) {
            return "UTC";
        }
        int minutes = Math.abs(seconds) / 60;
        return "UTC" + (seconds < 0 ? "-" : "+") + minutes / 60 + (minutes % 60 == 0 ? "" : String.format(":%02d",
                minutes % 60));
    }

    /** The amount with its currency's digits and the locale's grouping, e.g. {@code 1,234.50 CNY}. */
    public String money(Money money) {
        if (money == null) {
            return "";
        }
        return text("app.format.money", number(money.amount(), money.currency().getDefaultFractionDigits()),
                money.currency().getCurrencyCode());
    }

    private String number(BigDecimal amount, int currencyDigits) {
        NumberFormat nf = numbers.computeIfAbsent(Math.max(Math.max(currencyDigits, 0), amount.scale()), digits -> {
            NumberFormat n = NumberFormat.getNumberInstance(locale);
            n.setMinimumFractionDigits(digits);
            n.setMaximumFractionDigits(digits);
            n.setGroupingUsed(true);
            return n;
        });
        synchronized (nf) {
            return nf.format(amount);
        }
    }

    public String incident(IncidentDate incident) {
        if (incident == null) {
            return text("app.format.unknown");
        }
        return switch (incident.kind()) {
            case EXACT -> date(incident.from());
            case AROUND -> text("app.format.around", date(incident.from()));
            case RANGE -> text("app.format.range", date(incident.from()), date(incident.to()));
        };
    }

    /** "12 days left", "Due today", "Overdue 3 days", or "No deadline" when none can be computed. */
    public String daysLeft(Long days) {
        if (days == null) {
            return text("app.deadline.none");
        }
        if (days == 0) {
            return text("app.deadline.today");
        }
        return days > 0 ? text("app.deadline.left", days) : text("app.deadline.overdue", -days);
    }

    public String status(io.casevault.domain.CaseStatus status) {
        return bundle.getString("status." + status.name());
    }

    public String category(io.casevault.domain.Category category) {
        return bundle.getString("case.category." + category.name());
    }

    public String direction(io.casevault.domain.Direction direction) {
        return bundle.getString("tx.direction." + direction.name());
    }

    private String text(String key, Object... args) {
        return messages.format(key, args);
    }
}
