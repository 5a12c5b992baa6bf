package io.casevault.vault;

import io.casevault.domain.AuditEntry;
import io.casevault.vault.EvidenceRepository.BlobReference;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Checks a vault end to end: database integrity, every original re-hashed, rows without originals, originals without
 * rows, leftover staging files, the audit chain and the evidence rows against the audit entries that recorded them. It reports; it never deletes or repairs anything.
 */
public final class VaultVerifier {
    private final Vault vault;
    private final EvidenceRepository evidence;
    private final AuditLog audit;

    public VaultVerifier(Vault vault) {
        this.vault = vault;
        this.evidence = vault.repositories().evidence();
        this.audit = vault.repositories().audit();
    }

    /** @param progress called with (done, total) as originals are re-hashed */
    public VerifyReport verify(BiConsumer<Integer, Integer> progress) throws IOException {
        List<Problem> problems = new ArrayList<>();
        checkDatabase(problems);

        Map<String, List<BlobReference>> bySha = new LinkedHashMap<>();
        vault.read(h -> {
            evidence.forEachBlobReference(h, r -> bySha.computeIfAbsent(r.sha256(), k -> new ArrayList<>()).add(r));
            return null;
        });
        int rows = bySha.values().stream().mapToInt(List::size).sum();

        BlobStore blobs = vault.blobs();
        List<Path> stored = blobs.storedFiles();
        Set<String> storedHashes = new HashSet<>();
        for (Path rel : stored) {
            if (blobs.isHashPath(rel)) {
                storedHashes.add(rel.getFileName().toString());
            } else {
                problems.add(new Problem(Problem.Kind.UNEXPECTED_FILE,
                        "blobs/sha256/" + rel + " is not named by a SHA-256 in its folder."));
            }
        }

        int total = storedHashes.size() + (int) bySha.keySet().stream().filter(s -> !storedHashes.contains(s)).count();
        int done = 0;
        for (var entry : bySha.entrySet()) {
            String sha = entry.getKey();
            if (!storedHashes.contains(sha)) {
                for (BlobReference r : entry.getValue()) {
                    problems.add(new Problem(Problem.Kind.MISSING_BLOB, describe(r) + ": its original "
                            + sha + " is missing."));
                }
            } else {
                String actual = blobs.rehash(sha);
                if (!actual.equals(sha)) {
                    for (BlobReference r : entry.getValue()) {
                        problems.add(new Problem(Problem.Kind.CHANGED_BLOB, describe(r) + ": its original "
                                + vault.dir().relativize(blobs.path(sha)) + " has changed (its SHA-256 is now "
                                + actual + ")."));
                    }
                }
            }
            progress.accept(++done, total);
        }
        for (String sha : storedHashes) {
            if (!bySha.containsKey(sha)) {
                problems.add(new Problem(Problem.Kind.UNREFERENCED_BLOB, "The original "
                        + vault.dir().relativize(blobs.path(sha)) + " is not used by any evidence row."));
                progress.accept(++done, total);
            }
        }
        for (Path staged : blobs.stagingFiles()) {
            problems.add(new Problem(Problem.Kind.STAGING_LEFTOVER, "blobs/tmp/" + staged.getFileName()
                    + " was left behind by an unfinished import."));
        }
        long entries = checkAuditChain(problems);
        EvidenceRowCheck.check(vault, audit, problems);
        checkImportedHistory(problems);
        return new VerifyReport(problems, rows, storedHashes.size(), entries);
    }

    private void checkDatabase(List<Problem> problems) {
        vault.read(h -> {
            List<String> integrity = h.createQuery("PRAGMA integrity_check").mapTo(String.class).list();
            if (!(integrity.size() == 1 && "ok".equals(integrity.get(0)))) {
                problems.add(damaged(vault.dir(), integrity));
            }
            h.createQuery("PRAGMA foreign_key_check").map((rs, ctx) -> rs.getString(1) + " row " + rs.getLong(2)
                    + " refers to a missing " + rs.getString(3) + " row").list()
                    .forEach(s -> problems.add(new Problem(Problem.Kind.DATABASE, s + ".")));
            return null;
        });
    }

