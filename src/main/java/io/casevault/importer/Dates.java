package io.casevault.importer;

import io.casevault.domain.Reason;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Dates and times as statements write them, parsed by hand (this runs once per row of files with 100,000 rows):
 * {@code 2023-02-12 21:32:14}, {@code 2023/2/12 21:32}, {@code 31.01.2023}, {@code 9/4/2018}, {@code 29/12/2015}.
 */
final class Dates {

    /** The order of day and month in a file's dates, decided once per file. */
    enum Order { YMD, DMY, MDY }

    private Dates() {
    }

    /** A date with the year first and an optional time: the Chinese wallets' layout. */
    static LocalDateTime dateTime(String text) {
        int[] n = numbers(text, 6);
        if (n == null || n[0] < 1000 || n[6] < 3 || n[6] == 4) {
            throw new RowException(Reason.of("import.dateTime",
                    "the time \"" + text + "\" is not a date and time like 2023-02-12 21:32:14", text));
        }
        try {
            return LocalDateTime.of(n[0], n[1], n[2], n[3], n[4], n[5]);
        } catch (DateTimeException e) {
            throw new RowException(Reason.of("import.dateTimeInvalid",
                    "the time \"" + text + "\" is not a valid date and time", text));
        }
    }

    /** A date alone, in the given order; a two-digit year is taken as 20xx. */
    static LocalDate date(String text, Order order) {
        int[] n = numbers(text, 3);
        if (n == null || n[6] != 3) {
            throw new RowException(Reason.of("import.date", "the date \"" + text + "\" is not a date", text));
        }
        int y;
        int m;
        int d;
        if (n[0] >= 1000 || order == Order.YMD) {
            y = n[0];
            m = n[1];
            d = n[2];
        } else if (order == Order.DMY) {
            d = n[0];
            m = n[1];
            y = n[2];
        } else {
            m = n[0];
            d = n[1];
            y = n[2];
        }
        try {
            return LocalDate.of(y < 100 ? 2000 + y : y, m, d);
        } catch (DateTimeException e) {
            throw new RowException(Reason.of("import.dateInvalid." + order.name(),
                    "the date \"" + text + "\" is not a valid " + describe(order) + " date", text));
        }
    }

    static LocalTime time(String text) {
        if (text == null || text.isBlank()) {
            return LocalTime.MIDNIGHT;
        }
        int[] n = numbers(text, 3);
        if (n == null || n[6] < 2) {
            throw new RowException(Reason.of("import.time",
                    "the time \"" + text + "\" is not a time like 21:32:14", text));
        }
        try {
            return LocalTime.of(n[0], n[1], n[6] > 2 ? n[2] : 0);
        } catch (DateTimeException e) {
            throw new RowException(Reason.of("import.timeInvalid",
                    "the time \"" + text + "\" is not a valid time", text));
        }
    }

    static String describe(Order order) {
        return switch (order) {
            case YMD -> "year-month-day";
            case DMY -> "day-month-year";
            case MDY -> "month-day-year";
        };
    }

    /**
     * Decides day-first or month-first from a file's dates: a first number above 12 means day-first, a second above
     * 12 month-first; {@code fallback} when no date tells (e.g. every day ≤ 12).
     */
    static Order decide(Iterable<String> samples, Order fallback) {
        boolean dayFirst = false;
        boolean monthFirst = false;
        for (String s : samples) {
            int[] n = numbers(s, 3);
            if (n == null || n[6] != 3) {
                continue;
            }
            if (n[0] >= 1000) {
                return Order.YMD;
            }
            dayFirst |= n[0] > 12;
            monthFirst |= n[1] > 12;
        }
        if (dayFirst && monthFirst) {
            throw new StatementException(Reason.of("import.dateOrder",
                    "The dates mix day-first and month-first order, so they cannot be read reliably."));
        }
        return dayFirst ? Order.DMY : monthFirst ? Order.MDY : fallback;
    }

    /**
     * Up to {@code max} numbers separated by one non-digit each (a space, T, -, /, ., :), with the count found in
     * slot 6; null for other characters or too many numbers.
     */
    private static int[] numbers(String text, int max) {
        if (text == null) {
            return null;
        }
        int[] out = new int[7];
        int count = 0;
        int value = -1;
        int len = text.length();
        for (int i = 0; i < len; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                value = (value < 0 ? 0 : value * 10) + (c - '0');
                if (value > 1_000_000) {
                    return null;
                }
            } else if (c == '-' || c == '/' || c == '.' || c == ':' || c == ' ' || c == 'T' || c == '\t') {
                if (value >= 0) {
                    if (count == max) {
                        return null;
                    }
                    out[count++] = value;
                    value = -1;
                }
            } else {
                return null;
            }
        }
        if (value >= 0) {
            if (count == max) {
                return null;
            }
            out[count++] = value;
        }
        out[6] = count;
        return count == 0 ? null : out;
    }
}
