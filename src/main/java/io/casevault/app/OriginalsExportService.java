package io.casevault.app;

import io.casevault.domain.DomainException;
import io.casevault.domain.Evidence;
import io.casevault.domain.Hashes;
import io.casevault.domain.Reason;
import io.casevault.vault.AuditLog;
import io.casevault.vault.EvidenceRepository;
import io.casevault.vault.Vault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

/**
 * Hands originals over: copies the chosen exhibits' bytes from the vault into a new folder, each named with its
 * exhibit number, plus {@code SHA256SUMS} in {@code sha256sum}'s format so the recipient can run
 * {@code sha256sum -c SHA256SUMS}. Every copy is hashed while it is written and must match the vault's hash; the
 * originals are only read. The files are written into a hidden folder beside the target and renamed into place when
 * all are done, so a failure or a cancel leaves nothing; the hand-over goes to the case's audit log.
 */
public final class OriginalsExportService {
    private static final Logger LOG = LoggerFactory.getLogger(OriginalsExportService.class);

    private final Vault vault;
    private final CaseService cases;
    private final EvidenceRepository evidence;
    private final AuditLog audit;

    public OriginalsExportService(Vault vault, CaseService cases, EvidenceRepository evidence, AuditLog audit) {
        this.vault = Objects.requireNonNull(vault);
        this.cases = Objects.requireNonNull(cases);
        this.evidence = Objects.requireNonNull(evidence);
        this.audit = Objects.requireNonNull(audit);
    }

    /** The case's exhibits (not in the trash) in exhibit order: what can be exported. */
    public List<Evidence> exhibits(long caseId) {
        return vault.read(h -> {
            cases.find(h, caseId);
            return sorted(evidence.listByCase(h, caseId, false));
        });
    }

    /**
     * Writes the originals of {@code exhibits} (labels such as {@code E-3}, {@code e-03} or {@code 3}; empty for
     * all) into the folder {@code target}, which must not exist yet or be empty.
     *
     * @throws DomainException       when the folder cannot be used, an exhibit is unknown, or an original no longer
     *                               matches its hash (one sentence naming it); nothing is left behind
     * @throws CancellationException when {@code progress} asked to stop; nothing is left behind
     */
    public OriginalsExport export(long caseId, List<String> exhibits, Path target, Progress progress) {
        Objects.requireNonNull(exhibits);
        Objects.requireNonNull(progress);
        vault.requireWritable();
        List<Evidence> all = exhibits(caseId);
        List<Evidence> chosen = choose(caseId, all, exhibits);
        Path out = checkTarget(target);
        Map<Evidence, String> names = OriginalsExportNames.of(chosen,
                all.stream().mapToInt(Evidence::exhibitNo).max().orElse(1));
        Path tmp = out.resolveSibling("." + out.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".part");
        try {
            Files.createDirectory(tmp);
            List<OriginalsExport.File> files = new ArrayList<>();
            StringBuilder sums = new StringBuilder();
            long done = 0;
            for (Map.Entry<Evidence, String> entry : names.entrySet()) {
                if (progress.isCancelled()) {
                    throw new CancellationException("Export of originals cancelled");
                }
                Evidence e = entry.getKey();
                copy(e, tmp.resolve(entry.getValue()));
                files.add(new OriginalsExport.File(e.exhibit(), entry.getValue(), e.sha256(), e.size()));
                sums.append(e.sha256()).append("  ").append(entry.getValue()).append('\n');
                progress.update(++done, names.size(), e.exhibit());
            }
            writeSynced(tmp.resolve(OriginalsExportNames.SUMS), sums.toString().getBytes(StandardCharsets.UTF_8));
            moveIntoPlace(tmp, out);
            record(caseId, out, files);
            return new OriginalsExport(out, files);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the originals to " + out + " failed: " + e.getMessage(), e);
        } finally {
            deleteTree(tmp);
        }
    }

    private static List<Evidence> sorted(List<Evidence> list) {
        return list.stream().sorted(Comparator.comparingInt(Evidence::exhibitNo)).toList();
    }

