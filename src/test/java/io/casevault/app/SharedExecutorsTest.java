package io.casevault.app;

import io.casevault.TestFiles;
import io.casevault.domain.Evidence;
import io.casevault.domain.NewCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
import java.util.concurrent.TimeUnit;

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
            assertThat(started.stream().filter(n -> n.startsWith("casevault-io-"))).hasSizeLessThanOrEqualTo(IO_THREADS);
            assertThat(started.stream().filter(n -> n.startsWith("casevault-cpu-")))
                    .hasSizeLessThanOrEqualTo(CPU_THREADS);
            assertThat(started).anyMatch(n -> n.startsWith("casevault-io-"));
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
}
