package io.casevault.app;

import io.casevault.domain.DomainException;
import io.casevault.domain.Reason;
import io.casevault.vault.DiskFullException;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A file the user asked for (a dossier, a letter, a calendar), written whole or not at all: checked first with one
 * sentence on what is wrong with the path, written to a hidden temporary file beside it, then moved into place.
 */
public final class OutputFile {
    private OutputFile() {
    }

    /** Writes the bytes the writer produces; on any failure no file, and no temporary file, is left behind. */
    interface Writer {
        void write(Path tmp) throws IOException;
    }

    /** The absolute target, or a {@link DomainException} naming the path and what is wrong with it. */
    public static Path check(Path requested, String example) {
        Path out = requested.toAbsolutePath().normalize();
        if (out.getFileName() == null) {
            throw new DomainException(Reason.of("output.notFileName",
                    "The output " + requested + " is not a file name.", requested));
        }
        if (Files.isDirectory(out)) {
            throw new DomainException(Reason.of("output.isFolder", "The output " + requested
                    + " is a folder; give a file name such as " + example + ".", requested, example));
        }
        checkFolder(out);
        if (Files.exists(out) && !Files.isWritable(out)) {
            throw new DomainException(Reason.of("output.cannotReplace",
                    "The file " + out + " exists and cannot be replaced.", out));
        }
        return out;
    }

    /** The folder {@code out} goes into exists and is writable, or a {@link DomainException} says which not. */
    static void checkFolder(Path out) {
        Path parent = out.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new DomainException(Reason.of("output.noFolder", "The folder " + parent
                    + " does not exist; create it first or choose another place for " + out.getFileName() + ".",
                    parent, out.getFileName()));
        }
        if (!Files.isWritable(parent)) {
            throw new DomainException(Reason.of("output.folderReadOnly",
                    "The folder " + parent + " is not writable.", parent));
        }
    }

    /** A new empty temporary file beside {@code out}, with the folder's usual permissions. */
    static Path temporary(Path out) {
        // not createTempFile: its owner-only permissions would stick to the finished file
        Path tmp = out.resolveSibling("." + out.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".part");
        try {
            Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW).close();
        } catch (IOException e) {
            DiskFullException.throwIfFull(e, out.getParent(), -1, nothingWritten(out));
            throw new DomainException(Reason.of("export.cannotWrite",
                    "Cannot write in " + out.getParent() + ": " + e.getMessage() + ".", out.getParent(),
                    e.getMessage()));
        }
        return tmp;
    }

    /**
     * Puts a finished temporary file in place of {@code out}: an atomic rename where the file system can do one, a
     * plain replacing move where it cannot. Also used for the thumbnail cache and the preferences file.
     */
    public static void moveIntoPlace(Path tmp, Path out) throws IOException {
        try {
            Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * What to throw when writing {@code out} failed: on a full disk, a sentence naming the folder, about how many
     * bytes were needed ({@code needed}, negative when unknown) and that no file was written; else the failure itself.
     */
    public static RuntimeException failure(Path out, long needed, Exception e) {
        DiskFullException.throwIfFull(e, out.getParent(), needed, nothingWritten(out));
        if (e instanceof RuntimeException r) {
            return r;
        }
        return e instanceof IOException io ? new UncheckedIOException("Writing " + out + " failed: " + e.getMessage(),
                io) : new IllegalStateException("Writing " + out + " failed", e);
    }

    /** The part of a full-disk sentence saying the output was not written (an older file there stays as it was). */
    public static Reason nothingWritten(Path out) {
        return Files.exists(out)
                ? Reason.of("output.keptOld", "no file was written, " + out + " is as it was before", out)
                : Reason.of("output.nothingWritten", "no file was written to " + out, out);
    }

    /** Checks the path, writes through a temporary file, flushes it and moves it into place. */
    static Path write(Path requested, String example, Writer writer) {
        Path out = check(requested, example);
        Path tmp = temporary(out);
        try {
            writer.write(tmp);
            moveIntoPlace(tmp, out);
            return out;
        } catch (IOException | RuntimeException e) {
            throw failure(out, -1, e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                // the move took it, or the folder vanished; nothing more to clean up
            }
        }
    }

    /** Writes bytes and forces them to disk before the move. */
    static Path write(Path requested, String example, byte[] bytes) {
        return write(requested, example, tmp -> {
            try (OutputStream o = Files.newOutputStream(tmp, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE, StandardOpenOption.SYNC)) {
                o.write(bytes);
            }
        });
    }
}
