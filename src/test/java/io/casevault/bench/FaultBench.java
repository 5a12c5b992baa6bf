package io.casevault.bench;

import io.casevault.VaultDamage;
import io.casevault.cli.Cli;
import io.casevault.cli.CliContext;
import io.casevault.domain.Hashes;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Benchmark, not a test: N random, seeded faults over copies of a vault holding 250 exhibits (and a backup of it) —
 * bytes flipped in the database or in originals, truncated or deleted files, and (as root, when asked) a full disk at
 * a random moment of an import. For each: did {@code verify} report it, did {@code recover} (or restoring the backup)
 * get back every original the fault did not itself hit, and did any command print a stack trace or throw. A flip that
 * changes nothing SQL can read (free space) is counted apart, as having no effect. Run: {@code src/bench/faults.sh}.
 */
public final class FaultBench {
    enum Kind { DB_FLIP, DB_TRUNCATE, DB_DELETE, BLOB_FLIP, BLOB_TRUNCATE, BLOB_DELETE, DISK_FULL }

    private record Outcome(Kind kind, String what, boolean effect, boolean reported, int expected, int lost,
                           int hitInBackup, int hit, boolean trace, boolean recoveredVerifies, String said) {
    }

    private final Path work;
    private final Path base;
    private final Random random;
    private final boolean diskFull;
    private Set<String> baseOriginals;
    private Set<String> inBackup;
    private String baseDump;

    private FaultBench(Path work, long seed, boolean diskFull) {
        this.work = work;
        this.base = work.resolve("base");
        this.random = new Random(seed);
        this.diskFull = diskFull;
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int n = Integer.parseInt(args[2]);
        long seed = Long.parseLong(args[3]);
        boolean full = args.length > 4 && args[4].equals("--disk-full");
        new FaultBench(work, seed, full).run(corpus, n);
    }

