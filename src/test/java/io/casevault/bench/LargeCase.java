package io.casevault.bench;

import io.casevault.TestFiles;
import io.casevault.app.ImportRequest;
import io.casevault.app.Progress;
import io.casevault.app.VaultSession;
import io.casevault.domain.Channel;
import io.casevault.domain.ColumnMapping;
import io.casevault.domain.IncidentDate;
import io.casevault.domain.Money;
import io.casevault.domain.NewCase;
import io.casevault.domain.NewFollowUp;
import io.casevault.domain.StatementFormat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/** Builds (once) a vault with one large case: 10,000 transactions, 1,000 exhibits and 200 follow-ups. */
public final class LargeCase {
    public static final int TRANSACTIONS = 10_000;
    public static final int EXHIBITS = 1_000;
    public static final int FOLLOW_UPS = 200;
    /** The case's statement of facts, as its overview shows it. */
    public static final String FACTS = "一万笔交易和一千张截图。";

    private LargeCase() {
    }

    /**
     * Returns the case id, creating the vault in {@code dir} when it does not exist yet, or making it again when an
     * earlier run was stopped before it was complete.
     */
    public static long ensure(Path dir) throws IOException {
        Path complete = dir.resolveSibling(dir.getFileName() + ".complete");
        if (Files.exists(dir) && !Files.exists(complete)) {
            deleteTree(dir);
        }
        try (VaultSession s = VaultSession.create(dir, Clock.systemUTC())) {
            if (Files.exists(complete)) {
                // by its facts: a benchmark may add a small case beside it (UiOpenBench does)
                return s.cases().list(LocalDate.now()).stream().filter(c -> c.theCase().facts().equals(FACTS))
                        .findFirst().orElseThrow().theCase().id();
            }
            ZoneId zone = ZoneId.of("Asia/Shanghai");
            long id = s.cases().create(new NewCase("大案件 large case", "支付宝", "13800138000", null,
                    FACTS, Money.parse("99999.00", "CNY"), List.of("退款"),
                    IncidentDate.exact(LocalDate.now().minusDays(20)), LocalDate.now(), 60, List.of(), false)).id();
            Random r = new Random(7);
            LocalDateTime start = LocalDateTime.now(zone).minusDays(365).withNano(0);
            // one statement of 10,000 rows, imported as a user would (one write instead of 10,000)
            StringBuilder csv = new StringBuilder("Time,Amount,Currency,Payee,Ref,Note\n");
            DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
            for (int i = 0; i < TRANSACTIONS; i++) {
                String amount = java.math.BigDecimal.valueOf(1 + r.nextInt(99_999), 2).toPlainString();
                csv.append(start.plusSeconds(i * 3_000L).format(f)).append(',').append(i % 7 == 0 ? "" : "-")
                        .append(amount).append(",CNY,商户 ").append(i % 97).append(",2026").append(100_000_000L + i)
                        .append(",成功\n");
            }
            Path work = Files.createTempDirectory("large-case");
            Path statement = Files.writeString(work.resolve("statement.csv"), csv, StandardCharsets.UTF_8);
            s.statements().run(new ImportRequest(id, statement, StatementFormat.CSV, ColumnMapping.parse(
                    "time=Time,amount=Amount,currency=Currency,counterparty=Payee,id=Ref,note=Note",
                    "yyyy-MM-dd HH:mm:ss", zone, null), false, null), Progress.NONE);
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < EXHIBITS; i++) {
                files.add(TestFiles.png(work.resolve("shot-" + i + ".png"), 90, 160, i));
            }
            s.evidence().add(id, files, "截图", Progress.NONE);
            Instant first = start.atZone(zone).toInstant();
            for (int i = 0; i < FOLLOW_UPS; i++) {
                s.followUps().add(new NewFollowUp(id, first.plusSeconds(i * 150_000L), zone, Channel.values()[i % 10],
                        null, null, "T-" + i, "第 " + i + " 次联系客服", null, LocalDate.now().plusDays(i % 30 - 15)));
            }
            Files.createFile(complete);
            return id;
        }
    }

    /** Removes an unfinished vault (its stored originals are read-only). */
    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                p.toFile().setWritable(true);
                p.getParent().toFile().setWritable(true);
                Files.delete(p);
            }
        }
    }
}
