package io.casevault.bench;

import io.casevault.app.ImportRequest;
import io.casevault.app.Progress;
import io.casevault.app.VaultSession;
import io.casevault.domain.ColumnMapping;
import io.casevault.domain.NewCase;
import io.casevault.domain.StatementFormat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;

/**
 * Benchmark, not a test: searching a vault of 100,000 transactions (100 cases of 1,000 imported rows) for the cases
 * whose transactions mention a text. DESIGN's goal: under 20 ms at the 95th percentile. The baseline, in the same
 * run and on the same database, is the plain way: a LIKE scan over the same columns. Run
 * {@code src/bench/search.sh}.
 */
public final class SearchBench {
    static final int CASES = 100;
    static final int ROWS_PER_CASE = 1_000;
    private static final String[] SURNAMES = {"张", "李", "王", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳"};
    private static final String[] SHOPS = {"优选商城", "美团外卖", "滴滴出行", "京东自营", "星巴克", "Amazon Marketplace",
        "PayPal *EBAY", "Steam Games", "Apple Services", "中国移动", "拼多多", "盒马鲜生"};
    private static final String[] NOTES = {"退款未到账", "运费", "refund pending", "duplicate charge", "充值", "转账",
        "order cancelled", "会员自动续费", ""};

    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench/search-vault");
        List<String> refs = ensure(dir);
        Random r = new Random(42);
        List<String> kinds = List.of("reference fragment", "counterparty", "note word", "two words", "no match",
                "two characters");
        List<Function<Random, String>> makers = List.of(
                x -> { String ref = refs.get(x.nextInt(refs.size())); int at = x.nextInt(ref.length() - 8);
                    return ref.substring(at, at + 8); },
                x -> x.nextBoolean() ? SHOPS[x.nextInt(SHOPS.length)] : name(x),
                x -> List.of("退款未", "refund", "duplicate", "续费", "cancelled").get(x.nextInt(5)),
                x -> List.of("Amazon refund", "美团 退款", "Steam duplicate").get(x.nextInt(3)),
                x -> "zq" + x.nextInt(1_000_000) + "x",
                x -> SURNAMES[x.nextInt(SURNAMES.length)] + GIVEN[x.nextInt(GIVEN.length)]);
        try (VaultSession session = VaultSession.create(dir, Clock.systemUTC());
             Connection plain = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("casevault.db"))) {
            System.out.printf(Locale.ROOT, "%d transactions in %d cases%n", count(plain), CASES);
            List<Double> all = new ArrayList<>();
            List<Double> allBase = new ArrayList<>();
            for (int k = 0; k < kinds.size(); k++) {
                List<String> queries = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    queries.add(makers.get(k).apply(r));
                }
                for (String q : queries.subList(0, 20)) { // warm-up
                    session.transactions().casesMatching(q);
                    scan(plain, q);
                }
                double[] ms = new double[queries.size()];
                double[] base = new double[queries.size()];
                for (int i = 0; i < queries.size(); i++) {
                    long t0 = System.nanoTime();
                    int a = session.transactions().casesMatching(queries.get(i)).values().stream()
                            .mapToInt(Integer::intValue).sum();
                    long t1 = System.nanoTime();
                    int b = scan(plain, queries.get(i));
                    long t2 = System.nanoTime();
                    if (a != b) {
                        throw new IllegalStateException("\"" + queries.get(i) + "\": index found " + a + ", scan " + b);
                    }
                    ms[i] = (t1 - t0) / 1e6;
                    base[i] = (t2 - t1) / 1e6;
                    all.add(ms[i]);
                    allBase.add(base[i]);
                }
                System.out.printf(Locale.ROOT, "%-20s CaseVault p50 %6.1f ms p95 %6.1f ms | LIKE scan p50 %6.1f ms"
                        + " p95 %6.1f ms%n", kinds.get(k), pct(ms, 50), pct(ms, 95), pct(base, 50), pct(base, 95));
            }
            double[] a = all.stream().mapToDouble(Double::doubleValue).toArray();
            double[] b = allBase.stream().mapToDouble(Double::doubleValue).toArray();
            System.out.printf(Locale.ROOT, "%-20s CaseVault p50 %6.1f ms p95 %6.1f ms | LIKE scan p50 %6.1f ms"
                    + " p95 %6.1f ms   (goal: p95 < 20 ms)%n", "all queries", pct(a, 50), pct(a, 95), pct(b, 50),
                    pct(b, 95));
        }
    }

    private static String name(Random r) {
        return SURNAMES[r.nextInt(SURNAMES.length)] + GIVEN[r.nextInt(GIVEN.length)] + GIVEN[r.nextInt(GIVEN.length)];
    }

    private static double pct(double[] values, int p) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[Math.min(v.length - 1, (int) Math.ceil(p / 100.0 * v.length) - 1)];
    }

    private static int count(Connection c) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM transactions")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** The baseline: every word as a LIKE over the same columns, on every row. */
    private static int scan(Connection c, String text) throws SQLException {
        String[] words = text.strip().split("\\s+");
        StringBuilder sql = new StringBuilder("SELECT count(*) FROM transactions t JOIN cases c ON c.id = t.case_id"
                + " WHERE t.trashed_ms IS NULL AND c.trashed_ms IS NULL");
        for (String ignored : words) {
            sql.append(" AND (t.counterparty LIKE ? OR t.tx_ref LIKE ? OR t.merchant_order_ref LIKE ?"
                    + " OR t.method LIKE ? OR t.note LIKE ?)");
        }
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int i = 1;
            for (String w : words) {
                for (int j = 0; j < 5; j++) {
                    ps.setString(i++, "%" + w + "%");
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /** Makes the vault once (statements imported as a user would), and returns every reference number in it. */
    static List<String> ensure(Path dir) throws IOException {
        Random r = new Random(7);
        List<String> refs = new ArrayList<>();
        boolean exists = Files.exists(dir.resolve("casevault.db"));
        Path csvDir = Files.createTempDirectory("search-bench");
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        try (VaultSession s = VaultSession.create(dir, Clock.systemUTC())) {
            ColumnMapping mapping = ColumnMapping.parse("time=Time,amount=Amount,currency=Currency,"
                    + "counterparty=Payee,id=Ref,note=Note", "yyyy-MM-dd HH:mm:ss", zone, null);
            for (int c = 0; c < CASES; c++) {
                StringBuilder csv = new StringBuilder("Time,Amount,Currency,Payee,Ref,Note\n");
                LocalDateTime at = LocalDateTime.of(2025, 1, 1, 8, 0).plusDays(c);
                for (int i = 0; i < ROWS_PER_CASE; i++) {
                    String ref = String.format(Locale.ROOT, "%04d%016d", 2025 + r.nextInt(2),
                            Math.floorMod(r.nextLong(), 10_000_000_000_000_000L));
                    refs.add(ref);
                    String payee = r.nextInt(3) == 0 ? SHOPS[r.nextInt(SHOPS.length)] : name(r);
                    csv.append(at.plusMinutes(i * 37L).format(f)).append(",-")
                            .append(String.format(Locale.ROOT, "%d.%02d", 1 + r.nextInt(999), r.nextInt(100))).append(",CNY,").append(payee).append(',')
                            .append(ref).append(',').append(NOTES[r.nextInt(NOTES.length)]).append('\n');
                }
                if (exists) {
                    continue; // same seed: the same references as the vault holds
                }
                long id = s.cases().create(new NewCase("Case " + (c + 1), c % 2 == 0 ? "支付宝" : "PayPal", null, null,
                        null, null, List.of(), null, LocalDate.now(), null, List.of(), false)).id();
                Path file = Files.writeString(csvDir.resolve("statement-" + c + ".csv"), csv, StandardCharsets.UTF_8);
                s.statements().run(new ImportRequest(id, file, StatementFormat.CSV, mapping, false, null),
                        Progress.NONE);
            }
        }
        return refs;
    }
}
