package io.casevault;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real, size-limited disk for full-disk tests: a tmpfs that only root can mount (CI runs as root); elsewhere the
 * test is skipped with a message. {@link #leave} fills it with a filler file up to a given free space, {@link #free}
 * removes the filler: the disk "gets space again" for the re-run.
 */
public final class SmallDisk implements AutoCloseable {
    private static final int BLOCK = 1 << 16;
    private final Path root;

    private SmallDisk(Path root) {
        this.root = root;
    }

    /** Mounts a tmpfs of {@code megabytes} at {@code mountPoint} (created), or skips the calling test. */
    public static SmallDisk mount(Path mountPoint, int megabytes) throws IOException, InterruptedException {
        Files.createDirectories(mountPoint);
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "tmpfs", mountPoint.toString()),
                "mounting a " + megabytes + " MB tmpfs needs root; the full-disk test is skipped");
        return new SmallDisk(mountPoint);
    }

    public Path root() {
        return root;
    }

    public Path resolve(String other) {
        return root.resolve(other);
    }

    /** Changes the disk's size, keeping its files. */
    public void resize(int megabytes) throws InterruptedException {
        if (!run("mount", "-o", "remount,size=" + megabytes + "m", root.toString())) {
            throw new IllegalStateException("cannot resize " + root);
        }
    }

    /** Fills the disk until about {@code bytes} are left free. */
    public void leave(long bytes) throws IOException {
        Path filler = root.resolve(".filler");
        long toWrite = Files.getFileStore(root).getUsableSpace() - bytes;
        byte[] block = new byte[BLOCK];
        try (OutputStream out = Files.newOutputStream(filler, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND)) {
            for (long n = 0; n < toWrite; n += BLOCK) {
                out.write(block, 0, (int) Math.min(BLOCK, toWrite - n));
            }
        }
    }

    /** Removes the filler: the space {@link #leave} took is free again. */
    public void free() throws IOException {
        Files.deleteIfExists(root.resolve(".filler"));
    }

    @Override
    public void close() throws InterruptedException {
        run("umount", "-l", root.toString());
    }

    /** Runs a system command (mount, umount); false when it cannot. */
    public static boolean run(String... command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