    private long checkAuditChain(List<Problem> problems) {
        long[] count = {0};
        String[] prev = {AuditEntry.GENESIS};
        long[] expectedSeq = {1};
        boolean[] reported = {false};
        vault.read(h -> {
            audit.forEach(h, e -> {
                count[0]++;
                if (reported[0]) {
                    return;
                }
                String why = null;
                if (e.seq() != expectedSeq[0]) {
                    why = "entry " + expectedSeq[0] + " is missing (the next one is " + e.seq() + ")";
                } else if (!e.prevHash().equals(prev[0])) {
                    why = "entry " + e.seq() + " does not follow from entry " + (e.seq() - 1);
                } else if (!e.hashMatches()) {
                    why = "entry " + e.seq() + " (" + e.action() + ") was altered after it was written";
                }
                if (why != null) {
                    problems.add(new Problem(Problem.Kind.AUDIT_CHAIN, "The audit log is broken: " + why + "."));
                    reported[0] = true;
                }
                prev[0] = e.hash();
                expectedSeq[0] = e.seq() + 1;
            });
            return null;
        });
        return count[0];
    }

    /** Each imported entry still hashes to itself, and together they match the digest the local chain recorded. */
    private void checkImportedHistory(List<Problem> problems) {
        ImportedHistory imported = vault.repositories().importedHistory();
        vault.read(h -> {
            for (ImportedHistory.Bundle b : imported.all(h)) {
                List<AuditEntry> entries = imported.entries(h, b.bundleId());
                String why = null;
                var altered = entries.stream().filter(e -> !e.hashMatches()).findFirst();
                String digest = ImportedHistory.digest(entries);
                if (altered.isPresent()) {
                    why = "its entry " + altered.get().seq() + " (" + altered.get().action() + ") was altered";
                } else if (!digest.equals(b.historySha256()) || !audit.find(h, b.auditSeq())
                        .map(e -> e.detail().contains(digest)).orElse(false)) {
                    why = "its entries no longer match the digest recorded in the audit log when it was imported";
                }
                if (why != null) {
                    problems.add(new Problem(Problem.Kind.AUDIT_CHAIN, "The history imported with case "
                            + b.caseId() + " is broken: " + why + "."));
                }
            }
            return null;
        });
    }

    /**
     * Verifies a vault whose database is damaged, without opening it as a vault: SQLite's integrity check on a
     * read-only connection, and every original in {@code blobs/} re-hashed against its name.
     */
    public static VerifyReport verifyDamaged(Path dir, BiConsumer<Integer, Integer> progress) throws IOException {
        List<Problem> problems = new ArrayList<>();
        DatabaseHealth.Findings findings = DatabaseHealth.check(dir);
        problems.add(damaged(dir, findings.damaged() ? findings.lines()
                : List.of("the database failed when it was opened as a vault")));
        BlobStore blobs = new BlobStore(dir.resolve("blobs"));
        List<Path> stored = blobs.storedFiles();
        int done = 0;
        for (Path rel : stored) {
            String name = rel.getFileName().toString();
            if (blobs.isHashPath(rel) && !blobs.rehash(name).equals(name)) {
                problems.add(new Problem(Problem.Kind.CHANGED_BLOB, "The original "
                        + dir.relativize(blobs.path(name)) + " has changed."));
            }
            progress.accept(++done, stored.size());
        }
        return new VerifyReport(problems, 0, stored.size(), 0);
    }

    private static Problem damaged(Path dir, List<String> said) {
        return new Problem(Problem.Kind.DATABASE_DAMAGED, "The database " + dir.resolve(Vault.DB_FILE)
                + " is damaged: its checks (SQLite's integrity check, the write-ahead log's checksums) report "
                + said.size() + " problem(s).", said);
    }

    private static String describe(BlobReference r) {
        return "Evidence E-" + r.exhibitNo() + " (" + r.originalName() + ") of case " + r.caseId();
    }
}
