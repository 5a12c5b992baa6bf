package io.casevault.domain;

/** Where a complaint stands in the provider's or authority's process. */
public enum CaseStatus {
    DRAFT, SUBMITTED, ACKNOWLEDGED, INVESTIGATING, RESPONDED, ESCALATED, RESOLVED, CLOSED_UNRESOLVED;

    public boolean isClosed() {
        return this == RESOLVED || this == CLOSED_UNRESOLVED;
    }
}
