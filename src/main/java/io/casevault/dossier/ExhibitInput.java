package io.casevault.dossier;

import io.casevault.domain.EventTime;
import io.casevault.domain.Evidence;
import io.casevault.domain.EvidenceLinks;
import io.casevault.domain.RecognisedLine;
import io.casevault.domain.Redaction;

import java.util.List;
import java.util.Objects;

/**
 * One evidence item with the redaction boxes to burn in, the records it documents, the lines of text recognised in it
 * (outside its redactions), which an image's page carries as an invisible text layer and reads what it shows from,
 * and the time it shows when the user accepted one (null otherwise), where the chronology places it.
 */
public record ExhibitInput(Evidence evidence, List<Redaction> redactions, EvidenceLinks links,
                           List<RecognisedLine> lines, EventTime eventTime) {

    public ExhibitInput {
        Objects.requireNonNull(evidence, "evidence");
        redactions = List.copyOf(redactions);
        links = links == null ? EvidenceLinks.NONE : links;
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** An exhibit without an accepted event time. */
    public ExhibitInput(Evidence evidence, List<Redaction> redactions, EvidenceLinks links,
                        List<RecognisedLine> lines) {
        this(evidence, redactions, links, lines, null);
    }

    /** An exhibit without recognised text. */
    public ExhibitInput(Evidence evidence, List<Redaction> redactions, EvidenceLinks links) {
        this(evidence, redactions, links, List.of(), null);
    }

    /** The same exhibit with these recognised lines. */
    public ExhibitInput withLines(List<RecognisedLine> recognised) {
        return new ExhibitInput(evidence, redactions, links, recognised, eventTime);
    }

    public boolean isRedacted() {
        return !redactions.isEmpty();
    }
}
