package io.casevault.domain.understanding;

import io.casevault.domain.DomainException;
import io.casevault.domain.Money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

/**
 * An amount a screenshot shows, with its sign as shown. The currency is null when the picture does not say which
 * one (a bare {@code -386.50} beside a payment label): it is never guessed. The one currency read without its sign is
 * the euro whose sign the recogniser cannot read, when the page is written in euros ({@link UnreadEuroSign}).
 */
public record ShownAmount(BigDecimal value, Currency currency) {

    public ShownAmount {
        if (value == null) {
            throw new DomainException("A shown amount needs its value.");
        }
    }

    public Optional<Currency> knownCurrency() {
        return Optional.ofNullable(currency);
    }

    /** As a caption writes it: {@code ¥1,250.00}, {@code -$125.00}; without a currency the signed number. */
    public String display() {
        return Caption.amount(this);
    }

    /** The amount as money, when the currency is known. */
    public Optional<Money> money() {
        return currency == null ? Optional.empty() : Optional.of(new Money(value, currency));
    }
}
