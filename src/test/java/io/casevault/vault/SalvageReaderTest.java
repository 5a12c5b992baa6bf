package io.casevault.vault;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading what is left of a damaged table: the rows on a damaged page are lost, every other row is read. */
class SalvageReaderTest {
    private static final Map<String, List<SalvageReader.Column>> WANTED = Map.of("notes", List.of(
            new SalvageReader.Column("id", true), new SalvageReader.Column("body", false),
            new SalvageReader.Column("n", false)));
    private static final int ROWS = 3000;

    @TempDir
    Path tmp;
    Path db;

    @BeforeEach
    void manyPages() throws Exception {
        db = tmp.resolve("test.db");
        Random random = new Random(18);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL, n INTEGER)");
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO notes (id, body, n) VALUES (?, ?, ?)")) {
                for (int i = 1; i <= ROWS; i++) {
                    ps.setInt(1, i * 3); // gaps, as deleted rows leave them
                    ps.setString(2, "note " + i + " " + "x".repeat(random.nextInt(i == 7 ? 9000 : 60)));
                    ps.setLong(3, random.nextLong());
                    ps.executeUpdate();
                }
            }
            c.commit();
        }
    }

    @Test
    void anUndamagedTableIsReadWholeThroughSqliteAndPageByPageAlike() throws Exception {
        List<List<Object>> sql = SalvageReader.read(db, WANTED).table("notes").orElseThrow().rows();
        assertThat(sql).hasSize(ROWS);
        try (RawPages pages = new RawPages(db, null)) {
            long root = scalar("SELECT rootpage FROM sqlite_master WHERE name = 'notes'");
            RawPages.Walk walk = pages.walk(root);
            assertThat(walk.damagedPages() + walk.damagedCells()).isZero();
            List<List<Object>> raw = new ArrayList<>();
            walk.rows().forEach(r -> raw.add(List.of(r.rowid(), r.values().get(1), r.values().get(2))));
            assertThat(raw).isEqualTo(sql); // including the row whose text runs over several overflow pages
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 7, 19})
    void aDamagedLeafPageCostsItsOwnRowsAndNoOthers(int leaf) throws Exception {
        long page = scalar("SELECT pageno FROM dbstat WHERE name = 'notes' AND pagetype = 'leaf' ORDER BY path "
                + "LIMIT 1 OFFSET " + leaf);
        long onPage = scalar("SELECT ncell FROM dbstat WHERE pageno = " + page);
        long pageSize = scalar("PRAGMA page_size");
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.seek((page - 1) * pageSize);
            f.write(new byte[]{(byte) 0xee, 0x11, 0x22, 0x33, 0x44});
        }

        SalvageReader.Table t = SalvageReader.read(db, WANTED).table("notes").orElseThrow();
        assertThat(t.rows()).hasSize(ROWS - (int) onPage);
        assertThat(t.damage()).singleElement().asString().contains("could not be read");
    }

    private long scalar(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
