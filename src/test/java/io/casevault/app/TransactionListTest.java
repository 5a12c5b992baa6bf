package io.casevault.app;

import io.casevault.domain.Direction;
import io.casevault.domain.Money;
import io.casevault.domain.NewCase;
import io.casevault.domain.NewTransaction;
import io.casevault.domain.TimelineEvent;
import io.casevault.domain.Transaction;
import io.casevault.domain.TransactionSource;
import io.casevault.vault.Vault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case's transactions and timeline as the tabs show them: read once while the vault is not written (three tabs ask
 * for the same rows, and again on every reopening), and every change shows in the next read.
 */
class TransactionListTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"), ZoneOffset.UTC);
    @TempDir
    Path tmp;
    private VaultSession session;
    private long caseId;

    @BeforeEach
    void open() {
        session = VaultSession.create(tmp.resolve("v"), CLOCK);
        caseId = session.cases().create(new NewCase("Refund missing", "PayPal", null, null, null, null, List.of(),
                null, LocalDate.of(2026, 11, 25), null, null, false)).id();
        session.transactions().add(tx("Amazon", "10.00"));
    }

    @AfterEach
    void close() {
        session.close();
    }

    private NewTransaction tx(String counterparty, String amount) {
        return new NewTransaction(caseId, Instant.parse("2026-11-03T06:30:00Z"), ZONE, Money.parse(amount, "USD"),
                Direction.OUT, counterparty, null, null, null, null, null, TransactionSource.MANUAL);
    }

    private List<String> counterparties(VaultSession s) {
        return s.transactions().list(caseId).stream().map(Transaction::counterparty).toList();
    }

    @Test
    void everyFieldReadsBackAsRecordedAcrossZonesAndCurrencies() {
        String sha = "ab".repeat(32);
        List<NewTransaction> recorded = List.of(
                new NewTransaction(caseId, Instant.parse("2026-11-04T01:00:00Z"), ZoneId.of("Europe/Berlin"),
                        Money.parse("3.5", "EUR"), Direction.IN, "Zalando 退款", "T-1", "M-1", "Card", "Done",
                        "note 1", TransactionSource.imported(sha, 7)),
                new NewTransaction(caseId, Instant.parse("2026-11-05T01:00:00Z"), ZONE, Money.parse("88.80", "CNY"),
                        Direction.OUT, null, null, null, null, null, null, TransactionSource.MANUAL),
                new NewTransaction(caseId, Instant.parse("2026-11-06T01:00:00Z"), ZoneId.of("Europe/Berlin"),
                        Money.parse("12", "EUR"), Direction.OUT, "Otto", "T-3", null, "Transfer", null, "note 3",
                        TransactionSource.imported(sha, 8)));
        List<Transaction> added = recorded.stream().map(session.transactions()::add).toList();

        List<Transaction> read = session.transactions().list(caseId);

        assertThat(read).hasSize(4);
        for (int i = 0; i < recorded.size(); i++) {
            NewTransaction want = recorded.get(i);
            Transaction got = read.get(i + 1);
            assertThat(List.of(got.at(), got.zone(), got.money(), got.direction(), got.source()))
                    .isEqualTo(List.of(want.at(), want.zone(), want.money(), want.direction(), want.source()));
            assertThat(java.util.Arrays.asList(got.counterparty(), got.txRef(), got.merchantOrderRef(), got.method(),
                    got.status(), got.note())).isEqualTo(java.util.Arrays.asList(want.counterparty(), want.txRef(),
                    want.merchantOrderRef(), want.method(), want.status(), want.note()));
            assertThat(got.caseId()).isEqualTo(caseId);
            assertThat(got.trashedAt()).isNull();
            assertThat(got).isEqualTo(added.get(i));
        }
    }

    @Test
    void theRowsAreReadOnceUntilTheVaultIsWritten() {
        List<Transaction> first = session.transactions().list(caseId);

        assertThat(session.transactions().list(caseId)).isSameAs(first);
        session.cases().create(new NewCase("Another", "PayPal", null, null, null, null, List.of(), null,
                LocalDate.of(2026, 11, 25), null, null, false));
        assertThat(session.transactions().list(caseId)).isNotSameAs(first).isEqualTo(first);
    }

    @Test
    void readingAheadLeavesTheRowsReadForTheTabsUntilTheVaultIsWritten() {
        List<Transaction> ahead = session.transactions().readAhead(caseId);
        assertThat(ahead).extracting(Transaction::counterparty).containsExactly("Amazon");
        assertThat(session.transactions().list(caseId)).isSameAs(ahead);

        session.transactions().add(tx("Steam", "5.00"));
        List<Transaction> next = session.transactions().readAhead(caseId);
        assertThat(next).extracting(Transaction::counterparty).containsExactly("Amazon", "Steam");
        assertThat(session.transactions().list(caseId)).isSameAs(next);

        try (VaultSession reader = VaultSession.open(tmp.resolve("v"), Vault.Access.READ_PREFERRED, CLOCK)) {
            assertThat(reader.transactions().readAhead(caseId)).as("a vault only read keeps no rows").isEmpty();
        }
    }

    @Test
    void everyChangeShowsInTheNextList() {
        assertThat(counterparties(session)).containsExactly("Amazon");

        Transaction ebay = session.transactions().add(tx("eBay", "20.00"));
        assertThat(counterparties(session)).containsExactly("Amazon", "eBay");
        session.transactions().update(ebay.id(), tx("eBay UK", "20.00"));
        assertThat(counterparties(session)).containsExactly("Amazon", "eBay UK");
        session.transactions().trash(ebay.id());
        assertThat(counterparties(session)).containsExactly("Amazon");
        session.transactions().restore(ebay.id());
        assertThat(counterparties(session)).containsExactly("Amazon", "eBay UK");
    }

    @Test
    void aVaultOpenedOnlyToReadSeesWhatItsWriterWrites() {
        try (VaultSession reader = VaultSession.open(tmp.resolve("v"), Vault.Access.READ_PREFERRED, CLOCK)) {
            assertThat(counterparties(reader)).containsExactly("Amazon");

            session.transactions().add(tx("eBay", "20.00"));

            assertThat(counterparties(reader)).containsExactly("Amazon", "eBay");
        }
    }

    @Test
    void theTimelineIsBuiltOnceUntilTheVaultIsWrittenAndShowsEachChange() {
        CaseTimeline first = session.timeline().caseTimeline(caseId, ZONE);
        assertThat(session.timeline().caseTimeline(caseId, ZONE)).isSameAs(first);
        assertThat(session.timeline().caseTimeline(caseId, ZoneOffset.UTC)).isNotSameAs(first);

        Transaction ebay = session.transactions().add(tx("eBay", "20.00"));

        CaseTimeline after = session.timeline().caseTimeline(caseId, ZONE);
        assertThat(after.transactions()).contains(ebay);
        // the view's timeline holds the payments as rows of their own; the whole timeline has them as events
        assertThat(after.events()).noneMatch(e -> e.kind() == TimelineEvent.Kind.TRANSACTION);
        assertThat(session.timeline().timeline(caseId, ZONE)).anyMatch(e -> e.kind() == TimelineEvent.Kind.TRANSACTION
                && Long.valueOf(ebay.id()).equals(e.refId()));
    }

    @Test
    void theTimelineBuiltAheadIsTheOneTheTabThenGetsUntilTheVaultIsWritten() {
        List<Transaction> rows = session.transactions().readAhead(caseId);
        CaseTimeline ahead = session.timeline().readAhead(caseId, ZONE).orElseThrow();
        assertThat(ahead.transactions()).as("the rows read ahead before it").isSameAs(rows);
        assertThat(session.timeline().caseTimeline(caseId, ZONE)).isSameAs(ahead);

        Transaction steam = session.transactions().add(tx("Steam", "5.00"));
        CaseTimeline next = session.timeline().readAhead(caseId, ZONE).orElseThrow();
        assertThat(next).isNotSameAs(ahead);
        assertThat(next.transactions()).contains(steam);
        assertThat(session.timeline().caseTimeline(caseId, ZONE)).isSameAs(next);

        try (VaultSession reader = VaultSession.open(tmp.resolve("v"), Vault.Access.READ_PREFERRED, CLOCK)) {
            assertThat(reader.timeline().readAhead(caseId, ZONE)).as("a vault only read keeps nothing").isEmpty();
        }
    }
}
