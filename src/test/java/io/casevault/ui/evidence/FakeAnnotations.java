package io.casevault.ui.evidence;

import io.casevault.domain.CaptureSource;
import io.casevault.domain.Evidence;
import io.casevault.domain.EvidenceLinks;
import io.casevault.domain.Redaction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongFunction;

/**
 * The evidence service's caption, link and redaction edits over a test's own exhibits: a caption replaces the exhibit
 * through {@code put}, links and redaction boxes are kept here; tags are not edited by the views tested with it.
 */
final class FakeAnnotations implements ExhibitEdits.Annotations {
    private final LongFunction<Evidence> find;
    private final Consumer<Evidence> put;
    final Map<Long, List<Redaction>> boxes = new HashMap<>();
    final Map<Long, EvidenceLinks> links = new HashMap<>();

    FakeAnnotations(LongFunction<Evidence> find, Consumer<Evidence> put) {
        this.find = find;
        this.put = put;
    }

    @Override
    public Evidence updateCaption(long evidenceId, String caption) {
        Evidence e = find.apply(evidenceId);
        Evidence captioned = new Evidence(e.id(), e.caseId(), e.sha256(), e.originalName(), e.mediaType(), e.size(),
                e.width(), e.height(), e.orientation(), null, CaptureSource.IMPORT_TIME, e.importedAt(), caption,
                e.tags(), e.exhibitNo(), null);
        put.accept(captioned);
        return captioned;
    }

    @Override
    public Evidence setTags(long evidenceId, List<String> tags) {
        throw new UnsupportedOperationException();
    }

    @Override
    public EvidenceLinks links(long evidenceId) {
        return links.getOrDefault(evidenceId, new EvidenceLinks(List.of(), List.of()));
    }

    @Override
    public void setLinks(long evidenceId, EvidenceLinks changed) {
        links.put(evidenceId, changed);
    }

    @Override
    public List<Redaction> redactions(long evidenceId) {
        return boxes.getOrDefault(evidenceId, List.of());
    }

    @Override
    public void setRedactions(long evidenceId, List<Redaction> drawn) {
        boxes.put(evidenceId, List.copyOf(drawn));
    }
}
