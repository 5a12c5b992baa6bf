package io.casevault.domain.understanding;

import io.casevault.domain.DomainException;

/** A transaction or order number a screenshot shows beside its label, exactly as printed (prefix included). */
public record Reference(String value, Kind kind) {

    /** Which number it is: the payment service's own transaction number, or the merchant's order number. */
    public enum Kind {
        TRANSACTION, ORDER
    }

    public Reference {
        if (value == null || value.isBlank()) {
            throw new DomainException("A transaction or order number must not be empty.");
        }
        if (kind == null) {
            throw new DomainException("A transaction or order number needs its kind.");
        }
    }
}