    private static List<Evidence> choose(long caseId, List<Evidence> all, List<String> wanted) {
        if (all.isEmpty()) {
            throw new DomainException(Reason.of("originals.none",
                    "Case " + caseId + " has no exhibits whose originals could be exported.", caseId));
        }
        if (wanted.isEmpty()) {
            return all;
        }
        List<Evidence> chosen = new ArrayList<>();
        for (String label : wanted) {
            Evidence e = all.stream().filter(x -> x.exhibitNo() == exhibitNo(label)).findFirst()
                    .orElseThrow(() -> new DomainException(Reason.of("evidence.noExhibit",
                            "The case has no exhibit " + label + ".", label)));
            if (!chosen.contains(e)) {
                chosen.add(e);
            }
        }
        return sorted(chosen);
    }

    /** The number in {@code E-3}, {@code e-03} or {@code 3}; -1 when there is none. */
    static int exhibitNo(String label) {
        String s = label.strip().toUpperCase(Locale.ROOT);
        s = s.startsWith("E-") ? s.substring(2) : s;
        return s.matches("[0-9]{1,9}") ? Integer.parseInt(s) : -1;
    }

    private static Path checkTarget(Path target) {
        Path out = target.toAbsolutePath().normalize();
        if (out.getFileName() == null || out.getParent() == null) {
            throw new DomainException(Reason.of("originals.notFolderName",
                    "The output " + target + " is not a folder name.", target));
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new DomainException(Reason.of("originals.isFile", "The output " + target
                    + " is a file; give a new or empty folder for the originals.", target));
        }
        if (Files.isDirectory(out) && !isEmpty(out)) {
            throw new DomainException(Reason.of("originals.notEmpty", "The folder " + target
                    + " is not empty; choose a new or empty folder for the originals.", target));
        }
        OutputFile.checkFolder(out);
        return out;
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the folder " + dir + " failed: " + e.getMessage(), e);
        }
    }

    /** Copies an original's bytes from the vault, hashing them on the way; refuses a copy that differs. */
    private void copy(Evidence e, Path to) throws IOException {
        MessageDigest digest = Hashes.sha256();
        long size = 0;
        try (InputStream in = vault.blobs().open(e.sha256());
             FileChannel channel = FileChannel.open(to, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             OutputStream o = java.nio.channels.Channels.newOutputStream(channel)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
                o.write(buffer, 0, n);
                size += n;
            }
            o.flush();
            channel.force(true);
        } catch (NoSuchFileException missing) {
            throw new DomainException(Reason.of("originals.missing", "The original of exhibit " + e.exhibit() + " ("
                    + e.originalName() + ") is missing from the vault; run `verify`. Nothing was exported.",
                    e.exhibit(), e.originalName()));
        }
        String hash = Hashes.hex(digest.digest());
        if (!hash.equals(e.sha256()) || size != e.size()) {
            LOG.warn("Exhibit {} of case {} read as {} ({} bytes), stored as {} ({} bytes)", e.exhibit(), e.caseId(),
                    hash, size, e.sha256(), e.size());
            throw new DomainException(Reason.of("originals.changed", "The original of exhibit " + e.exhibit() + " ("
                    + e.originalName() + ") no longer matches its SHA-256 in the vault; run `verify`. "
                    + "Nothing was exported.", e.exhibit(), e.originalName()));
        }
    }

    private static void writeSynced(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(bytes));
            channel.force(true);
        }
    }

    /** Renames the finished folder onto the target (an empty folder there is replaced). */
    private static void moveIntoPlace(Path tmp, Path out) throws IOException {
        try {
            Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | java.nio.file.FileAlreadyExistsException
                 | java.nio.file.DirectoryNotEmptyException e) {
            // an empty target folder, or a file system without atomic renames: replace the (empty) folder
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void record(long caseId, Path out, List<OriginalsExport.File> files) {
        Instant now = vault.clock().instant();
        String labels = String.join(",", files.stream().map(OriginalsExport.File::exhibit).toList());
        vault.transaction(h -> audit.append(h, now, caseId, "case", caseId, "originals-exported",
                AuditDetail.of("folder", out.toString()).and("exhibits", labels).and("files", files.size()).json()));
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warn("Could not remove the unfinished folder {}", dir, e);
        }
    }
}
