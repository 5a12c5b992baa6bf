package io.casevault.app;

import io.casevault.domain.NewTransaction;
import io.casevault.domain.Transaction;
import io.casevault.vault.AuditLog;
import io.casevault.vault.Db;
import io.casevault.vault.TransactionRepository;
import io.casevault.vault.Vault;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.LongConsumer;

/** Recording and listing the transactions of a case. */
public final class TransactionService {
    private final Vault vault;
    private final CaseService cases;
    private final TransactionRepository transactions;
    private final AuditLog audit;
    private volatile LongConsumer changed = caseId -> { };
    private final KeptSearchTexts searchTexts;

    /** @param ahead where the searched texts are read ahead, once kept ({@link AppExecutors#ahead()}) */
    public TransactionService(Vault vault, CaseService cases, TransactionRepository transactions, AuditLog audit,
                              Executor ahead) {
        this.vault = Objects.requireNonNull(vault);
        this.cases = Objects.requireNonNull(cases);
        this.transactions = Objects.requireNonNull(transactions);
        this.audit = Objects.requireNonNull(audit);
        this.searchTexts = new KeptSearchTexts(vault, transactions::searchTexts, ahead);
    }

    public Transaction add(NewTransaction t) {
        Objects.requireNonNull(t);
        Instant now = vault.clock().instant();
        long id = vault.transaction(h -> add(h, t, now));
        changed.accept(t.caseId());
        return vault.read(h -> transactions.find(h, id)).orElseThrow();
    }

    /** Records a transaction inside the caller's transaction, audited; its id. */
    long add(Db h, NewTransaction t, Instant now) {
        cases.requireActive(h, t.caseId());
        long newId = transactions.insert(h, t, now);
        audit.append(h, now, t.caseId(), "transaction", newId, "added", AuditDetail.of("at", t.at())
                .and("amount", t.money().amount().toPlainString()).and("currency", t.money().currency())
                .and("direction", t.direction()).and("counterparty", t.counterparty()).and("ref", t.txRef())
                .and("source", t.source().kind()).and("sourceSha256", t.source().fileSha256())
                .and("sourceRow", t.source().row()).json());
        return newId;
    }

    /** Moves a transaction to the trash inside the caller's transaction, audited (undoing a recorded suggestion). */
    void trash(Db h, long id, Instant now) {
        Transaction t = transactions.find(h, id)
                .orElseThrow(() -> new NotFoundException("There is no transaction with id " + id + "."));
        if (t.trashedAt() == null) {
            transactions.setTrashed(h, id, now);
            audit.append(h, now, t.caseId(), "transaction", id, "trashed", "{}");
        }
    }

    /** Whom to tell, with the case id, after transactions were added or changed (suggestions are proposed anew). */
    void onChange(LongConsumer listener) {
        this.changed = Objects.requireNonNull(listener);
    }

    /** Edits a transaction; every changed field is written to the audit log as old → new. */
    public Transaction update(long id, NewTransaction t) {
        Objects.requireNonNull(t);
        Instant now = vault.clock().instant();
        vault.transaction(h -> {
            Transaction old = transactions.find(h, id)
                    .orElseThrow(() -> new NotFoundException("There is no transaction with id " + id + "."));
            if (old.caseId() != t.caseId()) {
                throw new io.casevault.domain.DomainException("A transaction cannot move to another case.");
            }
            transactions.update(h, id, t);
            AuditDetail d = new AuditDetail();
            change(d, "at", old.at(), t.at());
            change(d, "amount", old.money(), t.money());
            change(d, "direction", old.direction(), t.direction());
            change(d, "counterparty", old.counterparty(), t.counterparty());
            change(d, "ref", old.txRef(), t.txRef());
            change(d, "merchantOrderRef", old.merchantOrderRef(), t.merchantOrderRef());
            change(d, "method", old.method(), t.method());
            change(d, "status", old.status(), t.status());
            change(d, "note", old.note(), t.note());
            audit.append(h, now, old.caseId(), "transaction", id, "field-changed", d.json());
            return null;
        });
        changed.accept(t.caseId());
        return vault.read(h -> transactions.find(h, id)).orElseThrow();
    }

    private static void change(AuditDetail d, String field, Object oldValue, Object newValue) {
        if (!java.util.Objects.equals(oldValue, newValue)) {
            d.and(field, String.valueOf(oldValue) + " → " + newValue);
        }
    }

    public List<Transaction> list(long caseId) {
        return vault.read(h -> {
            cases.find(h, caseId);
            return transactions.listByCase(h, caseId, false);
        });
    }

    /**
     * Reads the case's live transactions ahead into the rows the vault keeps until it is next written (call it off
     * the FX thread): the views that show them (the transactions tab, the evidence tab's links, the timeline) then
     * find them read, or wait for this read instead of starting another. Does nothing in a vault that keeps no rows
     * (opened read-only while another process writes it).
     *
     * @return the rows read, none when the vault keeps no rows
     */
    public List<Transaction> readAhead(long caseId) {
        return vault.keepsReads() ? vault.read(h -> transactions.listByCase(h, caseId, false)) : List.of();
    }

    /**
     * The cases with transactions matching every word of {@code text} (counterparty, reference numbers, method,
     * note), with how many match in each; trashed transactions and cases are left out.
     */
    public Map<Long, Integer> casesMatching(String text) {
        Objects.requireNonNull(text);
        if (text.isBlank()) {
            return Map.of();
        }
        return searchTexts.countEvery(text, h -> transactions.countMatchesByCase(h, text));
    }

    /**
     * Keeps the searched fields of every transaction in memory from now on, read in the background, for
     * {@link #casesMatching} to scan while the vault is not written ({@link KeptSearchTexts}).
     */
    public void keepSearchTexts() {
        searchTexts.keep();
    }

    public void trash(long id) {
        setTrashed(id, true);
    }

    public void restore(long id) {
        setTrashed(id, false);
    }

    /** Trashes or restores; the case's suggestions are then proposed anew (a link to a trashed one is withdrawn). */
    private void setTrashed(long id, boolean trash) {
        Trash.setTrashed(vault, audit, transactions, "transaction", "transaction", id, trash, t -> "{}");
        vault.read(h -> transactions.find(h, id)).ifPresent(t -> changed.accept(t.caseId()));
    }
}
