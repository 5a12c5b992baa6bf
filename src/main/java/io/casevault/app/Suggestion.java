package io.casevault.app;

import io.casevault.domain.understanding.Proposal;

import java.time.Instant;
import java.util.Objects;

/**
 * A proposal CaseVault made for one exhibit, and what the user did with it. {@code automatic} marks one CaseVault
 * applied by itself ("found by CaseVault"): a link by an equal order or transaction number.
 */
public record Suggestion(long id, long caseId, long evidenceId, String exhibit, Proposal proposal, State state,
                         boolean automatic, Instant decidedAt) {

    /** Open: waiting for the user; accepted: applied (undoable); dismissed: not offered again. */
    public enum State {
        OPEN, ACCEPTED, DISMISSED
    }

    public Suggestion {
        Objects.requireNonNull(exhibit, "exhibit");
        Objects.requireNonNull(proposal, "proposal");
        Objects.requireNonNull(state, "state");
    }

    public Proposal.Kind kind() {
        return proposal.kind();
    }

    public double confidence() {
        return proposal.confidence();
    }
}
