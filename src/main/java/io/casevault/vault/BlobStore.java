package io.casevault.vault;

import io.casevault.domain.BlobSource;
import io.casevault.domain.HashedBytes;
import io.casevault.domain.Hashes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Content-addressed originals under {@code blobs/sha256/ab/<hex>}: written once through {@code blobs/tmp}, read-only
 * afterwards, never modified. Staging only writes; the bytes are forced to disk by {@link #flush} (an importer calls
 * it on a worker once a file passed its checks, so forcing overlaps other work) or else by the commit, and the folders
 * that received originals are forced once per commit ({@link ImportProtocol}), before the rows that refer to them.
 */
public final class BlobStore implements BlobSource {
    static final String STAGING_SUFFIX = ".part";
    /**
     * Bytes read, hashed and written at a time: small enough that they are still in the core's cache when hashed and
     * written after the read (a 1 MiB buffer had them fetched from memory again: ~20 % more processor time to stage
     * the bench corpus), large enough that the system calls cost little.
     */
    private static final int BUFFER = 128 * 1024;

    private final Path root;
    private final Path tmp;
    private final Path cache;
    /**
     * At most this many threads force the files or folders of one commit, each at least
     * {@value #PATHS_PER_SYNC_THREAD} of them: waiting for the disk, not using a core.
     */
    private static final int SYNC_THREADS = 16;
    private static final int PATHS_PER_SYNC_THREAD = 8;
    private volatile DiskSync sync = DiskSync.SYSTEM;

    BlobStore(Path blobsDir) {
        this.root = blobsDir.resolve("sha256");
        this.tmp = blobsDir.resolve("tmp");
        this.cache = blobsDir.resolveSibling("cache");
    }

    /** {@code cache/<kind>/<sha256>} beside {@code blobs/}: derived data, removed with the original on a purge. */
    @Override
    public Optional<Path> derived(String sha256, String kind) {
        if (!Hashes.isSha256Hex(sha256) || !kind.matches("[a-z]+")) {
            throw new IllegalArgumentException("not a SHA-256 and a kind: " + sha256 + ", " + kind);
        }
        return Optional.of(cache.resolve(kind).resolve(sha256));
    }

    void createLayout() throws IOException {
        FileOps.createPrivateDirectories(root.getParent());
        FileOps.createPrivateDirectories(root);
        FileOps.createPrivateDirectories(tmp);
    }

    /** Test seam: how files and folders are forced to disk. */
    void syncWith(DiskSync sync) {
        this.sync = java.util.Objects.requireNonNull(sync);
    }

