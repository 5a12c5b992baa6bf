package io.casevault.domain;

/**
 * A value that breaks a domain rule. The message is one sentence a user can act on and names the field.
 */
public class DomainException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DomainException(String message) {
        super(message);
    }
}
