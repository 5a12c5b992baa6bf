package io.casevault.app;

import io.casevault.domain.Direction;
import io.casevault.domain.Money;
import io.casevault.domain.Transaction;
import io.casevault.domain.StatementRow;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Recognises transactions a case already has. Rows with a transaction ID match by that ID (with direction and
 * amount, so a refund or fee booked under its payment's ID is not lost); a row or a stored transaction without an ID
 * matches by time, amount, direction and counterparty.
 */
final class DuplicateIndex {
    private final Set<String> byRef = new HashSet<>();
    private final Set<String> byDetailsWithoutRef = new HashSet<>();
    private final Set<String> byDetails = new HashSet<>();

    DuplicateIndex(List<Transaction> existing) {
        for (Transaction t : existing) {
            String details = details(t.at(), t.money(), t.direction(), t.counterparty());
            byDetails.add(details);
            if (t.txRef() == null) {
                byDetailsWithoutRef.add(details);
            } else {
                byRef.add(ref(t.txRef(), t.money(), t.direction()));
            }
        }
    }

    boolean contains(StatementRow r) {
        String details = details(r.at(), r.money(), r.direction(), r.counterparty());
        if (r.txRef() == null) {
            return byDetails.contains(details);
        }
        return byRef.contains(ref(r.txRef(), r.money(), r.direction())) || byDetailsWithoutRef.contains(details);
    }

    private static String ref(String txRef, Money m, Direction d) {
        return txRef.strip() + '|' + d + '|' + m.amount().toPlainString() + '|' + m.currency();
    }

    private static String details(Instant at, Money m, Direction d, String counterparty) {
        return at.getEpochSecond() + "|" + d + '|' + m.amount().toPlainString() + '|' + m.currency() + '|'
                + (counterparty == null ? "" : counterparty.strip());
    }
}
