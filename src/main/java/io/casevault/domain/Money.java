package io.casevault.domain;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

/** An amount in one ISO 4217 currency. Never a double: evidence of money must add up to the cent. */
public record Money(BigDecimal amount, Currency currency) {

    public Money {
        Checks.notNull(amount, "Amount");
        Checks.notNull(currency, "Currency");
        if (amount.scale() > 8) {
            throw new DomainException(Reason.of("money.scale",
                    "Amount " + amount.toPlainString() + " has more than 8 decimal places.", amount.toPlainString()));
        }
        amount = amount.stripTrailingZeros();
        if (amount.scale() < 0) {
            amount = amount.setScale(0);
        }
    }

    /** Parses user input such as {@code 1234.50} or {@code 1,234.50}; fails with a sentence naming the value. */
    public static Money parse(String amount, String currencyCode) {
        return new Money(parseAmount(amount), parseCurrency(currencyCode));
    }

    public static BigDecimal parseAmount(String text) {
        if (text == null || text.isBlank()) {
            throw new DomainException(Reason.of("money.empty", "Amount must not be empty."));
        }
        String cleaned = text.strip().replace(",", "").replace("_", "");
        try {
            return new BigDecimal(cleaned);
        } catch (NumberFormatException e) {
            throw new DomainException(Reason.of("money.nan", "Amount \"" + text.strip()
                    + "\" is not a number (use digits and a decimal point, e.g. 1234.50).", text.strip()));
        }
    }

    public static Currency parseCurrency(String code) {
        if (code == null || code.isBlank()) {
            throw new DomainException(Reason.of("money.currencyEmpty", "Currency must not be empty."));
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        if ("RMB".equals(upper)) {
            upper = "CNY";
        }
        try {
            return Currency.getInstance(upper);
        } catch (IllegalArgumentException e) {
            throw new DomainException(Reason.of("money.currency", "Currency \"" + code.strip()
                    + "\" is not an ISO 4217 code such as CNY, USD or EUR.", code.strip()));
        }
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new DomainException("Cannot add " + other.currency + " to " + currency + ".");
        }
        return new Money(amount.add(other.amount), currency);
    }

    /** The amount with the currency's usual number of decimals, e.g. {@code 12.50 CNY}. */
    public String display() {
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        BigDecimal shown = amount.scale() < digits ? amount.setScale(digits) : amount;
        return shown.toPlainString() + " " + currency.getCurrencyCode();
    }

    @Override
    public String toString() {
        return display();
    }
}
