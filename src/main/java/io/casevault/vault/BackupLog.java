package io.casevault.vault;


import java.time.Instant;
import java.util.Optional;

/** The {@code backups} table: when and where this vault was backed up. */
public final class BackupLog {

    /** One backup written. */
    public record Entry(Instant at, String target, String kind, int blobs, long bytes) {
    }

    public void record(Db h, Entry e) {
        h.execute("INSERT INTO backups (at_ms, target, kind, blobs, bytes) VALUES (?, ?, ?, ?, ?)",
                e.at().toEpochMilli(), e.target(), e.kind(), e.blobs(), e.bytes());
    }

    public Optional<Entry> latest(Db h) {
        return h.createQuery("SELECT at_ms, target, kind, blobs, bytes FROM backups ORDER BY at_ms DESC, id DESC"
                        + " LIMIT 1")
                .map((rs, ctx) -> new Entry(Instant.ofEpochMilli(rs.getLong(1)), rs.getString(2), rs.getString(3),
                        rs.getInt(4), rs.getLong(5))).findOne();
    }
}
