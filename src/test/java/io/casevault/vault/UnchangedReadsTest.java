package io.casevault.vault;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rows kept between writes, and a read of a key that another thread is reading already. */
class UnchangedReadsTest {
    private final UnchangedReads reads = new UnchangedReads(true);
    /** Threads of its own: the common pool may have a single worker on a two-core machine. */
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    /** Starts a read of {@code key} on another thread that blocks in its supplier until {@code release} opens. */
    private CompletableFuture<Object> blockedRead(Object key, Object value, CountDownLatch started,
                                                  CountDownLatch release, AtomicInteger calls) {
        return CompletableFuture.supplyAsync(() -> reads.read(key, () -> {
            calls.incrementAndGet();
            started.countDown();
            await(release);
            if (value instanceof RuntimeException e) {
                throw e;
            }
            return value;
        }), threads);
    }

    /**
     * Starts a read of {@code key} on another thread; its supplier, if called, counts the call and gives {@code value}.
     */
    private CompletableFuture<Object> countedRead(Object key, Object value, AtomicInteger calls) {
        return CompletableFuture.supplyAsync(() -> reads.read(key, () -> {
            calls.incrementAndGet();
            return value;
        }), threads);
    }

    @Test
    void aSecondReadOfTheSameKeyWaitsForTheFirstAndSharesItsRows() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> rows = List.of("a", "b");
        CompletableFuture<Object> first = blockedRead("case 1", rows, started, release, calls);
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Object> second = countedRead("case 1", List.of("read again"), calls);
        Thread.sleep(100);
        assertThat(second).isNotDone(); // waiting for the first read, not reading
        release.countDown();

        assertThat(second.get(10, TimeUnit.SECONDS)).isSameAs(rows);
        assertThat(first.get(10, TimeUnit.SECONDS)).isSameAs(rows);
        assertThat(calls).hasValue(1);
        assertThat(reads.<Object>read("case 1", () -> List.of("not kept"))).isSameAs(rows);
    }

    @Test
    void aReadStartedAfterAWriteBeganDoesNotTakeRowsReadBeforeIt() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Object> first = blockedRead("case 1", List.of("old"), started, release, calls);
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        reads.writeStarted();
        reads.writeEnded();

        Object second = reads.read("case 1", () -> List.of("new"));
        release.countDown();

        assertThat(second).isEqualTo(List.of("new"));
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(List.of("old"));
        // the rows read after the write are kept; the older read, which ended later, did not replace them
        assertThat(reads.<Object>read("case 1", () -> List.of("read again"))).isEqualTo(List.of("new"));
    }

    @Test
    void whenTheFirstReadFailsTheOneWaitingReadsForItself() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Object> first = blockedRead("case 1", new IllegalStateException("disk I/O error"), started,
                release, calls);
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Object> second = countedRead("case 1", List.of("second"), calls);
        Thread.sleep(100);
        release.countDown();

        assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(List.of("second"));
        assertThatThrownBy(() -> first.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("disk I/O error");
        assertThat(calls).hasValue(2);
    }

    @Test
    void aReadOfTheSameKeyInsideItsOwnReadDoesNotWaitForItself() {
        Object outer = reads.read("case 1", () -> List.of("outer", reads.read("case 1", () -> "inner")));
        assertThat(outer).isEqualTo(List.of("outer", "inner"));
    }

    @Test
    void aVaultOnlyReadKeepsNothingAndNeverWaits() {
        UnchangedReads readOnly = new UnchangedReads(false);
        assertThat(readOnly.<Object>read("case 1", () -> "first")).isEqualTo("first");
        assertThat(readOnly.<Object>read("case 1", () -> "second")).isEqualTo("second");
    }

    @Test
    void theMarkChangesWithEveryWriteIsNoneDuringOneAndNoneInAVaultOnlyRead() {
        long before = reads.mark();
        assertThat(before).isNotNegative();
        assertThat(reads.mark()).isEqualTo(before);
        reads.writeStarted();
        assertThat(reads.mark()).isEqualTo(-1);
        reads.writeEnded();
        assertThat(reads.mark()).isNotNegative().isNotEqualTo(before);
        assertThat(new UnchangedReads(false).mark()).isEqualTo(-1);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
