package io.casevault.domain;

/** Where a transaction row came from: typed in, or row {@code row} of the imported statement {@code fileSha256}. */
public record TransactionSource(Kind kind, String fileSha256, Integer row) {

    public enum Kind { MANUAL, IMPORTED }

    public static final TransactionSource MANUAL = new TransactionSource(Kind.MANUAL, null, null);

    public TransactionSource {
        Checks.notNull(kind, "Source kind");
        if (kind == Kind.IMPORTED && (fileSha256 == null || !Hashes.isSha256Hex(fileSha256) || row == null
                || row < 1)) {
            throw new DomainException("An imported transaction needs the statement's SHA-256 and a row number.");
        }
    }

    public static TransactionSource imported(String fileSha256, int row) {
        return new TransactionSource(Kind.IMPORTED, fileSha256, row);
    }
}
