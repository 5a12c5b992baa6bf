package io.casevault.ui.transactions;

import io.casevault.domain.Direction;
import io.casevault.domain.Money;
import io.casevault.domain.Transaction;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Money out and money in per currency over a list of transactions; neutral rows count in neither. */
public record Totals(Currency currency, Money out, Money in) {

    public static List<Totals> of(List<Transaction> transactions) {
        Map<String, BigDecimal[]> sums = new TreeMap<>();
        for (Transaction t : transactions) {
            BigDecimal[] s = sums.computeIfAbsent(t.money().currency().getCurrencyCode(),
                    k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            if (t.direction() == Direction.OUT) {
                s[0] = s[0].add(t.money().amount());
            } else if (t.direction() == Direction.IN) {
                s[1] = s[1].add(t.money().amount());
            }
        }
        return sums.entrySet().stream().map(e -> {
            Currency c = Currency.getInstance(e.getKey());
            return new Totals(c, new Money(e.getValue()[0], c), new Money(e.getValue()[1], c));
        }).toList();
    }
}
