package io.casevault.app;

import io.casevault.domain.Direction;
import io.casevault.domain.Money;
import io.casevault.domain.NewCase;
import io.casevault.domain.NewTransaction;
import io.casevault.domain.TransactionSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The case list's search asks the transactions and the screenshots' text at once and answers as each alone would. */
class CaseSearchTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path tmp;
    VaultSession session;
    long withBoth;
    long withTransaction;

    @BeforeEach
    void open() {
        session = VaultSession.create(tmp.resolve("v"), Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"),
                ZoneOffset.UTC));
        withBoth = newCase("转账未到账");
        withTransaction = newCase("退款未到账");
        transaction(withBoth, "张三丰");
        transaction(withTransaction, "张三丰");
        transaction(withTransaction, "李四");
        Path png = DrawnScreens.png(tmp.resolve("shot.png"), List.of(List.of("-1,250.00"), List.of("交易成功"),
                List.of("收款方", "张三丰")));
        session.evidence().add(withBoth, List.of(png), null, Progress.NONE);
        assertThat(session.recognition().recogniseNow(Progress.NONE)).isEqualTo(1);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private long newCase(String title) {
        return session.cases().create(new NewCase(title, "Alipay", null, null, null, Money.parse("1250.00", "CNY"),
                List.of(), null, LocalDate.of(2026, 11, 25), null, null, false)).id();
    }

    private void transaction(long caseId, String counterparty) {
        session.transactions().add(new NewTransaction(caseId, Instant.parse("2026-11-03T06:30:12Z"), SHANGHAI,
                new Money(new BigDecimal("1250.00"), Currency.getInstance("CNY")), Direction.OUT, counterparty, null,
                null, null, null, null, TransactionSource.MANUAL));
    }

    @Test
    void bothAnswersAreThoseOfEachSearchAlone() {
        CaseSearch.Matches both = session.search().casesMatching("张三丰");

        assertThat(both.transactions()).isEqualTo(Map.of(withBoth, 1, withTransaction, 1))
                .isEqualTo(session.transactions().casesMatching("张三丰"));
        assertThat(both.screenshots()).isEqualTo(Map.of(withBoth, 1))
                .isEqualTo(session.recognition().casesMatching("张三丰"));
        assertThat(session.search().casesMatching("李四").screenshots()).isEmpty();
        assertThat(session.search().casesMatching("  ")).isEqualTo(new CaseSearch.Matches(Map.of(), Map.of()));
    }

    @Test
    void oncePreparedTheTextsKeptInMemoryAnswerAsTheIndexesDid() throws Exception {
        CaseSearch.Matches fromIndexes = session.search().casesMatching("张三丰");
        CaseSearch.Matches none = session.search().casesMatching("王五");
        CaseSearch.Matches underNoBox = session.search().casesMatching("交易成功 1,250");
        // the indexes dropped behind the vault's back (the vault sees no write): from now on only the texts kept in
        // memory can answer
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("v").resolve("casevault.db"));
             Statement st = c.createStatement()) {
            for (String index : List.of("transaction_search", "transaction_search_bigrams", "evidence_text_search",
                    "evidence_text_search_bigrams")) {
                st.execute("DROP TABLE " + index);
            }
        }
        assertThatThrownBy(() -> session.search().casesMatching("张三丰")).isInstanceOf(RuntimeException.class);

        session.search().prepare();
        CaseSearch.Matches kept = null;
        for (long end = System.nanoTime() + 20_000_000_000L; kept == null && System.nanoTime() < end; ) {
            try {
                kept = session.search().casesMatching("张三丰");
            } catch (RuntimeException e) {
                Thread.sleep(20); // the texts are being read
            }
        }
        assertThat(kept).isEqualTo(fromIndexes);
        assertThat(session.search().casesMatching("王五")).isEqualTo(none);
        assertThat(session.search().casesMatching("交易成功 1,250")).isEqualTo(underNoBox);
    }

    @Test
    void theScreenshotsAreSearchedOnAnotherThreadWhileTheTransactionsAreSearched() {
        AtomicReference<Thread> screenshotsOn = new AtomicReference<>();
        CaseSearch search = new CaseSearch(session.transactions(), session.recognition(), task -> {
            Thread t = new Thread(() -> {
                screenshotsOn.set(Thread.currentThread());
                task.run();
            });
            t.start();
        });

        CaseSearch.Matches both = search.casesMatching("张三丰");

        assertThat(both.screenshots()).containsEntry(withBoth, 1);
        assertThat(screenshotsOn.get()).isNotNull().isNotSameAs(Thread.currentThread());
    }
}
