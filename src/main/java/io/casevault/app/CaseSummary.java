package io.casevault.app;

import io.casevault.domain.Case;

/** A case with its counts, as the case list and {@code case show} present it. */
public record CaseSummary(Case theCase, Long daysLeft, int transactions, int evidence, int followUps) {

    public boolean overdue() {
        return daysLeft != null && daysLeft < 0 && !theCase.status().isClosed();
    }
}
