package io.casevault.domain;

import java.time.Instant;
import java.time.ZoneId;

/** A stored transaction record of a case. */
public record Transaction(long id, long caseId, Instant at, ZoneId zone, Money money, Direction direction,
                          String counterparty, String txRef, String merchantOrderRef, String method, String status,
                          String note, TransactionSource source, Instant createdAt, Instant trashedAt)
        implements Trashable {

    public Transaction {
        Checks.positiveId(id, "Transaction id");
        Checks.notNull(at, "Transaction time");
        Checks.notNull(zone, "Time zone");
        Checks.notNull(money, "Amount");
        Checks.notNull(direction, "Direction");
        Checks.notNull(source, "Source");
    }

    /** The amount with its sign: money out is negative, money in positive, neutral rows zero-signed as stored. */
    public Money signedMoney() {
        return direction == Direction.OUT ? money.negate() : money;
    }
}
