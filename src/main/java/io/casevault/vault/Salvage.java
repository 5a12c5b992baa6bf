package io.casevault.vault;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * Builds a new vault from a damaged one without changing a byte of it: the database (and its write-ahead log) are
 * copied to a scratch folder and read there ({@link SalvageReader}), every original under {@code blobs/sha256} is
 * re-hashed while it is copied through the new vault's import protocol, and the rows are written in one transaction
 * ({@link SalvageWriter}). Originals whose bytes no longer match their name are reported and left out.
 */
public final class Salvage {
    private static final Logger LOG = LoggerFactory.getLogger(Salvage.class);

    /** What the new vault should record about an original that no readable row describes. */
    public record OrphanFile(String name, String mediaType, Integer width, Integer height) {
        public OrphanFile {
            Objects.requireNonNull(name);
            Objects.requireNonNull(mediaType);
        }
    }

    /** Describes an orphan original (sniffing its type is not the vault's business). */
    @FunctionalInterface
    public interface OrphanDescriber {
        OrphanFile describe(Path file, String sha256);
    }

    private Salvage() {
    }

    /**
     * Rebuilds the vault at {@code damaged} into {@code out} (missing or empty).
     *
     * @param progress called with (done, total) as originals are copied
     */
    public static SalvageReport rebuild(Path damaged, Path out, Clock clock, OrphanDescriber describer,
                                        BiConsumer<Integer, Integer> progress) throws IOException {
        Path source = damaged.toAbsolutePath().normalize();
        Path target = out.toAbsolutePath().normalize();
        if (target.startsWith(source) || source.startsWith(target)) {
            throw new VaultException("The new vault " + target + " must be outside the damaged vault " + source + ".");
        }
        if (Files.exists(target) && (!Files.isDirectory(target) || !isEmpty(target))) {
            throw new VaultException("The new vault's folder " + target + " must be missing or empty.");
        }
        if (!Files.isRegularFile(source.resolve(Vault.DB_FILE)) && !Files.isDirectory(source.resolve("blobs"))) {
            throw new VaultNotFoundException(source);
        }
        Path scratch = Files.createTempDirectory("casevault-salvage");
        try {
            Path dbCopy = copyDatabase(source, scratch);
            try (Vault vault = Vault.create(target, clock)) {
                SalvageWriter writer = new SalvageWriter(vault);
                SalvageReader.Read read = dbCopy == null
                        ? new SalvageReader.Read("none", Map.of(), List.of("the database file is missing"))
                        : SalvageReader.read(dbCopy, writer.wantedTables());
                Originals originals = copyOriginals(vault, source, progress);
                try {
                    return vault.imports().commit(originals.staged,
                            db -> writer.write(db, source, read, originals.good, originals.damaged, describer));
                } finally {
                    originals.staged.forEach(vault.blobs()::discard); // what commit has not moved, if it failed
                }
            }
        } finally {
            deleteTree(scratch);
        }
    }

    /**
     * The latest backup the damaged vault's {@code backups} table records, read from a copy as {@link #rebuild} reads
     * it; empty when there is none or the table cannot be read.
     */
    public static Optional<BackupLog.Entry> latestBackup(Path damaged) {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("casevault-salvage");
            Path copy = copyDatabase(damaged.toAbsolutePath(), scratch);
            if (copy == null) {
                return Optional.empty();
            }
            List<String> names = List.of("id", "at_ms", "target", "kind", "blobs", "bytes");
            List<SalvageReader.Column> columns = names.stream()
                    .map(n -> new SalvageReader.Column(n, n.equals("id"))).toList();
            SalvageReader.Read read = SalvageReader.read(copy, Map.of("backups", columns));
            return read.table("backups").stream().flatMap(t -> t.rows().stream()).filter(r -> r.size() == 6)
                    .flatMap(r -> backupEntry(r).stream()).max(Comparator.comparing(BackupLog.Entry::at));
        } catch (IOException e) {
            LOG.warn("Could not look for a backup of {}", damaged, e);
            return Optional.empty();
        } finally {
            if (scratch != null) {
                deleteTree(scratch);
            }
        }
    }

    private static Optional<BackupLog.Entry> backupEntry(List<Object> r) {
        if (r.get(1) instanceof Long at && r.get(2) instanceof String target && r.get(3) instanceof String kind
                && r.get(4) instanceof Long blobs && r.get(5) instanceof Long bytes) {
            return Optional.of(new BackupLog.Entry(java.time.Instant.ofEpochMilli(at), target, kind,
                    blobs.intValue(), bytes));
        }
        return Optional.empty();
    }

    private static Path copyDatabase(Path source, Path scratch) throws IOException {
        Path db = source.resolve(Vault.DB_FILE);
        if (!Files.isRegularFile(db)) {
            return null;
        }
        Path copy = scratch.resolve(Vault.DB_FILE);
        Files.copy(db, copy, StandardCopyOption.COPY_ATTRIBUTES);
        Path wal = source.resolve(Vault.DB_FILE + "-wal");
        if (Files.isRegularFile(wal)) {
            Files.copy(wal, scratch.resolve(Vault.DB_FILE + "-wal"));
        }
        copy.toFile().setWritable(true, true);
        return copy;
    }

    /** The originals staged into the new vault, by hash, and the ones whose bytes no longer match their name. */
    private record Originals(List<StagedBlob> staged, Map<String, Path> good, Map<String, String> damaged) {
    }

    private static Originals copyOriginals(Vault vault, Path source, BiConsumer<Integer, Integer> progress)
            throws IOException {
        Path root = source.resolve("blobs").resolve("sha256");
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        List<StagedBlob> staged = new ArrayList<>();
        Map<String, Path> good = new LinkedHashMap<>();
        Map<String, String> damaged = new LinkedHashMap<>();
        int done = 0;
        for (Path f : files) {
            String name = f.getFileName().toString();
            try {
                StagedBlob s = vault.blobs().stage(f);
                if (s.sha256().equals(name) && !good.containsKey(name)) {
                    staged.add(s);
                    good.put(name, f);
                } else {
                    vault.blobs().discard(s);
                    damaged.put(name, "blobs/sha256/" + root.relativize(f) + ": its bytes hash to " + s.sha256()
                            + ", not to its name");
                }
            } catch (IOException e) {
                if (DiskFullException.isDiskFull(e)) {
                    staged.forEach(vault.blobs()::discard);
                    throw e;
                }
                damaged.put(name, "blobs/sha256/" + root.relativize(f) + " cannot be read: " + Vault.describe(e));
            }
            progress.accept(++done, files.size());
        }
        return new Originals(staged, good, damaged);
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("Could not remove the scratch folder {}", dir, e);
        }
    }
}
