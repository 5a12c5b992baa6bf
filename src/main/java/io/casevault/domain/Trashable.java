package io.casevault.domain;

import java.time.Instant;

/** A record of a case that can be moved to the trash and restored. */
public interface Trashable {

    long id();

    long caseId();

    /** When it was moved to the trash, or null. */
    Instant trashedAt();
}
