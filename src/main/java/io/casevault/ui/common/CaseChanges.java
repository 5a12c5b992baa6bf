package io.casevault.ui.common;

/** Told by a view when it changed a case, so the case list and header show the new state. */
public interface CaseChanges {

    /** The case's fields, status or records changed. */
    void caseChanged(long caseId);

    /** The case left the list (moved to the trash or purged). */
    void caseRemoved(long caseId);

    /** A case appeared (created, or restored from the trash); the list selects it. */
    void caseAdded(long caseId);
}
