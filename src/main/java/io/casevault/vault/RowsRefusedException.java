package io.casevault.vault;

/** The database refused the rows of an import (a missing value, a broken constraint); nothing of it was kept. */
public final class RowsRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RowsRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