    private void run(Path corpus, int n) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = s.sorted().toList();
        }
        prepareBase(files.subList(0, 250));
        List<Path> extra = files.subList(250, files.size());
        List<Outcome> outcomes = new ArrayList<>();
        Kind[] kinds = Kind.values();
        for (int i = 0; i < n; i++) {
            Kind kind = kinds[random.nextInt(diskFull && !extra.isEmpty() ? kinds.length : kinds.length - 1)];
            Path dir = work.resolve("fault-" + i);
            deleteTree(dir);
            Outcome o = fault(i, kind, dir, extra);
            outcomes.add(o);
            System.out.printf("%2d %-13s %-46s effect=%-5s reported=%-5s lost=%d/%d hit=%d (in backup %d) "
                            + "trace=%s recoveredVerifies=%s%n     verify: %s%n", i, o.kind(), o.what(), o.effect(),
                    o.reported(), o.lost(), o.expected(), o.hit(), o.hitInBackup(), o.trace(), o.recoveredVerifies(),
                    o.said());
            deleteTree(dir);
        }
        summary(outcomes);
    }

    private void prepareBase(List<Path> exhibits) throws Exception {
        if (!Files.isRegularFile(base.resolve("casevault.db"))) {
            deleteTree(base);
            cli(base, "init");
            String a = cli(base, "case", "add", "--title", "转账未到账", "--provider", "Alipay").out().strip();
            String b = cli(base, "case", "add", "--title", "Frozen wallet", "--provider", "WeChat Pay").out().strip();
            for (int t = 0; t < 20; t++) {
                cli(base, "tx", "add", "--case", t % 2 == 0 ? a : b, "--at", "2026-11-0" + (1 + t % 9) + "T10:00+08:00",
                        "--amount", (100 + t) + ".00", "--counterparty", "商户 " + t);
            }
            cli(base, "followup", "add", "--case", a, "--at", "2026-11-05T10:00", "--channel", "hotline",
                    "--summary", "客服说三天内回复");
            List<String> add = new ArrayList<>(List.of("evidence", "add", "--case", a));
            exhibits.subList(0, 200).forEach(p -> add.add(p.toString()));
            cli(base, add.toArray(String[]::new));
            List<String> addB = new ArrayList<>(List.of("evidence", "add", "--case", b));
            exhibits.subList(200, 250).forEach(p -> addB.add(p.toString()));
            cli(base, addB.toArray(String[]::new));
            Files.deleteIfExists(work.resolve("base.cvbackup"));
            cli(base, "backup", "--out", work.resolve("base.cvbackup").toString());
        }
        baseOriginals = blobNames(base);
        Path restored = work.resolve("restored-base");
        deleteTree(restored);
        cli(work, "restore", work.resolve("base.cvbackup").toString(), "--vault", restored.toString());
        inBackup = intactBlobs(restored);
        deleteTree(restored);
        baseDump = dump(base.resolve("casevault.db"));
        System.out.printf("base vault: %d originals, %d in its backup; database %d KB%n", baseOriginals.size(),
                inBackup.size(), Files.size(base.resolve("casevault.db")) / 1024);
    }

    private Outcome fault(int i, Kind kind, Path dir, List<Path> extra) throws Exception {
        Path vault = dir.resolve("vault");
        Set<String> hit = new TreeSet<>();
        String what;
        Mount mount = null;
        boolean trace = false;
        Run imported = null;
        if (kind == Kind.DISK_FULL) {
            long importing = 0;
            for (Path p : extra) {
                importing += Files.size(p);
            }
            // room for the vault and a random part of the import (the staging copy and the log need room too)
            mount = Mount.tmpfs(dir.resolve("mnt"), sizeOf(base) + (long) (random.nextDouble() * importing));
            vault = dir.resolve("mnt/vault");
        }
        try {
            VaultDamage.copyVault(base, vault);
            Path db = vault.resolve("casevault.db");
            List<String> blobs = new ArrayList<>(baseOriginals);
            String victim = blobs.get(random.nextInt(blobs.size()));
            Path blob = vault.resolve("blobs/sha256/" + victim.substring(0, 2) + "/" + victim);
            switch (kind) {
                case DB_FLIP -> what = flip(db, 1 + random.nextInt(8));
                case DB_TRUNCATE -> what = truncate(db);
                case DB_DELETE -> {
                    Files.delete(db);
                    what = "casevault.db deleted";
                }
                case BLOB_FLIP -> {
                    hit.add(victim);
                    what = "original " + victim.substring(0, 8) + ": " + flip(blob, 1 + random.nextInt(4));
                }
                case BLOB_TRUNCATE -> {
                    hit.add(victim);
                    what = "original " + victim.substring(0, 8) + ": " + truncate(blob);
                }
                case BLOB_DELETE -> {
                    hit.add(victim);
                    Files.delete(blob);
                    what = "original " + victim.substring(0, 8) + " deleted";
                }
                default -> {
                    List<String> add = new ArrayList<>(List.of("evidence", "add", "--case", "1"));
                    extra.forEach(p -> add.add(p.toString()));
                    imported = cli(vault, add.toArray(String[]::new));
                    trace |= imported.trace();
                    what = "import of " + extra.size() + " onto a disk that fills: exit " + imported.code();
                }
            }
            boolean effect = kind == Kind.DISK_FULL ? imported.code() != 0
                    : kind != Kind.DB_FLIP || !dump(db).equals(baseDump);
            Set<String> expected = new HashSet<>(baseOriginals);
            expected.removeAll(hit);
            if (kind == Kind.DISK_FULL) {
                expected.addAll(evidenceHashes(db)); // what the vault says it holds after the failed import
            }
            Run verify = cli(vault, "verify");
            Path out = dir.resolve("recovered");
            Run recover = cli(vault, "recover", "--out", out.toString());
            Set<String> recovered = intactBlobs(out);
            Run verifyRecovered = cli(out, "verify");
            trace |= verify.trace() || recover.trace() || verifyRecovered.trace();
            Set<String> lost = new HashSet<>(expected);
            lost.removeAll(recovered);
            Set<String> hitInBackup = new HashSet<>(hit);
            hitInBackup.retainAll(inBackup);
            // a full disk is reported by the import that met it (one sentence naming the disk); the vault stays sound
            boolean reported = kind == Kind.DISK_FULL
                    ? imported.err().toLowerCase().contains("disk") && verify.code() == 0 : verify.code() != 0;
            return new Outcome(kind, what, effect, reported, expected.size(), lost.size(), hitInBackup.size(),
                    hit.size(), trace, verifyRecovered.code() == 0, firstProblem(verify));
        } finally {
            if (mount != null) {
                mount.close();
            }
        }
    }

    /** The first problem verify listed, or its one sentence. */
    private static String firstProblem(Run verify) {
        String text = verify.out() + verify.err();
        return text.lines().filter(l -> l.startsWith("  [")).findFirst().orElse(text.lines().findFirst().orElse(""))
                .strip();
    }

    private void summary(List<Outcome> outcomes) {
        Map<Kind, int[]> byKind = new EnumMap<>(Kind.class);
        for (Outcome o : outcomes) {
            int[] c = byKind.computeIfAbsent(o.kind(), k -> new int[5]);
            c[0]++;
            c[1] += o.effect() ? 1 : 0;
            c[2] += o.effect() && o.reported() ? 1 : 0;
            c[3] += o.lost();
            c[4] += o.trace() ? 1 : 0;
        }
        System.out.println();
        System.out.println("kind           faults  with effect  reported  undamaged originals lost  stack traces");
        byKind.forEach((k, c) -> System.out.printf("%-14s %6d %12d %9d %25d %13d%n", k, c[0], c[1], c[2], c[3], c[4]));
        long effect = outcomes.stream().filter(Outcome::effect).count();
        long reported = outcomes.stream().filter(o -> o.effect() && o.reported()).count();
        System.out.printf("total: %d faults, %d with an effect, %d of those reported by verify; %d undamaged "
                        + "originals lost; %d hit originals, %d of them in the backup; %d stack traces; recovered "
                        + "vaults verifying: %d/%d%n", outcomes.size(), effect, reported,
                outcomes.stream().mapToInt(Outcome::lost).sum(), outcomes.stream().mapToInt(Outcome::hit).sum(),
                outcomes.stream().mapToInt(Outcome::hitInBackup).sum(), outcomes.stream().filter(Outcome::trace).count(),
                outcomes.stream().filter(Outcome::recoveredVerifies).count(), outcomes.size());
    }

    private String flip(Path file, int count) throws IOException {
        long size = Files.size(file);
        long at = (long) (random.nextDouble() * Math.max(1, size - count));
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            for (int i = 0; i < count; i++) {
                f.seek(at + i);
                int b = f.read();
                f.seek(at + i);
                f.write(b ^ (1 + random.nextInt(255)));
            }
        }
        return count + " byte(s) flipped at " + at + " of " + size;
    }

    private String truncate(Path file) throws IOException {
        long size = Files.size(file);
        long to = (long) (random.nextDouble() * size);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(to);
        }
        return "truncated from " + size + " to " + to + " bytes";
    }

    /** Every row of every table, in order: what SQL can read (empty when it can read nothing). */
    private String dump(Path db) throws IOException {
        Path scratch = Files.createTempDirectory("faults");
        try {
            Path copy = scratch.resolve("d.db");
            Files.copy(db, copy);
            StringBuilder all = new StringBuilder();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy); Statement s = c.createStatement()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
                for (String t : tables) {
                    all.append(t).append(':');
                    try {
                        rows(s, "SELECT * FROM \"" + t + "\" ORDER BY rowid", all);
                    } catch (java.sql.SQLException e) {
                        if (!String.valueOf(e.getMessage()).contains("no such column: rowid")) {
                            throw e;
                        }
                        rows(s, "SELECT * FROM \"" + t + "\"", all); // WITHOUT ROWID: in key order
                    }
                }
                try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                    while (rs.next()) {
                        all.append(rs.getString(1));
                    }
                }
            } catch (Exception e) {
                return "unreadable: " + e.getMessage();
            }
            return Hashes.sha256Hex(all.toString());
        } finally {
            deleteTree(scratch);
        }
    }

    private static void rows(Statement s, String sql, StringBuilder all) throws java.sql.SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    all.append(rs.getString(i)).append('|');
                }
            }
        }
    }

    private static Set<String> evidenceHashes(Path db) {
        Set<String> hashes = new HashSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + db.toUri().getRawPath() + "?mode=ro",
                new java.util.Properties()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT sha256 FROM evidence")) {
            while (rs.next()) {
                hashes.add(rs.getString(1));
            }
        } catch (Exception e) {
            System.out.println("   (the evidence rows cannot be read: " + e.getMessage() + ")");
        }
        return hashes;
    }

    private static Set<String> blobNames(Path vault) throws IOException {
        Set<String> names = new TreeSet<>();
        Path root = vault.resolve("blobs/sha256");
        if (Files.isDirectory(root)) {
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(Files::isRegularFile).forEach(p -> names.add(p.getFileName().toString()));
            }
        }
        return names;
    }

    /** The originals in a vault whose bytes still hash to their name. */
    private static Set<String> intactBlobs(Path vault) throws IOException {
        Set<String> intact = new TreeSet<>();
        for (String name : blobNames(vault)) {
            Path p = vault.resolve("blobs/sha256/" + name.substring(0, 2) + "/" + name);
            if (Hashes.hex(Hashes.sha256().digest(Files.readAllBytes(p))).equals(name)) {
                intact.add(name);
            }
        }
        return intact;
    }

    private record Run(int code, String out, String err, boolean trace) {
    }

    /** The real command line, in this process; a throwable escaping it counts as a stack trace. */
    private static Run cli(Path vault, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--vault", vault.toString()));
        all.addAll(List.of(args));
        CliContext context = new CliContext(new PrintWriter(out), new PrintWriter(err), Clock.systemUTC(),
                ZoneId.of("Asia/Shanghai"), d -> 1);
        try {
            int code = Cli.run(context, all.toArray(String[]::new));
            String e = err.toString();
            // "details are in the log": the command line's sentence for a failure nothing foresaw (its trace is logged)
            return new Run(code, out.toString(), e, e.contains("\tat ") || e.contains("Exception")
                    || e.contains("(details are in the log)"));
        } catch (Throwable t) {
            return new Run(-1, out.toString(), t.toString(), true);
        }
    }

    private static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            // as tmpfs counts it: whole pages per file
            return s.filter(Files::isRegularFile).mapToLong(p -> (p.toFile().length() + 4095) / 4096 * 4096).sum();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** A size-limited tmpfs mounted for one fault (root only), unmounted after it. */
    private record Mount(Path point) implements AutoCloseable {
        static Mount tmpfs(Path point, long bytes) throws IOException, InterruptedException {
            Files.createDirectories(point);
            Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + (bytes / 1024) + "k", "tmpfs",
                    point.toString()).inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IOException("cannot mount a tmpfs at " + point + " (the full-disk fault needs root)");
            }
            return new Mount(point);
        }

        @Override
        public void close() throws IOException {
            try {
                new ProcessBuilder("umount", point.toString()).inheritIO().start().waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
