package io.casevault.vault;

/** A vault that cannot be opened or used; the message is one sentence naming the folder or file. */
public class VaultException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public VaultException(String message) {
        super(message);
    }

    public VaultException(String message, Throwable cause) {
        super(message, cause);
    }
}
