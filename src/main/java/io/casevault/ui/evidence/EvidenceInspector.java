package io.casevault.ui.evidence;

import io.casevault.app.ThumbnailService;
import io.casevault.domain.Evidence;
import io.casevault.domain.EvidenceLinks;
import io.casevault.domain.FollowUp;
import io.casevault.domain.Transaction;
import io.casevault.ui.common.Texts;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;

import java.util.List;

/**
 * The selected exhibit: the viewer with its redaction boxes and the details beside it. Changes the user makes
 * (caption, tags, links, boxes) are saved through the view model as they happen; loading a new selection does not
 * count as a change.
 */
final class EvidenceInspector extends SplitPane {
    private final Texts texts;
    private final Thumbnails thumbnails;
    private final EvidenceViewModel vm;
    private final ImageViewer viewer;
    private final EvidenceDetails details;
    private boolean loading;
    private long generation;

    EvidenceInspector(EvidenceViewModel vm, Texts texts, java.time.ZoneId zone, Thumbnails thumbnails) {
        this.texts = texts;
        this.thumbnails = thumbnails;
        this.vm = vm;
        this.viewer = new ImageViewer(key -> texts.text(key));
        this.details = new EvidenceDetails(texts, zone, vm::hashCopied);
        details.transactions.setItems(vm.transactions());
        details.followUps.setItems(vm.followUps());
        ScrollPane side = new ScrollPane(details);
        side.setFitToWidth(true);
        side.setMinWidth(280);
        getItems().addAll(viewer, side);
        setDividerPositions(0.66);
        SplitPane.setResizableWithParent(side, false);

        details.onEdit(text -> withSelected(e -> vm.saveCaption(e, text)),
                tags -> withSelected(e -> vm.saveTags(e, tags)));
        details.transactions.getCheckModel().getCheckedItems()
                .addListener((ListChangeListener<Transaction>) c -> linksChanged());
        details.followUps.getCheckModel().getCheckedItems()
                .addListener((ListChangeListener<FollowUp>) c -> linksChanged());
        viewer.layer().boxes().addListener((ListChangeListener<io.casevault.domain.Redaction>) c -> {
            if (!loading) {
                withSelected(e -> vm.saveRedactions(e, viewer.layer().boxes()));
            }
        });
        vm.selected().addListener((o, was, now) -> {
            if (was == null || now == null || was.id() != now.id()) {
                show(now);
            }
        });
        show(null);
    }

    ImageViewer viewer() {
        return viewer;
    }

    EvidenceDetails details() {
        return details;
    }

    private void withSelected(java.util.function.Consumer<Evidence> action) {
        Evidence e = vm.selected().get();
        if (e != null) {
            action.accept(e);
        }
    }

    private void linksChanged() {
        if (loading) {
            return;
        }
        withSelected(e -> vm.saveLinks(e, new EvidenceLinks(
                details.transactions.getCheckModel().getCheckedItems().stream().map(Transaction::id).toList(),
                details.followUps.getCheckModel().getCheckedItems().stream().map(FollowUp::id).toList())));
    }

    private void show(Evidence e) {
        long current = ++generation;
        loading = true;
        try {
            details.show(e);
            details.transactions.getCheckModel().clearChecks();
            details.followUps.getCheckModel().clearChecks();
            viewer.layer().boxes().clear();
        } finally {
            loading = false;
        }
        if (e == null) {
            viewer.show(null, null, texts.text("evidence.viewer.none"));
            return;
        }
        if (!e.isImage()) {
            viewer.show(e, null, texts.text("evidence.viewer.noPreview", e.mediaType()));
        } else {
            viewer.show(e, null, texts.text("evidence.viewer.loading"));
            thumbnails.thumbnail(e, ThumbnailService.PREVIEW).whenComplete((p, err) ->
                    Platform.runLater(() -> {
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
        vm.details(e, d -> {
            if (current != generation) {
                return;
            }
            loading = true;
            try {
                check(details.transactions.getCheckModel(), vm.transactions(), d.links().transactionIds(),
                        Transaction::id);
                check(details.followUps.getCheckModel(), vm.followUps(), d.links().followUpIds(), FollowUp::id);
                viewer.layer().boxes().setAll(d.redactions());
            } finally {
                loading = false;
            }
        });
    }

    private static <T> void check(org.controlsfx.control.IndexedCheckModel<T> model, List<T> items, List<Long> ids,
                                  java.util.function.ToLongFunction<T> id) {
        if (ids.isEmpty()) {
            return;
        }
        var wanted = new java.util.HashSet<>(ids);
        for (int i = 0; i < items.size(); i++) {
            if (wanted.contains(id.applyAsLong(items.get(i)))) {
                model.check(i);
            }
        }
    }
}
