package io.casevault.vault;

import io.casevault.domain.Trashable;

import java.time.Instant;
import java.util.Optional;

/** A table whose rows can be moved to the trash (trashed_ms set) and back. */
public interface TrashableRows<T extends Trashable> {

    Optional<T> find(Db h, long id);

    /** Sets or clears (null) the time the row went to the trash. */
    void setTrashed(Db h, long id, Instant at);
}
