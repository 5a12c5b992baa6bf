package io.casevault.bench;

import io.casevault.app.VaultSession;
import io.casevault.vault.Vault;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;

/**
 * Benchmark, not a test: how long opening a case with 10,000 transactions and 1,000 exhibits takes at the service
 * level (everything the case window loads: summary, transactions, evidence, follow-ups, timeline). DESIGN's goal for
 * the whole open, window included: under 300 ms. Run: {@code src/bench/case-open.sh}.
 */
public final class CaseOpenBench {
    private CaseOpenBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench/large-vault");
        long caseId = LargeCase.ensure(dir);
        ZoneId zone = ZoneId.systemDefault();
        try (VaultSession s = VaultSession.open(dir, Vault.Access.WRITE, Clock.systemUTC())) {
            long[] times = new long[25];
            for (int i = 0; i < times.length; i++) {
                long t0 = System.nanoTime();
                s.cases().summary(caseId, LocalDate.now());
                int tx = s.transactions().list(caseId).size();
                int ev = s.evidence().list(caseId).size();
                int fu = s.followUps().list(caseId).size();
                int tl = s.timeline().timeline(caseId, zone).size();
                times[i] = System.nanoTime() - t0;
                if (i == 0) {
                    System.out.printf("case %d: %d transactions, %d exhibits, %d follow-ups, %d timeline events%n",
                            caseId, tx, ev, fu, tl);
                }
            }
            long first = times[0];
            long[] warm = Arrays.copyOfRange(times, 5, times.length);
            Arrays.sort(warm);
            System.out.printf("open (services): first %.1f ms, warm median %.1f ms, warm max %.1f ms (goal < 300 ms)%n",
                    first / 1e6, warm[warm.length / 2] / 1e6, warm[warm.length - 1] / 1e6);
        }
    }
}
