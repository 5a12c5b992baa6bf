package io.casevault.app.backup;

import io.casevault.app.Progress;
import io.casevault.domain.DomainException;
import io.casevault.domain.Reason;
import io.casevault.vault.BackupLog;
import io.casevault.vault.DiskFullException;
import io.casevault.vault.FileOps;
import io.casevault.vault.Vault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

/**
 * Backs up the whole vault while it is in use: a {@link Vault#snapshotTo snapshot} of the database taken in one read
 * transaction, plus every original its evidence rows refer to. The target is a zip file when its name ends in
 * {@code .cvbackup} or {@code .zip}, else a folder that later backups update incrementally.
 */
public final class BackupService {
    static final String FORMAT = "casevault-backup";
    static final int VERSION = 1;
    static final String DATABASE = "database";
    static final String SCHEMA = "schemaVersion";
    static final String ARCHIVE_DB = "casevault.db";
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Vault vault;
    private final BackupLog log;

    public BackupService(Vault vault, BackupLog log) {
        this.vault = Objects.requireNonNull(vault);
        this.log = Objects.requireNonNull(log);
    }

    /** Whether {@code path} names an archive file rather than a backup folder. */
    public static boolean isArchiveName(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".cvbackup") || name.endsWith(".zip");
    }

    /** The newest backup recorded in this vault. */
    public Optional<BackupLog.Entry> lastBackup() {
        return vault.read(log::latest);
    }

    /**
     * @throws DomainException       when the target cannot be used (one sentence)
     * @throws CancellationException when {@code progress} asked to stop; no archive (or folder manifest) is changed
     */
    public BackupResult backup(Path requested, Progress progress) {
        Objects.requireNonNull(progress, "progress");
        Path target = checkTarget(requested);
        Instant started = vault.clock().instant();
        long t0 = System.nanoTime();
        BackupResult result;
        try {
            result = isArchiveName(target) ? toArchive(target, started, progress) : toFolder(target, started, progress);
        } catch (IOException | RuntimeException e) {
            if (DiskFullException.isDiskFull(e)) {
                throw BackupSpace.backupFull(vault, target, e);
            }
            throw e instanceof RuntimeException r ? r
                    : new UncheckedIOException("Writing the backup " + target + " failed: " + e.getMessage(),
                    (IOException) e);
        }
        result = new BackupResult(result.target(), result.folder(), result.blobs(), result.copied(), result.bytes(),
                result.missing(), Duration.ofNanos(System.nanoTime() - t0), record(result, started));
        LOG.info("Backed up {} to {}: {} originals ({} copied), {} bytes in {}", vault.dir(), target, result.blobs(),
                result.copied(), result.bytes(), result.took());
        return result;
    }

    private boolean record(BackupResult r, Instant at) {
        if (!vault.isWritable()) {
            return false; // another process writes; it cannot be told from here
        }
        try {
            vault.transaction(h -> {
                log.record(h, new BackupLog.Entry(at, r.target().toString(), r.folder() ? "folder" : "archive",
                        r.blobs(), r.bytes()));
                return null;
            });
        } catch (RuntimeException e) {
            DiskFullException.throwIfFull(e, vault.dir(), -1, Reason.of("backup.fullNotNoted", "the backup "
                    + r.target() + " is complete, only its time could not be noted in the vault", r.target()));
            throw e;
        }
        return true;
    }

    private BackupResult toArchive(Path target, Instant now, Progress progress) throws IOException {
        Leftovers.remove(target.getParent(), "." + target.getFileName() + ".", ".db");
        Path snapshot = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".db");
        try (ZipArchiveWriter zip = ZipArchiveWriter.create(target)) {
            FileOps.createPrivateFile(snapshot);
            Vault.Snapshot snap = vault.snapshotTo(snapshot);
            List<String> hashes = snap.blobHashes();
            long total = hashes.size() + 1L;
            long bytes = zip.addDeflated(ARCHIVE_DB, snapshot);
            progress.update(1, total, ARCHIVE_DB);
            List<String> missing = new ArrayList<>();
            int done = 1;
            for (String sha : hashes) {
                checkCancelled(progress);
                Path blob = vault.blobs().path(sha);
                try {
                    bytes += zip.addStored(ArchiveManifest.blobPath(sha), blob);
                } catch (NoSuchFileException e) {
                    missing.add(sha);
                }
                progress.update(++done, total, sha);
            }
            checkCancelled(progress);
            zip.finish(FORMAT, VERSION, now, Map.of(DATABASE, ARCHIVE_DB, SCHEMA,
                    Integer.toString(Vault.schemaVersion())));
            int stored = hashes.size() - missing.size();
            return new BackupResult(target, false, stored, stored, bytes, missing, Duration.ZERO, false);
        } finally {
            Files.deleteIfExists(snapshot);
        }
    }

    /**
     * Originals already in the folder with the right hash are kept; new ones are copied beside them. The database
     * snapshot gets a new name, and the manifest, renamed into place last, decides which snapshot is current: a run
     * that stops half-way leaves the previous backup whole.
     */
    private BackupResult toFolder(Path target, Instant now, Progress progress) throws IOException {
        FileOps.createPrivateDirectories(target);
        Optional<ArchiveManifest> previous = previousManifest(target);
        Leftovers.remove(target, ".casevault-", ".part");
        Leftovers.remove(target, "." + ArchiveManifest.NAME + ".", ".part");
        FileOps.createPrivateDirectories(target.resolve("blobs"));
        FileOps.createPrivateDirectories(target.resolve("blobs").resolve("sha256"));
        String dbName = "casevault-" + STAMP.format(now) + ".db";
        Path snapshotTmp = target.resolve("." + dbName + "." + UUID.randomUUID() + ".part");
        try {
            FileOps.createPrivateFile(snapshotTmp);
            Vault.Snapshot snap = vault.snapshotTo(snapshotTmp);
            List<String> hashes = snap.blobHashes();
            long total = hashes.size() + 1L;
            List<ArchiveManifest.Entry> entries = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            FileDigest db = FileDigest.of(snapshotTmp);
            entries.add(new ArchiveManifest.Entry(dbName, db.sha256(), db.size()));
            long bytes = db.size();
            int copied = 0;
            int done = 0;
            for (String sha : hashes) {
                checkCancelled(progress);
                String rel = ArchiveManifest.blobPath(sha);
                Path dest = target.resolve(rel);
                FileDigest d = Files.isRegularFile(dest) ? FileDigest.of(dest) : null;
                if (d == null || !d.sha256().equals(sha)) {
                    Path source = vault.blobs().path(sha);
                    if (!Files.isRegularFile(source)) {
                        missing.add(sha);
                        progress.update(++done, total, sha);
                        continue;
                    }
                    d = copyBlob(source, dest);
                    copied++;
                }
                entries.add(new ArchiveManifest.Entry(rel, d.sha256(), d.size()));
                bytes += d.size();
                progress.update(++done, total, sha);
            }
            checkCancelled(progress);
            FileOps.moveAtomically(snapshotTmp, target.resolve(dbName));
            writeManifest(target, new ArchiveManifest(FORMAT, VERSION, now, Map.of(DATABASE, dbName, SCHEMA,
                    Integer.toString(Vault.schemaVersion())), entries));
            progress.update(total, total, ArchiveManifest.NAME);
            previous.map(m -> m.properties().get(DATABASE)).filter(old -> !old.equals(dbName))
                    .filter(old -> old.matches("casevault-\\d{8}T\\d{6}Z\\.db"))
                    .ifPresent(old -> deleteQuietly(target.resolve(old)));
            return new BackupResult(target, true, entries.size() - 1, copied, bytes, missing, Duration.ZERO, false);
        } finally {
            Files.deleteIfExists(snapshotTmp);
        }
    }

    private static FileDigest copyBlob(Path source, Path dest) throws IOException {
        FileOps.createPrivateDirectories(dest.getParent());
        Path tmp = dest.resolveSibling("." + dest.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            FileDigest d = FileDigest.copy(source, tmp);
            FileOps.makeReadOnly(tmp);
            if (Files.exists(dest)) {
                dest.toFile().setWritable(true, true); // a damaged copy from an earlier backup is replaced
            }
            FileOps.moveAtomically(tmp, dest);
            return d;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void writeManifest(Path dir, ArchiveManifest manifest) throws IOException {
        Path tmp = dir.resolve("." + ArchiveManifest.NAME + "." + UUID.randomUUID() + ".part");
        try {
            FileOps.createPrivateFile(tmp);
            Files.write(tmp, manifest.toJson());
            FileOps.fsyncFile(tmp);
            FileOps.moveAtomically(tmp, dir.resolve(ArchiveManifest.NAME));
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static Optional<ArchiveManifest> previousManifest(Path dir) throws IOException {
        Path m = dir.resolve(ArchiveManifest.NAME);
        if (!Files.exists(m)) {
            try (Stream<Path> files = Files.list(dir)) {
                if (files.anyMatch(p -> !p.getFileName().toString().startsWith("."))
                        && !Files.isDirectory(dir.resolve("blobs"))) {
                    throw new DomainException(Reason.of("backup.foreignFolder", "The folder " + dir
                            + " holds other files and no CaseVault backup; choose an empty folder or an earlier"
                            + " backup folder.", dir));
                }
            }
            return Optional.empty();
        }
        try {
            return Optional.of(ArchiveManifest.parse(Files.readAllBytes(m), FORMAT));
        } catch (IllegalArgumentException e) {
            throw new DomainException(Reason.of("backup.foreignManifest", "The folder " + dir
                    + " has a manifest.json that is not a CaseVault backup's; choose another folder.", dir));
        }
    }

    private Path checkTarget(Path requested) {
        Objects.requireNonNull(requested, "target");
        Path target = requested.toAbsolutePath().normalize();
        if (target.getFileName() == null) {
            throw new DomainException(Reason.of("backup.notAName",
                    "The backup target " + requested + " is not a file or folder name.", requested));
        }
        if (target.startsWith(vault.dir().toAbsolutePath().normalize())) {
            throw new DomainException(Reason.of("backup.insideVault",
                    "A backup inside the vault folder would be lost with it; choose a place outside " + vault.dir()
                    + ".", vault.dir()));
        }
        Path parent = target.getParent();
        if (!Files.isDirectory(parent)) {
            throw new DomainException(Reason.of("backup.noParent", "The folder " + parent
                    + " does not exist; create it first or choose another place for the backup.", parent));
        }
        if (isArchiveName(target) && Files.isDirectory(target)) {
            throw new DomainException(Reason.of("backup.isFolder", "The backup target " + requested
                    + " is a folder; a name ending in .cvbackup or .zip means an archive file.", requested));
        }
        if (!isArchiveName(target) && Files.exists(target) && !Files.isDirectory(target)) {
            throw new DomainException(Reason.of("backup.isFile", "The backup target " + requested
                    + " is a file; give a folder, or a name ending in .cvbackup for an archive file.", requested));
        }
        return target;
    }

    private static void checkCancelled(Progress progress) {
        if (progress.isCancelled()) {
            throw new CancellationException("backup cancelled");
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warn("Could not remove the superseded snapshot {}", p, e);
        }
    }
}
