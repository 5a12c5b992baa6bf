package io.casevault.domain;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A transaction as entered or imported, before it has an id. The amount is never negative: direction says which way.
 */
public record NewTransaction(long caseId, Instant at, ZoneId zone, Money money, Direction direction,
                             String counterparty, String txRef, String merchantOrderRef, String method, String status,
                             String note, TransactionSource source) {

    public NewTransaction {
        Checks.positiveId(caseId, "Case id");
        Checks.notNull(at, "Transaction time");
        Checks.notNull(zone, "Time zone");
        Checks.notNull(money, "Amount");
        if (money.amount().signum() < 0) {
            throw new DomainException(Reason.of("tx.amountNegative", "Amount must not be negative; use the direction"
                    + " (out, in, neutral) to say which way the money went."));
        }
        direction = direction == null ? Direction.OUT : direction;
        counterparty = Checks.optional(counterparty);
        txRef = Checks.optional(txRef);
        merchantOrderRef = Checks.optional(merchantOrderRef);
        method = Checks.optional(method);
        status = Checks.optional(status);
        note = Checks.optional(note);
        source = source == null ? TransactionSource.MANUAL : source;
    }
}
