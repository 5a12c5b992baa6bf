package io.casevault.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which rows of a statement to take: days {@code from}..{@code to} (inclusive, the day in the row's own zone, as the
 * statement shows it), counterparties (compared without case or surrounding spaces), and amounts {@code min}..{@code
 * max} (inclusive). A null bound or an empty set does not restrict; every given condition must hold.
 */
public record RowFilter(LocalDate from, LocalDate to, Set<String> counterparties, BigDecimal min, BigDecimal max) {

    public RowFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw new DomainException(Reason.of("rowFilter.dateOrder",
                    "The last day " + to + " is before the first day " + from + ".", to, from));
        }
        if (min != null && max != null && max.compareTo(min) < 0) {
            throw new DomainException(Reason.of("rowFilter.amountOrder",
                    "The largest amount " + max.toPlainString() + " is below the smallest " + min.toPlainString()
                            + ".", max.toPlainString(), min.toPlainString()));
        }
        counterparties = counterparties == null ? Set.of() : counterparties.stream().map(RowFilter::key)
                .collect(Collectors.toUnmodifiableSet());
    }

    public static RowFilter days(LocalDate from, LocalDate to) {
        return new RowFilter(from, to, null, null, null);
    }

    public static RowFilter counterparties(Set<String> names) {
        return new RowFilter(null, null, names, null, null);
    }

    public static RowFilter amounts(BigDecimal min, BigDecimal max) {
        return new RowFilter(null, null, null, min, max);
    }

    /** True when nothing is restricted: every row passes. */
    public boolean isEmpty() {
        return from == null && to == null && counterparties.isEmpty() && min == null && max == null;
    }

    public boolean test(StatementRow row) {
        LocalDate day = row.at().atZone(row.zone()).toLocalDate();
        if (from != null && day.isBefore(from) || to != null && day.isAfter(to)) {
            return false;
        }
        if (!counterparties.isEmpty() && (row.counterparty() == null
                || !counterparties.contains(key(row.counterparty())))) {
            return false;
        }
        BigDecimal amount = row.money().amount();
        return (min == null || amount.compareTo(min) >= 0) && (max == null || amount.compareTo(max) <= 0);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
