package io.casevault.app;

import io.casevault.domain.CaseStatus;
import io.casevault.domain.NewCase;
import io.casevault.vault.CaseRepository;
import io.casevault.vault.Db;
import io.casevault.vault.SearchTexts;
import io.casevault.vault.Vault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The texts a search scans in memory: read only once asked to keep them, one reading at a time, and never used once
 * the vault was written after (or while) they were read.
 */
class KeptSearchTextsTest {
    private static final Instant NOW = Instant.parse("2026-12-07T01:00:00Z");

    @TempDir
    Path dir;
    private Vault vault;
    /** The background readings, run by the test when it chooses. */
    private final Deque<Runnable> queued = new ArrayDeque<>();
    private final AtomicInteger reads = new AtomicInteger();
    /** What a reading does before it reads: nothing, unless a test writes the vault meanwhile. */
    private Runnable duringRead = () -> { };
    /** The time the texts see, in ns: moved on by the tests. */
    private long now = 1_000_000_000L;
    private KeptSearchTexts kept;

    @BeforeEach
    void open() {
        vault = Vault.create(dir.resolve("v"), Clock.systemUTC());
        kept = new KeptSearchTexts(vault, this::caseTitles, queued::add, () -> now);
    }

    @AfterEach
    void close() {
        vault.close();
    }

    /** A stand-in for a table read whole: each case's title as one item. */
    private SearchTexts caseTitles(Db h) {
        reads.incrementAndGet();
        duringRead.run();
        SearchTexts.Builder texts = new SearchTexts.Builder();
        new CaseRepository().list(h, false).forEach(c -> texts.add(c.id(), List.of(c.title())));
        return texts.build();
    }

    private long newCase(String title) {
        return vault.transaction(h -> new CaseRepository().insert(h, new NewCase(title, "p", null, null, null, null,
                null, null, LocalDate.of(2026, 12, 1), null, null, false), CaseStatus.DRAFT, NOW));
    }

    private void runQueued() {
        while (!queued.isEmpty()) {
            queued.removeFirst().run();
        }
    }

    @Test
    void nothingIsReadUntilAskedToKeepThenOneReadingKeepsThemForEverySearch() {
        long id = newCase("Refund missing");
        assertThat(kept.current()).isEmpty();
        assertThat(queued).isEmpty();

        kept.keep();
        kept.current();
        assertThat(queued).hasSize(1); // one reading at a time
        runQueued();

        assertThat(kept.current()).hasValueSatisfying(t -> assertThat(t.countEvery("refund")).isEqualTo(Map.of(id, 1)));
        assertThat(kept.current()).isPresent();
        assertThat(queued).isEmpty();
        assertThat(reads).hasValue(1);
    }

    @Test
    void aWriteMakesThemOutOfDateUntilReadAgain() {
        long first = newCase("Refund missing");
        kept.keep();
        runQueued();
        assertThat(kept.current()).isPresent();

        long second = newCase("Another refund");
        now += KeptSearchTexts.READING_GAP_NANOS;
        assertThat(kept.current()).isEmpty(); // the database answers meanwhile
        runQueued();

        assertThat(kept.current()).hasValueSatisfying(t -> assertThat(t.countEvery("REFUND"))
                .isEqualTo(Map.of(first, 1, second, 1)));
        assertThat(reads).hasValue(2);
    }

    @Test
    void textsReadWhileTheVaultWasWrittenAreNotKept() {
        newCase("Refund missing");
        kept.keep();
        duringRead = () -> newCase("Written during the reading");
        runQueued();
        now += KeptSearchTexts.READING_GAP_NANOS;
        assertThat(kept.current()).isEmpty();

        duringRead = () -> { };
        runQueued();
        assertThat(kept.current()).hasValueSatisfying(t -> assertThat(t.size()).isEqualTo(2));
    }

    @Test
    void aFailedReadingLeavesTheDatabaseToAnswerAndIsTriedAgain() {
        newCase("Refund missing");
        kept.keep();
        duringRead = () -> {
            throw new IllegalStateException("disk gone");
        };
        runQueued();
        now += KeptSearchTexts.READING_GAP_NANOS;
        assertThat(kept.current()).isEmpty();

        duringRead = () -> { };
        runQueued();
        assertThat(kept.current()).isPresent();
    }

    @Test
    void whileTheVaultIsWrittenOftenTheTextsAreReadAgainAtMostOnceAGap() {
        kept.keep();
        runQueued();
        for (int i = 0; i < 5; i++) { // a screenshot read every second, the search asked again after each
            newCase("Screenshot " + i);
            now += 1_000_000_000L;
            assertThat(kept.current()).isEmpty();
            runQueued();
        }
        assertThat(reads).hasValue(2); // the first, and one five seconds later, after the last write
        assertThat(kept.current()).hasValueSatisfying(t -> assertThat(t.size()).isEqualTo(5));

        newCase("Screenshot 5");
        now += 1_000_000_000L;
        assertThat(kept.current()).isEmpty();
        assertThat(queued).isEmpty();
        now += KeptSearchTexts.READING_GAP_NANOS;
        kept.current();
        runQueued();
        assertThat(kept.current()).hasValueSatisfying(t -> assertThat(t.size()).isEqualTo(6));
        assertThat(reads).hasValue(3);
    }
}
