package io.casevault.importer;

/** A problem with one row; the table reader adds the line number and carries on with the next row. */
final class RowException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RowException(String message) {
        super(message, null, false, false);
    }
}
