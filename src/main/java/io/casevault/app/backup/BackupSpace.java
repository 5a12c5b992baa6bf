package io.casevault.app.backup;

import io.casevault.app.OutputFile;
import io.casevault.domain.Reason;
import io.casevault.vault.DiskFullException;
import io.casevault.vault.Vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a backup, restore or bundle that filled its disk says: about how much more it needed, and what it left. */
final class BackupSpace {
    private BackupSpace() {
    }

    /**
     * A backup into {@code target} ran out of space: an archive was not written at all; a folder keeps the originals
     * copied so far (the next run reuses them) and its previous backup, whose manifest was not replaced.
     */
    static DiskFullException backupFull(Vault vault, Path target, Throwable cause) {
        boolean archive = BackupService.isArchiveName(target);
        long needed;
        int present = 0;
        try {
            needed = Files.size(vault.dir().resolve(Vault.DB_FILE));
            for (Path rel : vault.blobs().storedFiles()) {
                if (!archive && Files.isRegularFile(target.resolve("blobs").resolve("sha256").resolve(rel))) {
                    present++;
                } else {
                    needed += Files.size(vault.blobs().root().resolve(rel));
                }
            }
        } catch (IOException e) {
            needed = -1;
        }
        Reason done;
        if (archive) {
            done = OutputFile.nothingWritten(target);
        } else if (Files.exists(target.resolve(ArchiveManifest.NAME))) {
            done = Reason.of("backup.fullKeptOld", present + " originals are in " + target + " for the next run to "
                    + "reuse, and the backup there from before is unchanged", present, target);
        } else {
            done = Reason.of("backup.fullNoBackup", "no complete backup is in " + target + " yet, and the " + present
                    + " originals copied there so far are reused by the next run", target, present);
        }
        return new DiskFullException(archive ? target.getParent() : target, needed, done, cause);
    }
}
