package io.casevault.ui.evidence;

import io.casevault.app.ThumbnailService;
import io.casevault.domain.Evidence;
import io.casevault.domain.Redaction;
import io.casevault.ui.common.Texts;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.image.Image;

import java.util.List;

/**
 * The selected exhibit beside the grid: the viewer with its redaction boxes (and the suggested ones, dashed), the
 * details form, the recognised text, whose line under the pointer the viewer outlines, and the suggestions. Shows the
 * exhibit the view model selects, with its preview, links, boxes, text and suggestions read in the background, and
 * reads them again each time the case is loaded again; boxes the user draws are saved as they change. Loading a new
 * selection does not count as a change.
 */
final class EvidenceInspector {
    private final EvidenceViewModel vm;
    private final Texts texts;
    private final Thumbnails thumbnails;
    private final ImageViewer viewer;
    private final EvidenceDetailsController details;
    private final ExhibitSuggestions suggestions;
    private boolean loading;
    private long generation;

    EvidenceInspector(EvidenceViewModel vm, Texts texts, Thumbnails thumbnails, EvidenceDetailsController details,
                      ExhibitSuggestions suggestions) {
        this.vm = vm;
        this.texts = texts;
        this.thumbnails = thumbnails;
        this.viewer = new ImageViewer(key -> texts.text(key));
        this.details = details;
        this.suggestions = suggestions;
        details.attach(vm);
        Bindings.bindContent(viewer.layer().previews(), suggestions.previews());
        viewer.layer().boxes().addListener((ListChangeListener<Redaction>) c -> {
            Evidence e = vm.selected().get();
            if (!loading && e != null) {
                // the text under a new box leaves the panel at once; the panel reads it again once the box is saved
                vm.text().redacted(viewer.layer().boxes());
                vm.edits().saveRedactions(e, viewer.layer().boxes());
            }
        });
        vm.text().hovered().addListener((o, was, now) -> viewer.highlight(now == null ? List.of() : List.of(now)));
        vm.selected().addListener((o, was, now) -> {
            if (was == null || now == null || was.id() != now.id()) {
                show(now);
            } else {
                details.saved(now);
            }
        });
        // the case was loaded again (a suggestion accepted, another tab's change): its links, boxes and text afresh
        vm.reloaded().addListener((o, was, now) -> {
            Evidence e = vm.selected().get();
            if (e != null) {
                refresh(e, generation);
                vm.text().refresh();
                suggestions.refresh();
            }
        });
        show(null);
    }

    ImageViewer viewer() {
        return viewer;
    }

    private void show(Evidence e) {
        long current = ++generation;
        details.show(e);
        vm.text().show(e);
        suggestions.show(e);
        // the boxes the grid already knows go on at once, so the picture never shows without them
        setBoxes(e == null ? List.of() : vm.redactions().getOrDefault(e.id(), List.of()));
        if (e == null) {
            viewer.show(null, null, texts.text("evidence.viewer.none"));
            return;
        }
        if (!e.isImage()) {
            viewer.show(e, null, texts.text("evidence.viewer.noPreview", e.mediaType()));
        } else {
            viewer.show(e, null, texts.text("evidence.viewer.loading"));
            thumbnails.thumbnail(e, ThumbnailService.PREVIEW).whenComplete((p, err) -> Platform.runLater(() -> {
                if (current != generation) {
                    return;
                }
                if (p != null && p.isPresent()) {
                    viewer.show(e, new Image(p.get().toUri().toString(), true), "");
                } else {
                    viewer.show(e, null, texts.text("evidence.viewer.undecodable"));
                }
            }));
        }
        refresh(e, current);
    }

    /** Reads the exhibit's links and boxes and shows them, unless another exhibit was shown meanwhile. */
    private void refresh(Evidence e, long current) {
        vm.edits().details(e, d -> {
            if (current == generation) {
                details.showLinks(d.links());
                setBoxes(d.redactions());
            }
        });
    }

    private void setBoxes(List<Redaction> boxes) {
        loading = true;
        try {
            viewer.layer().boxes().setAll(boxes);
        } finally {
            loading = false;
        }
    }
}
