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
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The search benchmark's vault, made once: 100 cases of 1,000 transactions imported from statements as a user would,
 * and per case the recognised text of 100 screenshots, each showing one of the case's payments (Alipay-style in
 * Chinese or PayPal-style in English). The screenshots' rows and lines go in directly (the text recognition has its own
 * benchmark); every 20th has a redaction box over the payee's line, every 50th is in the trash.
 */
final class SearchVault {
    static final int CASES = 100;
    static final int ROWS_PER_CASE = 1_000;
    static final int SHOTS_PER_CASE = 100;
    private static final String[] SURNAMES = {"张", "李", "王", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳"};
    private static final String[] SHOPS = {"优选商城", "美团外卖", "滴滴出行", "京东自营", "星巴克", "Amazon Marketplace",
        "PayPal *EBAY", "Steam Games", "Apple Services", "中国移动", "拼多多", "盒马鲜生"};
    private static final String[] NOTES = {"退款未到账", "运费", "refund pending", "duplicate charge", "充值", "转账",
        "order cancelled", "会员自动续费", ""};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int LINE_X = 40;
    private static final int LINE_W = 900;
    private static final int LINE_H = 60;

    /** One imported statement row. */
    record Row(LocalDateTime at, String amount, String payee, String ref, String note) {
    }

    private final List<Row> rows;

    private SearchVault(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** A random row of the vault. */
    Row row(Random r) {
        return rows.get(r.nextInt(rows.size()));
    }

    /** Two characters of a Chinese name: a surname and a given name's first character. */
    static String pairOfName(Random r) {
        return SURNAMES[r.nextInt(SURNAMES.length)] + GIVEN[r.nextInt(GIVEN.length)];
    }

    /** Makes the vault in {@code dir} when it is not there yet, and returns its rows (the same seed makes the same). */
    static SearchVault ensure(Path dir) throws IOException, SQLException {
        Random r = new Random(7);
        List<Row> rows = new ArrayList<>();
        boolean exists = Files.exists(dir.resolve("casevault.db"));
        Path csvDir = Files.createTempDirectory("search-bench");
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        try (VaultSession s = VaultSession.create(dir, Clock.systemUTC())) {
            ColumnMapping mapping = ColumnMapping.parse("time=Time,amount=Amount,currency=Currency,"
                    + "counterparty=Payee,id=Ref,note=Note", "yyyy-MM-dd HH:mm:ss", zone, null);
            for (int c = 0; c < CASES; c++) {
                StringBuilder csv = new StringBuilder("Time,Amount,Currency,Payee,Ref,Note\n");
                LocalDateTime start = LocalDateTime.of(2025, 1, 1, 8, 0).plusDays(c);
                for (int i = 0; i < ROWS_PER_CASE; i++) {
                    String ref = String.format(Locale.ROOT, "%04d%016d", 2025 + r.nextInt(2),
                            Math.floorMod(r.nextLong(), 10_000_000_000_000_000L));
                    String payee = r.nextInt(3) == 0 ? SHOPS[r.nextInt(SHOPS.length)] : name(r);
                    String amount = String.format(Locale.ROOT, "%d.%02d", 1 + r.nextInt(999), r.nextInt(100));
                    Row row = new Row(start.plusMinutes(i * 37L), amount, payee, ref, NOTES[r.nextInt(NOTES.length)]);
                    rows.add(row);
                    csv.append(row.at().format(TIME)).append(",-").append(amount).append(",CNY,").append(payee)
                            .append(',').append(ref).append(',').append(row.note()).append('\n');
                }
                if (exists) {
                    continue; // same seed: the same rows as the vault holds
                }
                long id = s.cases().create(new NewCase("Case " + (c + 1), c % 2 == 0 ? "支付宝" : "PayPal", null, null,
                        null, null, List.of(), null, LocalDate.now(), null, List.of(), false)).id();
                Path file = Files.writeString(csvDir.resolve("statement-" + c + ".csv"), csv, StandardCharsets.UTF_8);
                s.statements().run(new ImportRequest(id, file, StatementFormat.CSV, mapping, false, null),
                        Progress.NONE);
            }
        }
        SearchVault vault = new SearchVault(rows);
        vault.addScreenshots(dir.resolve("casevault.db"));
        return vault;
    }

    private static String name(Random r) {
        return SURNAMES[r.nextInt(SURNAMES.length)] + GIVEN[r.nextInt(GIVEN.length)] + GIVEN[r.nextInt(GIVEN.length)];
    }

    /** Adds the screenshots' rows and text once, in one transaction. */
    private void addScreenshots(Path db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            // the statements imported are exhibits too, without text
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM evidence_text")) {
                if (rs.next() && rs.getInt(1) > 0) {
                    return;
                }
            }
            List<Long> cases = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM cases ORDER BY id")) {
                while (rs.next()) {
                    cases.add(rs.getLong(1));
                }
            }
            c.setAutoCommit(false);
            try (PreparedStatement evidence = c.prepareStatement("INSERT INTO evidence (case_id, sha256, original_name,"
                    + " media_type, size, width, height, capture_source, imported_ms, exhibit_no, trashed_ms)"
                    + " VALUES (?, ?, ?, 'image/png', 150000, 1080, 2400, 'IMPORT_TIME', 0, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement text = c.prepareStatement("INSERT INTO evidence_text (evidence_id, engine,"
                         + " model_version, recognised_ms) VALUES (?, 'bench', 'synthetic', 0)");
                 PreparedStatement line = c.prepareStatement("INSERT INTO evidence_text_lines (evidence_id, line_no,"
                         + " text, confidence, x, y, w, h) VALUES (?, ?, ?, 0.95, ?, ?, ?, ?)");
                 PreparedStatement box = c.prepareStatement("INSERT INTO redactions (evidence_id, x, y, w, h)"
                         + " VALUES (?, ?, ?, ?, ?)")) {
                int shot = 0;
                for (int k = 0; k < cases.size(); k++) {
                    for (int i = 0; i < SHOTS_PER_CASE; i++, shot++) {
                        Row row = rows.get(k * ROWS_PER_CASE + i * (ROWS_PER_CASE / SHOTS_PER_CASE));
                        evidence.setLong(1, cases.get(k));
                        evidence.setString(2, HexFormat.of().formatHex(java.nio.ByteBuffer.allocate(32)
                                .putLong(shot).array()));
                        evidence.setString(3, "Screenshot_" + row.at().format(DateTimeFormatter.BASIC_ISO_DATE)
                                + "-" + i + ".png");
                        evidence.setInt(4, i + 2); // E-1 is the case's statement
                        evidence.setObject(5, shot % 50 == 49 ? 1L : null);
                        evidence.executeUpdate();
                        long id;
                        try (ResultSet keys = evidence.getGeneratedKeys()) {
                            keys.next();
                            id = keys.getLong(1);
                        }
                        text.setLong(1, id);
                        text.executeUpdate();
                        List<String> lines = shot % 10 < 7 ? alipay(row) : paypal(row);
                        for (int n = 0; n < lines.size(); n++) {
                            line.setLong(1, id);
                            line.setInt(2, n);
                            line.setString(3, lines.get(n));
                            line.setInt(4, LINE_X);
                            line.setInt(5, lineY(n));
                            line.setInt(6, LINE_W);
                            line.setInt(7, LINE_H);
                            line.addBatch();
                        }
                        line.executeBatch();
                        if (shot % 20 == 7) { // the payee's line (line 1) hidden
                            box.setLong(1, id);
                            box.setInt(2, LINE_X - 10);
                            box.setInt(3, lineY(1) - 5);
                            box.setInt(4, LINE_W + 20);
                            box.setInt(5, LINE_H + 10);
                            box.executeUpdate();
                        }
                    }
                }
            }
            c.commit();
        }
    }

    private static int lineY(int n) {
        return 120 + 90 * n;
    }

    private static List<String> alipay(Row row) {
        return List.of("账单详情", row.payee(), "-" + row.amount(), "交易成功", "付款方式 余额宝",
                "商品说明 " + (row.note().isEmpty() ? row.payee() : row.note()), "创建时间 " + row.at().format(TIME),
                "订单号 " + row.ref(), "商家订单号 T" + row.ref().substring(6), "账单分类 日常消费", "对此订单有疑问");
    }

    private static List<String> paypal(Row row) {
        return List.of("Payment details", row.payee(), "-$" + row.amount() + " USD", "Completed",
                "Transaction ID " + row.ref(), "Paid with PayPal balance", "Date " + row.at().format(TIME),
                row.note().isEmpty() ? "No note" : row.note(), "Need help? Report a problem");
    }
}
