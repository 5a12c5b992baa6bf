package io.casevault.vault;

import io.casevault.domain.Reason;

import java.nio.file.Path;

/** The disk holding the vault (or an output file) filled up; what was done before stays done. */
public class DiskFullException extends VaultException {
    private static final long serialVersionUID = 1L;
    private final transient Reason reason;

    public DiskFullException(Path folder, long needed, Throwable cause) {
        this(reason(folder, needed), cause);
    }

    private DiskFullException(Reason reason, Throwable cause) {
        super(reason.english(), cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** Whether SQLite ({@code SQLITE_FULL}) or the operating system said, somewhere in this chain, the disk is full. */
    public static boolean isDiskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            if (t instanceof DiskFullException || m != null && (m.contains("SQLITE_FULL")
                    || m.contains("No space left on device") || m.contains("not enough space on the disk"))) {
                return true;
            }
        }
        return false;
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

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / 1_000_000.0);
    }
}
