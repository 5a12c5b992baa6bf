package io.casevault.domain;


import java.time.Instant;
import java.time.ZoneId;

/**
 * One transaction read from a statement. {@code line} is where it stands in the file (the line of a CSV, the row of
 * a spreadsheet); a PayPal row with a fee yields two rows on the same line. The amount is never negative.
 */
public record StatementRow(int line, Instant at, ZoneId zone, Money money, Direction direction, String counterparty,
                           String txRef, String merchantOrderRef, String method, String status, String note) {

    public StatementRow {
        if (line < 1) {
            throw new DomainException("A statement row needs a line number from 1 on, not " + line + ".");
        }
        Checks.notNull(at, "Transaction time");
        Checks.notNull(zone, "Time zone");
        Checks.notNull(money, "Amount");
        Checks.notNull(direction, "Direction");
        if (money.amount().signum() < 0) {
            throw new DomainException("A statement amount must not be negative; the direction carries the sign.");
        }
        counterparty = Checks.optional(counterparty);
        txRef = Checks.optional(txRef);
        merchantOrderRef = Checks.optional(merchantOrderRef);
        method = Checks.optional(method);
        status = Checks.optional(status);
        note = Checks.optional(note);
    }
}
