package io.casevault.dossier;

import io.casevault.domain.Evidence;
import io.casevault.domain.EvidenceLinks;
import io.casevault.domain.Redaction;

import java.util.List;
import java.util.Objects;

/** One evidence item with the redaction boxes to burn in and the records it documents. */
public record ExhibitInput(Evidence evidence, List<Redaction> redactions, EvidenceLinks links) {

    public ExhibitInput {
        Objects.requireNonNull(evidence, "evidence");
        redactions = List.copyOf(redactions);
        links = links == null ? EvidenceLinks.NONE : links;
    }

    public boolean isRedacted() {
        return !redactions.isEmpty();
    }
}
