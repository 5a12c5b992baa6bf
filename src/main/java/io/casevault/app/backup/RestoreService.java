package io.casevault.app.backup;

import io.casevault.app.Progress;
import io.casevault.domain.DomainException;
import io.casevault.domain.Hashes;
import io.casevault.domain.Reason;
import io.casevault.vault.DiskFullException;
import io.casevault.vault.FileOps;
import io.casevault.vault.Vault;
import io.casevault.vault.VaultVerifier;
import io.casevault.vault.VerifyReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

/**
 * Restores a backup into a new vault folder. Everything is written into a hidden staging folder beside the target,
 * each entry checked against the manifest as it is copied, the vault opened and verified there, and only then renamed
 * to the target: a damaged backup, a cancel or a crash leaves no vault (and no half of one) under the chosen name.
 */
public final class RestoreService {
    private static final Logger LOG = LoggerFactory.getLogger(RestoreService.class);

    private RestoreService() {
    }

    /**
     * @throws DomainException       when the backup cannot be trusted or the target is taken (one sentence)
     * @throws CancellationException when {@code progress} asked to stop; nothing is left behind
     */
    public static RestoreResult restore(Path backup, Path requestedTarget, Clock clock, Progress progress) {
        Objects.requireNonNull(progress, "progress");
        Path target = checkTarget(requestedTarget);
        String prefix = "." + target.getFileName() + ".restoring-";
        Leftovers.remove(target.getParent(), prefix, "");
        Path staging = target.resolveSibling(prefix + UUID.randomUUID());
        long needed = -1;
        try (ArchiveSource source = ArchiveSource.open(backup, BackupService.FORMAT)) {
            ArchiveManifest manifest = source.manifest();
            needed = manifest.totalBytes();
            int schema = parseSchema(manifest);
            if (schema > Vault.schemaVersion()) {
                throw new DomainException(Reason.of("restore.newer", "The backup " + backup
                        + " was made by a newer CaseVault (database version " + schema
                        + "); update CaseVault to restore it.", backup, schema));
            }
            FileOps.createPrivateDirectories(staging);
            int blobs = extract(source, manifest, staging, progress);
            FileOps.createPrivateDirectories(staging.resolve("blobs").resolve("tmp"));
            FileOps.createPrivateDirectories(staging.resolve("cache"));
            VerifyReport report;
            try (Vault vault = Vault.open(staging, Vault.Access.WRITE, clock)) {
                report = new VaultVerifier(vault).verify((done, total) -> progress.update(done, total, "verify"));
            }
            Files.deleteIfExists(staging.resolve(Vault.LOCK_FILE));
            if (progress.isCancelled()) {
                throw new CancellationException("restore cancelled");
            }
            moveIntoPlace(staging, target);
            LOG.info("Restored {} into {} ({} originals, verify {})", backup, target, blobs, report.ok() ? "ok"
                    : report.problems().size() + " problems");
            return new RestoreResult(target, manifest.createdAt(), blobs, report);
        } catch (ArchiveException e) {
            throw new DomainException(Reason.of("restore.refused", "The file " + backup + " cannot be restored: "
                    + e.getMessage() + "; nothing was restored.", backup, e.reason()));
        } catch (NoSuchFileException e) {
            throw new DomainException(Reason.of("restore.missing", "There is no backup at " + backup + ".", backup));
        } catch (IOException | RuntimeException e) {
            // the staging folder is removed below: a restore that did not finish leaves nothing
            DiskFullException.throwIfFull(e, target.getParent(), needed, Reason.of("restore.fullNothing",
                    "nothing was restored into " + target, target));
            throw e instanceof IOException io
                    ? new UncheckedIOException("Restoring " + backup + " failed: " + e.getMessage(), io)
                    : (RuntimeException) e;
        } finally {
            try {
                FileOps.deleteRecursively(staging);
            } catch (IOException e) {
                LOG.warn("Could not remove the staging folder {}", staging, e);
            }
        }
    }

    private static int extract(ArchiveSource source, ArchiveManifest manifest, Path staging, Progress progress)
            throws IOException {
        String database = manifest.properties().get(BackupService.DATABASE);
        if (database == null || manifest.entries().stream().noneMatch(e -> e.path().equals(database))) {
            throw new ArchiveException(Reason.of("archive.noDatabase", "its manifest names no database"));
        }
        long total = manifest.entries().size();
        int done = 0;
        int blobs = 0;
        for (ArchiveManifest.Entry e : manifest.entries()) {
            if (progress.isCancelled()) {
                throw new CancellationException("restore cancelled");
            }
            Path dest;
            if (e.path().equals(database)) {
                dest = staging.resolve(Vault.DB_FILE);
            } else if (isBlobPath(e.path())) {
                dest = staging.resolve(e.path());
                blobs++;
            } else {
                throw new ArchiveException(Reason.of("archive.strayEntry",
                        "it holds an entry no backup has: " + e.path(), e.path()));
            }
            FileOps.createPrivateDirectories(dest.getParent());
            try {
                source.extract(e, dest);
            } catch (FileAlreadyExistsException x) {
                throw new ArchiveException(Reason.of("archive.twice", "its manifest lists " + e.path() + " twice",
                        e.path()));
            }
            if (dest.startsWith(staging.resolve("blobs"))) {
                FileOps.makeReadOnly(dest);
            }
            progress.update(++done, total, e.path());
        }
        return blobs;
    }

    /** {@code blobs/sha256/ab/<64 hex>}; the content may differ from the name when the original was damaged. */
    private static boolean isBlobPath(String path) {
        String[] parts = path.split("/");
        return parts.length == 4 && parts[0].equals("blobs") && parts[1].equals("sha256")
                && Hashes.isSha256Hex(parts[3]) && parts[2].equals(parts[3].substring(0, 2));
    }

    private static int parseSchema(ArchiveManifest manifest) {
        try {
            return Integer.parseInt(manifest.property(BackupService.SCHEMA));
        } catch (IllegalArgumentException e) {
            throw new ArchiveException(Reason.of("archive.noVersion", "its manifest has no database version"));
        }
    }

    private static Path checkTarget(Path requested) {
        Objects.requireNonNull(requested, "target");
        Path target = requested.toAbsolutePath().normalize();
        if (target.getFileName() == null) {
            throw new DomainException(Reason.of("restore.needsFolder",
                    "Restore needs a new folder for the vault, not " + requested + ".", requested));
        }
        if (Files.exists(target) && !isEmptyFolder(target)) {
            throw new DomainException(Reason.of("restore.notEmpty", "The folder " + requested
                    + " already exists and is not empty; restore into a new folder, so that no vault is overwritten.",
                    requested));
        }
        Path parent = target.getParent();
        if (!Files.isDirectory(parent)) {
            throw new DomainException(Reason.of("restore.noParent", "The folder " + parent
                    + " does not exist; create it first or choose another place for the restored vault.", parent));
        }
        return target;
    }

    private static boolean isEmptyFolder(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static void moveIntoPlace(Path staging, Path target) throws IOException {
        if (Files.isDirectory(target)) {
            Files.delete(target); // empty, checked above; a folder cannot be renamed over another
        }
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        FileOps.fsyncDirectory(target.getParent());
    }
}
