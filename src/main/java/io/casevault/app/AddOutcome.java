package io.casevault.app;

import io.casevault.domain.Evidence;
import io.casevault.domain.Reason;

/** What happened to one file given to {@link EvidenceService#add}. */
public sealed interface AddOutcome {

    /** The name the user knows the file by (path as given, or "clipboard image"). */
    String source();

    /** Stored as a new exhibit. */
    record Added(String source, Evidence evidence) implements AddOutcome {
    }

    /** The same bytes are already evidence of this case; nothing was added. */
    record AlreadyPresent(String source, Evidence evidence) implements AddOutcome {
    }

    /** Refused, with a one-sentence reason; the vault is unchanged. */
    record Rejected(String source, Reason reason) implements AddOutcome {
    }
}
