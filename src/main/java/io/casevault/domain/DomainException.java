package io.casevault.domain;

/**
 * A value that breaks a domain rule. The message is one sentence a user can act on and names the field.
 */
public class DomainException extends RuntimeException implements Explained {
    private static final long serialVersionUID = 1L;

    private final transient Reason reason;

    public DomainException(String message) {
        this(Reason.plain(message));
    }

    public DomainException(Reason reason) {
        super(reason.english());
        this.reason = reason;
    }

    @Override
    public Reason reason() {
        return reason;
    }
}
