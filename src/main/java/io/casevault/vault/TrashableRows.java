package io.casevault.vault;

import io.casevault.domain.Trashable;
import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.util.Optional;

/** A table whose rows can be moved to the trash (trashed_ms set) and back. */
public interface TrashableRows<T extends Trashable> {

    Optional<T> find(Handle h, long id);

    /** Sets or clears (null) the time the row went to the trash. */
    void setTrashed(Handle h, long id, Instant at);
}
