package io.casevault.app.backup;

/** A backup or bundle that cannot be trusted: not one at all, truncated, or with an entry that fails its hash. */
final class ArchiveException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ArchiveException(String reason) {
        super(reason);
    }
}
