package io.casevault.app.backup;

import io.casevault.TestFiles;
import io.casevault.app.AddOutcome;
import io.casevault.app.Progress;
import io.casevault.app.VaultSession;
import io.casevault.domain.CaseStatus;
import io.casevault.domain.Channel;
import io.casevault.domain.ContactDirection;
import io.casevault.domain.Direction;
import io.casevault.domain.Evidence;
import io.casevault.domain.EvidenceLinks;
import io.casevault.domain.Money;
import io.casevault.domain.NewCase;
import io.casevault.domain.NewFollowUp;
import io.casevault.domain.NewTransaction;
import io.casevault.domain.Redaction;
import io.casevault.domain.TransactionSource;
import io.casevault.vault.CaseTables;
import io.casevault.vault.Vault;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A case with every kind of row a bundle must carry, and a way to compare two cases row by row. */
final class CaseFixture {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private CaseFixture() {
    }

    /** Two screenshots (captions, tags, a redaction), a transaction, a follow-up, links both ways, a status change. */
    static long richCase(VaultSession s, Path files) throws Exception {
        long id = s.cases().create(new NewCase("转账未到账", "支付宝", "6222 0000 1234", null, "11月3日转账，对方未收到。",
                Money.parse("1250.00", "CNY"), List.of("退款 1250 元", "书面解释"), null, LocalDate.of(2026, 11, 5), 30,
                List.of("urgent"), false)).id();
        var tx = s.transactions().add(new NewTransaction(id, Instant.parse("2026-11-03T06:30:00Z"), ZONE,
                Money.parse("1250.00", "CNY"), Direction.OUT, "张三", "2026110322001456789", null, null, null, "转账",
                TransactionSource.MANUAL));
        Files.createDirectories(files);
        Evidence a = added(s.evidence().add(id, List.of(TestFiles.png(files.resolve("transfer.png"), 120, 80, 1)),
                "转账记录", Progress.NONE).get(0));
        Evidence b = added(s.evidence().add(id, List.of(TestFiles.jpeg(files.resolve("chat.jpg"), 90, 160, 2)),
                null, Progress.NONE).get(0));
        s.evidence().updateCaption(b.id(), "客服聊天截图");
        s.evidence().setTags(a.id(), List.of("支付", "bank"));
        s.evidence().setTags(b.id(), List.of("chat"));
        s.evidence().setRedactions(a.id(), List.of(new Redaction(10, 5, 40, 12), new Redaction(0, 70, 120, 10)));
        s.evidence().setLinks(a.id(), new EvidenceLinks(List.of(tx.id()), List.of()));
        s.followUps().add(new NewFollowUp(id, Instant.parse("2026-11-05T02:00:00Z"), ZONE, Channel.HOTLINE,
                ContactDirection.OUTGOING, "客服小王", "88231", "客服说三天内回复", "等待", LocalDate.of(2026, 11, 8)),
                List.of(b.id()));
        s.cases().changeStatus(id, CaseStatus.SUBMITTED, "已提交投诉");
        return id;
    }

    private static Evidence added(AddOutcome o) {
        return ((AddOutcome.Added) o).evidence();
    }

    /**
     * Every row of the case with its own and its case's ids left out and each reference replaced by the position of
     * the row it refers to: equal for a case and its faithful copy in another vault.
     */
    static Map<String, List<Map<String, Object>>> canonical(Path vaultDir, long caseId) {
        try (Vault v = Vault.open(vaultDir, Vault.Access.READ_PREFERRED, Clock.systemUTC())) {
            Map<String, List<Map<String, Object>>> rows = v.read(h -> v.repositories().caseTables().read(h, caseId));
            Map<String, Map<Object, Integer>> positions = new HashMap<>();
            Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
            for (CaseTables.Table t : CaseTables.ALL) {
                Map<Object, Integer> pos = new HashMap<>();
                List<Map<String, Object>> list = new ArrayList<>();
                for (Map<String, Object> r : rows.get(t.name())) {
                    Map<String, Object> c = new LinkedHashMap<>(r);
                    if (t.idColumn() != null) {
                        pos.put(c.remove(t.idColumn()), pos.size());
                    }
                    t.references().forEach((col, table) -> c.computeIfPresent(col,
                            (k, v2) -> table + "#" + positions.get(table).get(v2)));
                    list.add(c);
                }
                positions.put(t.name(), pos);
                out.put(t.name(), list);
            }
            return out;
        }
    }

    /**
     * What a user could see change in a vault: the rows of every table (by count), the newest audit hash and every
     * file under {@code blobs/}. Equal before and after a refused import means it changed nothing.
     */
    static Map<String, Object> state(Path vaultDir) throws Exception {
        Map<String, Object> out = new java.util.TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + vaultDir.resolve(Vault.DB_FILE)
                + "?mode=ro"); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                    + " AND name NOT LIKE 'sqlite_%'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM \"" + t + "\"")) {
                    rs.next();
                    out.put("rows " + t, rs.getLong(1));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT coalesce(max(hash), '') FROM audit_log"
                    + " WHERE seq = (SELECT max(seq) FROM audit_log)")) {
                rs.next();
                out.put("audit head", rs.getString(1));
            }
        }
        try (Stream<Path> s = Files.walk(vaultDir.resolve("blobs"))) {
            out.put("blob files", s.filter(Files::isRegularFile).map(p -> vaultDir.relativize(p).toString()).sorted()
                    .toList());
        }
        return out;
    }
}
