package io.casevault;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Copies of a real vault damaged at one page of its database or in its write-ahead log, as a bad sector would. */
public final class VaultDamage {
    public enum Damage { TABLE_PAGE, INDEX_PAGE, SCHEMA_PAGE, WAL_FRAME }

    private VaultDamage() {
    }

    /** A copy of {@code vault} at {@code copy} with {@code damage} done to it; the original is left alone. */
    public static Path damagedCopy(Path vault, Path copy, Damage damage) throws Exception {
        if (damage == Damage.WAL_FRAME) {
            copyWithUnmergedLog(vault, copy);
            Path wal = copy.resolve("casevault.db-wal");
            assertThat(Files.size(wal)).isGreaterThan(32 + 24);
            flip(wal, 32 + 24 + 200, 8); // inside the first frame's page
            return copy;
        }
        copyVault(vault, copy);
        Path db = copy.resolve("casevault.db");
        long pageSize;
        long page;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            pageSize = scalar(s, "PRAGMA page_size");
            page = switch (damage) {
                case TABLE_PAGE -> scalar(s, "SELECT rootpage FROM sqlite_master WHERE type='table' AND name='cases'");
                case INDEX_PAGE -> scalar(s, "SELECT max(rootpage) FROM sqlite_master WHERE type='index' "
                        + "AND tbl_name='evidence' AND rootpage > 0");
                default -> 1;
            };
        }
        // the b-tree page header: at the start of the page, after the 100-byte file header on page 1
        long header = (page - 1) * pageSize + (page == 1 ? 100 : 0);
        flip(db, header, 8);
        return copy;
    }

    /** A change held in the write-ahead log: the files are copied while a connection keeps the log unmerged. */
    public static void copyWithUnmergedLog(Path vault, Path copy) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + vault.resolve("casevault.db"));
             Statement s = c.createStatement()) {
            s.execute("PRAGMA wal_autocheckpoint=0");
            s.executeUpdate("UPDATE cases SET title = title || ' (更新)'");
            s.executeUpdate("UPDATE cases SET provider = provider || ' '");
            copyVault(vault, copy);
        }
    }

    public static void copyVault(Path vault, Path copy) throws Exception {
        try (Stream<Path> files = Files.walk(vault)) {
            for (Path f : files.toList()) {
                Path target = copy.resolve(vault.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else if (!f.getFileName().toString().endsWith("-shm")) {
                    Files.copy(f, target);
                }
            }
        }
    }

    public static long scalar(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public static void flip(Path file, long at, int count) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            for (int i = 0; i < count; i++) {
                f.seek(at + i);
                int b = f.read();
                f.seek(at + i);
                f.write(b ^ 0xFF);
            }
        }
    }
}
