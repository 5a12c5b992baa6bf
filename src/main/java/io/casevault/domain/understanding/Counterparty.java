package io.casevault.domain.understanding;

import io.casevault.domain.DomainException;

/** The other side of a payment as a screen names it, and which side it is. */
public record Counterparty(String name, Role role) {

    /** Whom the name belongs to, by its label. */
    public enum Role {
        /** 收款人, To, Paid to: the one paid. */
        PAYEE,
        /** 付款人, From: the one who paid. */
        PAYER,
        /** 商户, Merchant. */
        MERCHANT,
        /** 对方, 对方账户: the other side, direction unsaid. */
        OTHER
    }

    public Counterparty {
        if (name == null || name.isBlank()) {
            throw new DomainException("A counterparty needs a name.");
        }
        if (role == null) {
            throw new DomainException("A counterparty needs its role.");
        }
    }
}
