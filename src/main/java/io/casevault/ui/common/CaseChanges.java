package io.casevault.ui.common;

/** Told by a view when it changed a case, so the case list and header show the new state. */
public interface CaseChanges {

    /** The case's fields, status or records changed: every view shows the case again. */
    void caseChanged(long caseId);

    /**
     * A view added or changed one of the case's records (a follow-up, an exhibit, a transaction) and shows that change
     * itself: the case list and header refresh (counts, deadlines, due lines) without the view being shown again.
     */
    default void recordsChanged(long caseId) {
        caseChanged(caseId);
    }

    /** The case left the list (moved to the trash or purged). */
    void caseRemoved(long caseId);

    /** A case appeared (created, or restored from the trash); the list selects it. */
    void caseAdded(long caseId);
}
