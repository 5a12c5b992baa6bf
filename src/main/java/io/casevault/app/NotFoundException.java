package io.casevault.app;

import io.casevault.domain.DomainException;

/** A case, transaction, evidence item or follow-up id that does not exist (or is in the trash where that matters). */
public class NotFoundException extends DomainException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
