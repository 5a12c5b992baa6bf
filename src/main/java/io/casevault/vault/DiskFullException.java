package io.casevault.vault;

import io.casevault.domain.Explained;
import io.casevault.domain.Reason;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The disk holding the vault (or an output file) filled up; what was done before stays done. */
public class DiskFullException extends VaultException implements Explained {
    private static final long serialVersionUID = 1L;
    /** Less free space than this, and an I/O error from SQLite is taken for a full disk (SQLite writes in pages). */
    private static final long NEARLY_FULL = 1 << 20;
    private final transient Reason reason;

    public DiskFullException(Path folder, long needed, Throwable cause) {
        this(reason(folder, needed), cause);
    }

    /**
     * @param folder where the writing went
     * @param needed bytes still to be written (an estimate), or a negative number when unknown
     * @param done   what was finished before the disk filled, or that nothing was written
     */
    public DiskFullException(Path folder, long needed, Reason done, Throwable cause) {
        this(reason(folder, needed, done), cause);
    }

    private DiskFullException(Reason reason, Throwable cause) {
        super(reason.english(), cause);
        this.reason = reason;
    }

    @Override
    public Reason reason() {
        return reason;
    }

    /** Whether SQLite ({@code SQLITE_FULL}) or the operating system said, somewhere in this chain, the disk is full. */
    public static boolean isDiskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            if (t instanceof DiskFullException || m != null && (m.contains("SQLITE_FULL")
                    || m.contains("No space left on device") || m.contains("not enough space on the disk")
                    || m.contains("Disk quota exceeded"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code e} is a full disk, also where SQLite only says it could not size a file (its shared-memory index
     * of the write-ahead log, {@code SQLITE_IOERR_SHMSIZE}, on a full disk): an I/O error counts when the disk holding
     * {@code dir} has (almost) no space left, so a full disk is never taken for a damaged database.
     */
    public static boolean isDiskFull(Throwable e, Path dir) {
        if (isDiskFull(e)) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            if (m != null && m.contains("SQLITE_IOERR")) {
                return usableSpace(dir) < NEARLY_FULL;
            }
        }
        return false;
    }

    private static long usableSpace(Path dir) {
        try {
            return java.nio.file.Files.getFileStore(dir).getUsableSpace();
        } catch (java.io.IOException | RuntimeException e) {
            return Long.MAX_VALUE; // unknown: not taken for full
        }
    }

    /** The first {@code DiskFullException} in this chain: the one that already says where and what was done. */
    public static Optional<DiskFullException> in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DiskFullException d) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /**
     * Throws a {@code DiskFullException} saying where, how much and what was done when {@code e} is a full disk (one
     * already saying so is passed on as it is); returns otherwise, for the caller to report {@code e} its own way.
     */
    public static void throwIfFull(Throwable e, Path folder, long needed, Reason done) {
        Optional<DiskFullException> said = in(e);
        if (said.isPresent()) {
            throw said.get();
        }
        if (isDiskFull(e)) {
            throw new DiskFullException(folder, needed, done, e);
        }
    }

    /**
     * @param folder where the writing went, or null when not known
     * @param needed bytes still to be written, or a negative number when unknown
     */
    public static Reason reason(Path folder, long needed) {
        if (folder == null) {
            return Reason.of("disk.fullUnknown", "The disk is full; free some space and run the command again: it "
                    + "completes what is missing without adding anything twice");
        }
        String mount = folder.toString();
        if (needed >= 0) {
            return Reason.of("disk.fullNeeding", "The disk holding " + mount + " is full (" + megabytes(needed)
                    + " MB more were needed); free some space and run the command again: it completes what is "
                    + "missing without adding anything twice", mount, megabytes(needed));
        }
        return Reason.of("disk.full", "The disk holding " + mount + " is full; free some space and run the "
                + "command again: it completes what is missing without adding anything twice", mount);
    }

    /** The sentence for a write that stopped: where, about how much more was needed, and what was done before. */
    public static Reason reason(Path folder, long needed, Reason done) {
        String mount = String.valueOf(folder);
        if (needed >= 0) {
            return Reason.of("disk.fullDone", "The disk holding " + mount + " is full (about " + megabytes(needed)
                    + " MB more were needed): " + done.english() + "; free some space and run it again", mount,
                    megabytes(needed), done);
        }
        return Reason.of("disk.fullDoneUnknown", "The disk holding " + mount + " is full: " + done.english()
                + "; free some space and run it again", mount, done);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", Math.max(bytes, 100_000L) / 1_000_000.0);
    }
}
