package io.casevault.bench;

import io.casevault.app.AddOutcome;
import io.casevault.app.Progress;
import io.casevault.app.VaultSession;
import io.casevault.domain.NewCase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * Benchmark, not a test: adding a folder of evidence in an already running JVM, as the desktop app does (no JVM
 * start-up, code already compiled after the first round). Complements {@code src/bench/evidence-add.sh}, which times
 * the whole command. Run: {@code src/bench/import-warm.sh CORPUS_DIR}.
 */
public final class ImportWarmBench {
    private ImportWarmBench() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = s.sorted().toList();
        }
        Path work = Files.createTempDirectory("import-warm");
        for (int round = 1; round <= 4; round++) {
            try (VaultSession session = VaultSession.create(work.resolve("v" + round), Clock.systemUTC())) {
                long caseId = session.cases().create(new NewCase("bench", "GenCorpus", null, null, null, null, null,
                        null, LocalDate.now(), null, null, false)).id();
                long t0 = System.nanoTime();
                List<AddOutcome> out = session.evidence().add(caseId, files, null, Progress.NONE);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                long added = out.stream().filter(o -> o instanceof AddOutcome.Added).count();
                System.out.printf("round %d: %d of %d files added in %d ms%n", round, added, files.size(), ms);
            }
        }
    }
}