    /** Streams {@code source} into staging while hashing it; {@link #flush} or the commit forces it to disk. */
    public StagedBlob stage(Path source) throws IOException {
        try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ)) {
            return stage(in);
        }
    }

    /**
     * Streams {@code source} into staging while hashing it. A stream that knows how much it holds (bytes in memory: an
     * e-mail, an attachment) is copied through a buffer of that size, not of {@value #BUFFER} bytes.
     */
    public StagedBlob stage(InputStream source) throws IOException {
        int known = source.available();
        try (var in = java.nio.channels.Channels.newChannel(source)) {
            return stage(in, known > 0 && known < BUFFER ? known + 1 : BUFFER);
        }
    }

    /**
     * Writes {@code bytes} (a message held in memory) into staging, hashed as they are: no copy of them is made and
     * they are written at once.
     */
    public StagedBlob stage(byte[] bytes) throws IOException {
        return stage(HashedBytes.of(bytes));
    }

    /** Writes {@code content} into staging under the hash it was made with: its bytes are not hashed again. */
    public StagedBlob stage(HashedBytes content) throws IOException {
        Path target = writeStaged(out -> {
            ByteBuffer buf = content.buffer();
            while (buf.hasRemaining()) {
                out.write(buf);
            }
        });
        return new StagedBlob(target, content.sha256(), content.size(), false);
    }

    private StagedBlob stage(java.nio.channels.ReadableByteChannel in) throws IOException {
        return stage(in, BUFFER);
    }

    private StagedBlob stage(java.nio.channels.ReadableByteChannel in, int bufferSize) throws IOException {
        MessageDigest digest = Hashes.sha256();
        long[] size = {0};
        Path target = writeStaged(out -> {
            ByteBuffer buf = ByteBuffer.allocate(bufferSize);
            while (in.read(buf) >= 0) {
                buf.flip();
                digest.update(buf.array(), 0, buf.limit());
                size[0] += buf.limit();
                while (buf.hasRemaining()) {
                    out.write(buf);
                }
                buf.clear();
            }
        });
        return new StagedBlob(target, Hashes.hex(digest.digest()), size[0], false);
    }

    private interface StagingWrite {
        void writeTo(FileChannel out) throws IOException;
    }

    /** A new file in staging, written by {@code write}; removed again when writing fails. */
    private Path writeStaged(StagingWrite write) throws IOException {
        Path target = tmp.resolve(UUID.randomUUID() + STAGING_SUFFIX);
        boolean done = false;
        try (FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            write.writeTo(out);
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(target);
            }
        }
        return target;
    }

    /** Forces a staged file's bytes to disk (once: a flushed one is returned as it is). */
    public StagedBlob flush(StagedBlob staged) throws IOException {
        if (staged.flushed()) {
            return staged;
        }
        sync.file(staged.tmp());
        return new StagedBlob(staged.tmp(), staged.sha256(), staged.size(), true);
    }

    /**
     * Moves one staged file to its hash path and forces it and its folder to disk; an import of several files uses
     * {@link ImportProtocol#commit}, which forces each folder once. Returns whether a new file was placed.
     */
    public boolean commit(StagedBlob staged) throws IOException {
        Set<Path> changed = new LinkedHashSet<>();
        boolean placed = place(flush(staged), changed);
        syncFolders(changed);
        return placed;
    }

    /**
     * Moves a flushed staged file to its hash path atomically, adding the folders whose entries changed to
     * {@code changed} (they must be forced before anything refers to the file). When the same content is already
     * stored, the staged copy is dropped: the originals are identical by hash. Returns whether a new file was placed.
     */
    boolean place(StagedBlob staged, Set<Path> changed) throws IOException {
        if (!staged.flushed()) {
            throw new IllegalStateException("an original is placed only once its bytes are on disk: " + staged.tmp());
        }
        Path target = path(staged.sha256());
        if (Files.exists(target)) {
            Files.deleteIfExists(staged.tmp());
            return false;
        }
        Path dir = target.getParent();
        if (!Files.isDirectory(dir)) {
            FileOps.createPrivateDirectories(dir);
            changed.add(root);
        }
        FileOps.makeReadOnly(staged.tmp());
        try {
            Files.move(staged.tmp(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(staged.tmp());
            return false;
        }
        changed.add(dir);
        return true;
    }

    /**
     * Forces each folder's entries to disk: after a batch of moves, once per folder instead of once per move. Many
     * folders are forced by a few threads at once: the file system then writes their entries in a few journal
     * commits instead of one after another.
     */
    void syncFolders(Collection<Path> folders) {
        try {
            atOnce(List.copyOf(folders), sync::directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // forcing a folder reports no IOException
        }
    }

    /**
     * Forces the bytes of those of {@code staged} not flushed yet to disk, many at once like {@link #syncFolders}; the
     * same files, flushed, in the same order.
     */
    List<StagedBlob> flushAll(List<StagedBlob> staged) throws IOException {
        atOnce(staged.stream().filter(b -> !b.flushed()).map(StagedBlob::tmp).toList(), sync::file);
        return staged.stream().map(b -> new StagedBlob(b.tmp(), b.sha256(), b.size(), true)).toList();
    }

    private interface PathAction {
        void accept(Path path) throws IOException;
    }

    /** Does {@code action} to every path, on up to {@value #SYNC_THREADS} threads when there are many. */
    private static void atOnce(List<Path> all, PathAction action) throws IOException {
        int threads = Math.min(SYNC_THREADS, all.size() / PATHS_PER_SYNC_THREAD);
        if (threads < 2) {
            for (Path p : all) {
                action.accept(p);
            }
            return;
        }
        List<Thread> started = new ArrayList<>(threads);
        java.util.concurrent.atomic.AtomicReference<Exception> failed = new java.util.concurrent.atomic
                .AtomicReference<>();
        for (int t = 0; t < threads; t++) {
            List<Path> share = all.subList(t * all.size() / threads, (t + 1) * all.size() / threads);
            Thread thread = new Thread(() -> {
                try {
                    for (Path p : share) {
                        action.accept(p);
                    }
                } catch (IOException | RuntimeException e) {
                    failed.compareAndSet(null, e);
                }
            }, "casevault-sync");
            thread.setDaemon(true);
            thread.start();
            started.add(thread);
        }
        awaitAll(started);
        if (failed.get() instanceof IOException e) {
            throw e;
        }
        if (failed.get() instanceof RuntimeException e) {
            throw e;
        }
    }

    /**
     * Waits until every one of {@code threads} has ended, an interrupt or not: the files they force must be on disk
     * before the rows that refer to them. An interrupt is kept for the caller.
     */
    static void awaitAll(List<Thread> threads) {
        boolean interrupted = false;
        for (Thread thread : threads) {
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    public void discard(StagedBlob staged) {
        try {
            Files.deleteIfExists(staged.tmp());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Path path(String sha256) {
        if (!Hashes.isSha256Hex(sha256)) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(path(sha256));
    }

    public boolean exists(String sha256) {
        return Files.isRegularFile(path(sha256));
    }

    /** Recomputes the SHA-256 of a stored original. */
    public String rehash(String sha256) throws IOException {
        MessageDigest digest = Hashes.sha256();
        try (FileChannel in = FileChannel.open(path(sha256), StandardOpenOption.READ)) {
            ByteBuffer buf = ByteBuffer.allocate(BUFFER);
            while (in.read(buf) >= 0) {
                buf.flip();
                digest.update(buf.array(), 0, buf.limit());
                buf.clear();
            }
        }
        return Hashes.hex(digest.digest());
    }

    /** Every file under {@code blobs/sha256}, by its relative path, whatever its name. */
    public List<Path> storedFiles() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    /** Whether a relative path under {@code blobs/sha256} is where the hash in its name belongs. */
    public boolean isHashPath(Path relative) {
        String name = relative.getFileName().toString();
        return Hashes.isSha256Hex(name) && relative.getNameCount() == 2
                && relative.getName(0).toString().equals(name.substring(0, 2));
    }

    public Path root() {
        return root;
    }

    public List<Path> stagingFiles() throws IOException {
        if (!Files.isDirectory(tmp)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(tmp)) {
            return new ArrayList<>(files.sorted().toList());
        }
    }

    /** Removes a stored original; only purge and crash recovery call this, never verify. */
    void delete(String sha256) throws IOException {
        Path p = path(sha256);
        try {
            p.toFile().setWritable(true, true);
            Files.delete(p);
            sync.directory(p.getParent());
        } catch (NoSuchFileException e) {
            // already gone
        }
    }
}
