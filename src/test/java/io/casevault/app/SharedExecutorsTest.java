package io.casevault.app;

import io.casevault.TestFiles;
import io.casevault.domain.CaptureSource;
import io.casevault.domain.Evidence;
import io.casevault.domain.NewCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** The services of a session run their background work on the executors they were given, and start no threads. */
class SharedExecutorsTest {
    private static final int IO_THREADS = 2;
    private static final int CPU_THREADS = 2;

    @TempDir
    Path tmp;

    @Test
    void importingTwiceAndMakingThumbnailsStartsNoThreadBeyondThePools() throws Exception {
        List<List<Path>> rounds = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                files.add(TestFiles.png(tmp.resolve("in" + round + "/shot-" + i + ".png"), 60, 90, 100L * round + i));
            }
            rounds.add(files);
        }
        try (AppExecutors executors = AppExecutors.of(IO_THREADS, CPU_THREADS);
             VaultSession session = VaultSession.create(tmp.resolve("v"),
                     Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"), ZoneOffset.UTC), executors)) {
            long caseId = session.cases().create(new NewCase("threads", "Alipay", null, null, null, null, null, null,
                    LocalDate.of(2026, 11, 25), null, null, false)).id();
            Set<Thread> before = Thread.getAllStackTraces().keySet();
            List<Evidence> added = new ArrayList<>();
            for (List<Path> files : rounds) {
                for (AddOutcome o : session.evidence().add(caseId, files, null, Progress.NONE)) {
                    assertThat(o).isInstanceOf(AddOutcome.Added.class);
                    added.add(((AddOutcome.Added) o).evidence());
                }
            }
            for (Evidence e : added) {
                Optional<Path> thumb = session.thumbnails().thumbnail(e, 32).get(30, TimeUnit.SECONDS);
                assertThat(thumb).isPresent();
            }

            Set<String> started = new HashSet<>();
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (!before.contains(t)) {
                    started.add(t.getName());
                }
            }
            assertThat(started).allMatch(n -> n.startsWith("casevault-io-") || n.startsWith("casevault-cpu-"));
            assertThat(started.stream().filter(n -> n.startsWith("casevault-io-")))
                    .hasSizeLessThanOrEqualTo(IO_THREADS);
            assertThat(started.stream().filter(n -> n.startsWith("casevault-cpu-")))
                    .hasSizeLessThanOrEqualTo(CPU_THREADS);
            assertThat(started).anyMatch(n -> n.startsWith("casevault-io-"));
        }
    }

    /** Work done ahead runs on one thread of its own, one task after another, while every I/O thread is busy. */
    @Test
    void workDoneAheadRunsOnItsOwnThreadOneTaskAtATime() throws Exception {
        try (AppExecutors executors = AppExecutors.of(1, 1)) {
            CountDownLatch release = new CountDownLatch(1);
            executors.io().execute(() -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            Set<String> threads = ConcurrentHashMap.newKeySet();
            AtomicInteger running = new AtomicInteger();
            AtomicInteger most = new AtomicInteger();
            List<CompletableFuture<Void>> done = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                done.add(CompletableFuture.runAsync(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    threads.add(Thread.currentThread().getName());
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    running.decrementAndGet();
                }, executors.ahead()));
            }
            CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
            release.countDown();
            assertThat(threads).containsExactly("casevault-ahead-1");
            assertThat(most.get()).isEqualTo(1);
        }
    }

    /** The texts a search scans are read ahead on the executor for work done ahead, not on a thread of their own. */
    @Test
    void theTextsASearchScansAreReadOnTheAheadThread() throws Exception {
        try (AppExecutors executors = AppExecutors.of(1, 1);
             VaultSession session = VaultSession.create(tmp.resolve("v"), Clock.systemUTC(), executors)) {
            Set<Thread> before = Thread.getAllStackTraces().keySet();
            session.search().prepare();
            Set<String> started = new HashSet<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!started.contains("casevault-ahead-1") && System.nanoTime() < deadline) {
                Thread.sleep(20);
                for (Thread t : Thread.getAllStackTraces().keySet()) {
                    if (!before.contains(t)) {
                        started.add(t.getName());
                    }
                }
            }
            assertThat(started).contains("casevault-ahead-1").allMatch(n -> n.startsWith("casevault-"));
        }
    }

    @Test
    void aSessionLeavesTheExecutorsItWasGivenRunning() {
        try (AppExecutors executors = AppExecutors.of(1, 1)) {
            VaultSession.create(tmp.resolve("v"), Clock.systemUTC(), executors).close();
            assertThat(executors.io().isShutdown()).isFalse();
            assertThat(executors.cpu().isShutdown()).isFalse();
        }
    }

    @Test
    void importFinishesWhileEveryIoThreadIsBusyElsewhere() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            files.add(TestFiles.randomBytes(tmp.resolve("in/record-" + i + ".bin"), 5_000, i));
        }
        CountDownLatch release = new CountDownLatch(1);
        try (AppExecutors executors = AppExecutors.of(1, 1);
             VaultSession session = VaultSession.create(tmp.resolve("v"), Clock.systemUTC(), executors)) {
            long caseId = session.cases().create(new NewCase("busy", "Alipay", null, null, null, null, null, null,
                    LocalDate.of(2026, 11, 25), null, null, false)).id();
            executors.io().execute(() -> awaitQuietly(release)); // e.g. a long backup holds the only I/O thread

            List<AddOutcome> outcomes = session.evidence().add(caseId, files, null, Progress.NONE);

            assertThat(outcomes).hasSize(10).allMatch(o -> o instanceof AddOutcome.Added);
            assertThat(session.evidence().list(caseId)).hasSize(10);
        } finally {
            release.countDown();
        }
    }

    @Test
    void dossierFinishesWhileEveryCpuThreadIsBusyElsewhere() throws Exception {
        List<Path> shots = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            shots.add(TestFiles.png(tmp.resolve("in/shot-" + i + ".png"), 80, 120, i));
        }
        CountDownLatch release = new CountDownLatch(1);
        try (AppExecutors executors = AppExecutors.of(1, 1);
             VaultSession session = VaultSession.create(tmp.resolve("v"), Clock.systemUTC(), executors)) {
            long caseId = session.cases().create(new NewCase("busy", "Alipay", null, null, null, null, null, null,
                    LocalDate.of(2026, 11, 25), null, null, false)).id();
            session.evidence().add(caseId, shots, null, Progress.NONE);
            executors.cpu().execute(() -> awaitQuietly(release)); // e.g. text recognition holds the only CPU thread

            ExportResult result = session.exports().export(caseId, ExportOptions.of(tmp.resolve("dossier.pdf"),
                    ExportOptions.Language.EN, ZoneOffset.UTC), Progress.NONE);

            assertThat(result.file()).isRegularFile();
            assertThat(result.pages()).isGreaterThanOrEqualTo(shots.size());
        } finally {
            release.countDown();
        }
    }

    @Test
    void newestThumbnailRequestIsMadeFirstByAtMostTheAllowedWorkers() throws Exception {
        List<Runnable> queued = new ArrayList<>();
        List<String> decoded = new ArrayList<>();
        List<Evidence> shots = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Path png = TestFiles.png(tmp.resolve("shot-" + i + ".png"), 40, 60, i);
            String sha = Character.forDigit(i, 10) + "0".repeat(63);
            shots.add(new Evidence(i + 1, 1, sha, png.getFileName().toString(), "image/png", Files.size(png), 40, 60,
                    1, null, CaptureSource.IMPORT_TIME, Instant.EPOCH, null, List.of(), i + 1, null));
        }
        Function<String, Path> originals = sha -> {
            int i = Character.digit(sha.charAt(0), 10);
            decoded.add(shots.get(i).originalName());
            return tmp.resolve(shots.get(i).originalName());
        };
        try (ThumbnailService service = new ThumbnailService(tmp.resolve("cache"), originals, queued::add, 1)) {
            List<CompletableFuture<Optional<Path>>> results = new ArrayList<>();
            for (Evidence e : shots) {
                results.add(service.thumbnail(e, 32));
            }
            assertThat(queued).as("one worker for three requests").hasSize(1);

            queued.remove(0).run();

            assertThat(decoded).containsExactly("shot-2.png", "shot-1.png", "shot-0.png");
            assertThat(results).allMatch(f -> f.getNow(Optional.empty()).isPresent());
            assertThat(queued).isEmpty();
        }
    }

    @Test
    void closingTheThumbnailsEndsWaitingRequestsEmptyAndRefusesNewOnes() throws Exception {
        List<Runnable> queued = new ArrayList<>();
        Path png = TestFiles.png(tmp.resolve("shot.png"), 40, 60, 7);
        Evidence shot = new Evidence(1, 1, "f".repeat(64), "shot.png", "image/png", Files.size(png), 40, 60, 1, null,
                CaptureSource.IMPORT_TIME, Instant.EPOCH, null, List.of(), 1, null);
        ThumbnailService service = new ThumbnailService(tmp.resolve("cache"), sha -> png, queued::add, 1);
        CompletableFuture<Optional<Path>> waiting = service.thumbnail(shot, 32);

        service.close();

        assertThat(waiting).isCompletedWithValue(Optional.empty());
        assertThat(service.thumbnail(shot, 64)).isCompletedWithValue(Optional.empty());
        queued.forEach(Runnable::run); // the worker queued before the close finds nothing left to make
        assertThat(tmp.resolve("cache/thumbs")).doesNotExist();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
