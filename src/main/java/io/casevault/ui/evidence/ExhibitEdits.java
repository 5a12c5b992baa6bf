package io.casevault.ui.evidence;

import io.casevault.domain.Evidence;
import io.casevault.domain.EvidenceLinks;
import io.casevault.domain.Redaction;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.Tasks;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** What the user writes on an exhibit (caption, tags, links, redaction boxes), read and saved in the background. */
final class ExhibitEdits {

    /** The service that keeps what the user writes on an exhibit. */
    interface Annotations {
        Evidence updateCaption(long evidenceId, String caption);

        Evidence setTags(long evidenceId, List<String> tags);

        EvidenceLinks links(long evidenceId);

        void setLinks(long evidenceId, EvidenceLinks links);

        List<Redaction> redactions(long evidenceId);

        /** The boxes of each of these exhibits that has any, by id (a whole grid: the real service reads at once). */
        default Map<Long, List<Redaction>> redactions(Collection<Long> evidenceIds) {
            Map<Long, List<Redaction>> boxes = new HashMap<>();
            for (long id : evidenceIds) {
                List<Redaction> r = redactions(id);
                if (!r.isEmpty()) {
                    boxes.put(id, r);
                }
            }
            return boxes;
        }

        void setRedactions(long evidenceId, List<Redaction> boxes);
    }

    /** An exhibit's links and redaction boxes. */
    record Details(EvidenceLinks links, List<Redaction> redactions) {
    }

    private final Annotations annotations;
    private final Background background;
    private final Consumer<Throwable> failed;
    private final Consumer<Evidence> updated;
    private final BiConsumer<Evidence, List<Redaction>> redacted;

    /**
     * @param failed  told every failure, on the FX thread
     * @param updated  told the exhibit as saved, after a caption or tags change
     * @param redacted told an exhibit's boxes once saved
     */
    ExhibitEdits(Annotations annotations, Background background, Consumer<Throwable> failed,
                 Consumer<Evidence> updated, BiConsumer<Evidence, List<Redaction>> redacted) {
        this.annotations = Objects.requireNonNull(annotations);
        this.background = Objects.requireNonNull(background);
        this.failed = Objects.requireNonNull(failed);
        this.updated = Objects.requireNonNull(updated);
        this.redacted = Objects.requireNonNull(redacted);
    }

    void saveCaption(Evidence e, String caption) {
        write(() -> annotations.updateCaption(e.id(), caption), updated);
    }

    void saveTags(Evidence e, List<String> tags) {
        write(() -> annotations.setTags(e.id(), tags), updated);
    }

    void saveLinks(Evidence e, EvidenceLinks links) {
        write(() -> {
            annotations.setLinks(e.id(), links);
            return links;
        }, l -> {
        });
    }

    void saveRedactions(Evidence e, List<Redaction> boxes) {
        List<Redaction> copy = List.copyOf(boxes);
        write(() -> {
            annotations.setRedactions(e.id(), copy);
            return copy;
        }, saved -> redacted.accept(e, saved));
    }

    /** Links and redaction boxes of one exhibit (boxes only for pictures whose size is known). */
    void details(Evidence e, Consumer<Details> then) {
        write(() -> new Details(annotations.links(e.id()),
                e.isImage() && e.width() != null ? annotations.redactions(e.id()) : List.of()), then);
    }

    private <T> void write(Callable<T> work, Consumer<T> then) {
        Tasks.create(work).onSuccess(then).onError(failed::accept).run(background);
    }
}
