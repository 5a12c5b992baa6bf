package io.casevault.bench;

import io.casevault.app.MailImportResult;
import io.casevault.app.Progress;
import io.casevault.app.VaultSession;
import io.casevault.domain.IncidentDate;
import io.casevault.domain.Money;
import io.casevault.domain.NewCase;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Importing an mbox into a fresh vault through the application's real path ({@code MailImportService}: each message
 * parsed, its .eml and attachments staged, checked, committed with the follow-up, links and audit entries, and the
 * threads of all of them made at the end), timed against {@code cp} + {@code sha256sum} of the same file in the
 * same run, with the peak heap. Run it with {@code src/bench/mail-import.sh}, which generates the mbox and gives the
 * JVM {@code -Xmx256m}.
 *
 * <p>Each round imports into a folder of its own ({@code import-vault-1}, …), and the folders are deleted once all
 * rounds are done (the script removes what a stopped run left before the JVM starts), not right before a round: on an
 * ext4 file system without a journal, a file created within half a minute after many were deleted costs the kernel a
 * walk over the recently deleted inodes of its group (it avoids reusing them), so deleting the last round's vault just
 * before the import measured that walk, seconds of system time, rather than the import.
 * {@code -Dbench.sameFolder=true} deletes and reuses one folder before each round as before;
 * {@code -Dbench.keep=true} leaves the vaults for the script to delete (src/bench/mail-import.sh does, after the last
 * of several JVMs' runs).
 *
 * <p>usage: {@code MailImportBench FILE.mbox WORK_DIR [ROUNDS]}
 */
public final class MailImportBench {

    private MailImportBench() {
    }

    public static void main(String[] args) throws Exception {
        MailParseBench.watchCollections();
        Path mbox = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        System.out.printf("%s: %,d bytes; max heap %,d MB; load average %.2f%n", mbox, Files.size(mbox),
                Runtime.getRuntime().maxMemory() >> 20, ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
        long[] floor = new long[rounds];
        long[] imports = new long[rounds];
        long peak = 0;
        long liveMax = 0;
        for (int r = 0; r < rounds; r++) {
            floor[r] = MailParseBench.copyAndHash(mbox);
            Path vault = work.resolve(Boolean.getBoolean("bench.sameFolder") ? "import-vault"
                    : "import-vault-" + (r + 1));
            delete(vault);
            try (VaultSession s = VaultSession.create(vault, Clock.systemUTC())) {
                long caseId = s.cases().create(new NewCase("邮件 bench", "wallet.example", null, null, "",
                        Money.parse("1.00", "CNY"), List.of(), IncidentDate.exact(LocalDate.now()), LocalDate.now(),
                        60, List.of(), false)).id();
                s.mail().setOwnAddresses(List.of("li.lei@example.cn"));
                System.gc();
                MailParseBench.resetPeaks();
                MailParseBench.maxAfterGc.set(0);
                long t0 = System.nanoTime();
                long[] cpu0 = userAndSystemCpu();
                long thread0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                MailImportResult result = s.mail().importFiles(caseId, List.of(mbox), Progress.NONE);
                imports[r] = (System.nanoTime() - t0) / 1_000_000;
                long thread = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - thread0) / 1_000_000;
                long[] cpu1 = userAndSystemCpu();
                long roundPeak = MailParseBench.peakHeap();
                peak = Math.max(peak, roundPeak);
                liveMax = Math.max(liveMax, MailParseBench.maxAfterGc.get());
                System.out.printf("round %d: cp+sha256sum %,d ms, import %,d ms (%,d imported, %,d skipped, %,d "
                        + "attachments, %d problems; CPU of the JVM %,d ms user + %,d ms system, of the importing "
                        + "thread %,d ms), peak heap %,d MB, largest heap after a collection %,d MB%n",
                        r + 1, floor[r], imports[r], result.imported(), result.skipped(), result.attachments(),
                        result.problems().size(), cpu1[0] - cpu0[0], cpu1[1] - cpu0[1], thread, roundPeak >> 20,
                        MailParseBench.maxAfterGc.get() >> 20);
                result.problems().stream().limit(3).forEach(p -> System.out.println("  " + p.english()));
            }
        }
        if (!Boolean.getBoolean("bench.sameFolder") && !Boolean.getBoolean("bench.keep")) {
            for (int r = 0; r < rounds; r++) {
                delete(work.resolve("import-vault-" + (r + 1)));
            }
        }
        long f = MailParseBench.median(floor);
        long i = MailParseBench.median(imports);
        System.out.printf("median: cp+sha256sum %,d ms, import %,d ms, ratio %.2fx (goal: at most 5x); peak heap %,d "
                + "MB of %,d MB, largest heap after a collection %,d MB; load average now %.2f%n", f, i,
                (double) i / f, peak >> 20, Runtime.getRuntime().maxMemory() >> 20, liveMax >> 20,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /**
     * The user and system CPU time of this JVM so far, in ms, from {@code /proc/self/stat} (fields 14 and 15, in
     * ticks of 10 ms); -1 each where there is no such file.
     */
    private static long[] userAndSystemCpu() throws java.io.IOException {
        Path stat = Path.of("/proc/self/stat");
        if (!Files.isReadable(stat)) {
            return new long[] {-1, -1};
        }
        String line = Files.readString(stat);
        String[] f = line.substring(line.lastIndexOf(')') + 2).split(" ");
        return new long[] {Long.parseLong(f[11]) * 10, Long.parseLong(f[12]) * 10};
    }

    private static void delete(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                p.toFile().setWritable(true);
                Files.delete(p);
            }
        }
    }
}
