package io.casevault.app;

import io.casevault.media.MediaSniffer;
import io.casevault.vault.BackupLog;
import io.casevault.vault.Salvage;
import io.casevault.vault.SalvageReport;
import io.casevault.vault.Vault;
import io.casevault.vault.VaultVerifier;
import io.casevault.vault.VerifyReport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * {@code recover}: a new vault from a damaged one, never touching the damaged files, then verified; and the latest
 * backup compared with it, so the user can choose. The rows are read table by table through SQLite (page by page
 * when SQLite cannot read the schema); see {@link Salvage}.
 */
public final class RecoveryService {
    private static final Map<String, String> EXTENSIONS = Map.ofEntries(Map.entry(MediaSniffer.PNG, ".png"),
            Map.entry(MediaSniffer.JPEG, ".jpg"), Map.entry(MediaSniffer.GIF, ".gif"),
            Map.entry(MediaSniffer.BMP, ".bmp"), Map.entry(MediaSniffer.WEBP, ".webp"),
            Map.entry(MediaSniffer.PDF, ".pdf"), Map.entry(MediaSniffer.TEXT, ".txt"),
            Map.entry(MediaSniffer.MP3, ".mp3"), Map.entry(MediaSniffer.M4A, ".m4a"),
            Map.entry(MediaSniffer.WAV, ".wav"), Map.entry(MediaSniffer.MP4, ".mp4"),
            Map.entry(MediaSniffer.ZIP, ".zip"), Map.entry(MediaSniffer.HTML, ".html"));

    private RecoveryService() {
    }

    /** Rebuilds {@code damaged} into {@code out} (missing or empty) and verifies the result. */
    public static RecoveryReport recover(Path damaged, Path out, Clock clock, Progress progress) {
        SalvageReport salvage;
        try {
            salvage = Salvage.rebuild(damaged, out, clock, RecoveryService::describe,
                    (done, total) -> progress.update(done, total, ""));
        } catch (IOException e) {
            throw new UncheckedIOException("Recovering " + damaged + " into " + out + " failed: " + e.getMessage(), e);
        }
        Optional<BackupLog.Entry> latest = Salvage.latestBackup(damaged);
        try (Vault vault = Vault.open(salvage.target(), Vault.Access.WRITE, clock)) {
            VerifyReport verify = new VaultVerifier(vault).verify((done, total) -> { });
            Optional<RecoveryReport.BackupOffer> offer = latest.map(b -> offer(vault, salvage, b));
            return new RecoveryReport(salvage, verify, offer);
        } catch (IOException e) {
            throw new UncheckedIOException("Verifying the recovered vault " + out + " failed: " + e.getMessage(), e);
        }
    }

    /** The latest backup the damaged vault recorded, if its record can be read. */
    public static Optional<BackupLog.Entry> latestBackup(Path damaged) {
        return Salvage.latestBackup(damaged);
    }

    private static RecoveryReport.BackupOffer offer(Vault vault, SalvageReport salvage, BackupLog.Entry b) {
        Path location = Path.of(b.target());
        long carried = salvage.rows("audit_log");
        long[] after = {0};
        vault.read(h -> {
            vault.repositories().audit().forEach(h, e -> {
                if (e.seq() <= carried && e.at().isAfter(b.at())) {
                    after[0]++;
                }
            });
            return null;
        });
        boolean exists = Files.exists(location);
        boolean better = exists && !salvage.complete() && after[0] == 0 && b.blobs() >= salvage.originals();
        return new RecoveryReport.BackupOffer(b.at(), location, b.blobs(), exists, after[0], better);
    }

    /** An orphan original's name in the "Recovered files" case: its hash and the extension its bytes call for. */
    private static Salvage.OrphanFile describe(Path file, String sha256) {
        String type = MediaSniffer.OCTET_STREAM;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(512);
            type = MediaSniffer.sniff(head, head.length);
        } catch (IOException e) {
            // the type stays unknown: the bytes were already copied and hashed
        }
        return new Salvage.OrphanFile(sha256.substring(0, 16) + EXTENSIONS.getOrDefault(type, ".bin"), type, null,
                null);
    }
}
