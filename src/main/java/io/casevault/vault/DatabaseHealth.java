package io.casevault.vault;

import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a vault's database is damaged, found without changing it: SQLite's integrity (or quick) check on a
 * read-only connection, which never checkpoints or migrates, and a look at the write-ahead log's frame checksums
 * (SQLite silently ignores a damaged WAL frame and every commit after it; this says so).
 */
public final class DatabaseHealth {
    private static final int WAL_HEADER = 32;
    private static final int FRAME_HEADER = 24;

    private DatabaseHealth() {
    }

    /** What was found: empty when the database is sound. */
    public record Findings(List<String> lines) {
        public Findings {
            lines = List.copyOf(lines);
        }

        public boolean damaged() {
            return !lines.isEmpty();
        }
    }

    /** The full check ({@code PRAGMA integrity_check}, which also compares every index with its table) and the WAL. */
    public static Findings check(Path dir) {
        return run(dir, "PRAGMA integrity_check");
    }

    /** The cheaper check ({@code PRAGMA quick_check}: pages and records, not index contents) and the WAL. */
    public static Findings quickCheck(Path dir) {
        return run(dir, "PRAGMA quick_check");
    }

    private static Findings run(Path dir, String pragma) {
        List<String> lines = new ArrayList<>(walProblems(dir.resolve(Vault.DB_FILE + "-wal")));
        Path db = dir.resolve(Vault.DB_FILE);
        try {
            if (!Files.exists(db) || Files.size(db) == 0) {
                return new Findings(lines); // a new vault: its database is about to be made
            }
        } catch (IOException e) {
            lines.add("the database file cannot be read: " + Vault.describe(e));
            return new Findings(lines);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = config.createConnection("jdbc:sqlite:" + dir.resolve(Vault.DB_FILE));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(pragma)) {
            List<String> said = new ArrayList<>();
            while (rs.next()) {
                said.add(rs.getString(1));
            }
            if (!(said.size() == 1 && "ok".equals(said.get(0)))) {
                lines.addAll(said);
            }
        } catch (SQLException e) {
            if (DiskFullException.isDiskFull(e, dir)) {
                throw new DiskFullException(dir, -1, e); // SQLite cannot even read: not damage, a full disk
            }
            lines.add(e.getMessage());
        }
        return new Findings(lines);
    }

    /** Frames of the current WAL generation that follow a frame whose checksum fails: commits SQLite will ignore. */
    static List<String> walProblems(Path wal) {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(wal) || Files.size(wal) == 0) {
                return List.of();
            }
            bytes = Files.readAllBytes(wal);
        } catch (IOException e) {
            return List.of("the write-ahead log " + wal.getFileName() + " cannot be read: " + Vault.describe(e));
        }
        if (bytes.length < WAL_HEADER) {
            return List.of("the write-ahead log " + wal.getFileName() + " is shorter than its header");
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
        int magic = b.getInt(0);
        if (magic != 0x377f0682 && magic != 0x377f0683) {
            return List.of("the write-ahead log " + wal.getFileName() + " has a damaged header");
        }
        boolean bigEndian = magic == 0x377f0683;
        int pageSize = b.getInt(8);
        int salt1 = b.getInt(16);
        int salt2 = b.getInt(20);
        int[] sum = checksum(bytes, 0, 24, new int[]{0, 0}, bigEndian);
        if (sum[0] != b.getInt(24) || sum[1] != b.getInt(28)) {
            return List.of("the write-ahead log " + wal.getFileName() + " has a damaged header");
        }
        int frameSize = FRAME_HEADER + pageSize;
        int frames = (bytes.length - WAL_HEADER) / frameSize;
        for (int i = 0; i < frames; i++) {
            int at = WAL_HEADER + i * frameSize;
            if (b.getInt(at + 8) != salt1 || b.getInt(at + 12) != salt2) {
                return List.of(); // an older generation's leftovers: not part of the log
            }
            sum = checksum(bytes, at, 8, sum, bigEndian);
            sum = checksum(bytes, at + FRAME_HEADER, pageSize, sum, bigEndian);
            if (sum[0] != b.getInt(at + 16) || sum[1] != b.getInt(at + 20)) {
                int later = 0;
                for (int j = i + 1; j < frames; j++) {
                    int f = WAL_HEADER + j * frameSize;
                    if (b.getInt(f + 8) == salt1 && b.getInt(f + 12) == salt2) {
                        later++;
                    }
                }
                return List.of("frame " + (i + 1) + " of " + frames + " of the write-ahead log "
                        + wal.getFileName() + " is damaged; it and the " + later
                        + " frame(s) after it (the most recent changes) cannot be read");
            }
        }
        return List.of();
    }

    /** SQLite's WAL checksum over {@code len} bytes (a multiple of 8), continuing from {@code s}. */
    private static int[] checksum(byte[] data, int off, int len, int[] s, boolean bigEndian) {
        ByteBuffer b = ByteBuffer.wrap(data, off, len).order(bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        int s0 = s[0];
        int s1 = s[1];
        for (int i = off; i < off + len; i += 8) {
            s0 += b.getInt(i) + s1;
            s1 += b.getInt(i + 4) + s0;
        }
        return new int[]{s0, s1};
    }
}
