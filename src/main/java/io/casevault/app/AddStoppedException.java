package io.casevault.app;

import io.casevault.vault.DiskFullException;

import java.util.List;

/** Adding files stopped part-way because the disk filled: what went in before is done and listed here. */
public final class AddStoppedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<AddOutcome> done;

    public AddStoppedException(List<AddOutcome> done, DiskFullException cause) {
        super(cause.getMessage(), cause);
        this.done = List.copyOf(done);
    }

    /** The files dealt with before the disk filled, in the order given. */
    public List<AddOutcome> done() {
        return done;
    }

    public DiskFullException diskFull() {
        return (DiskFullException) getCause();
    }
}
