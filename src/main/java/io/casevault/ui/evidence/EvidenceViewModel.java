package io.casevault.ui.evidence;

import io.casevault.app.AddOutcome;
import io.casevault.app.VaultSession;
import io.casevault.domain.Evidence;
import io.casevault.domain.EvidenceLinks;
import io.casevault.domain.FollowUp;
import io.casevault.domain.Redaction;
import io.casevault.domain.Transaction;
import io.casevault.ui.common.Tasks;
import io.casevault.ui.common.UiContext;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The evidence of one case and the selected exhibit. Every read and write runs on the background executor; results
 * come back to the FX thread as whole lists, never one update per item. No controls here.
 */
final class EvidenceViewModel {
    private final UiContext ctx;
    private final VaultSession session;
    private final ObservableList<Evidence> items = FXCollections.observableArrayList();
    private final ObservableList<Transaction> transactions = FXCollections.observableArrayList();
    private final ObservableList<FollowUp> followUps = FXCollections.observableArrayList();
    private final ObjectProperty<Evidence> selected = new SimpleObjectProperty<>();
    private long caseId;
    private Long revealNext;
    private Task<?> loading;

    EvidenceViewModel(UiContext ctx) {
        this.ctx = ctx;
        this.session = ctx.session();
    }

    ObservableList<Evidence> items() {
        return items;
    }

    ObservableList<Transaction> transactions() {
        return transactions;
    }

    ObservableList<FollowUp> followUps() {
        return followUps;
    }

    ObjectProperty<Evidence> selected() {
        return selected;
    }

    long caseId() {
        return caseId;
    }

    /** The next {@link #load} selects this exhibit, e.g. one double-clicked on the timeline. */
    void revealOnNextLoad(long evidenceId) {
        revealNext = evidenceId;
    }

    /** Loads the case's exhibits, transactions and follow-ups; {@code then} runs on the FX thread afterwards. */
    void load(long id, Runnable then) {
        boolean sameCase = id == caseId;
        caseId = id;
        if (loading != null) {
            loading.cancel();
        }
        Long keep = revealNext != null ? revealNext : sameCase && selected.get() != null ? selected.get().id() : null;
        revealNext = null;
        loading = Tasks.create(() -> new Loaded(session.evidence().list(id), session.transactions().list(id),
                        session.followUps().list(id)))
                .title(ctx.text("evidence.task.load"))
                .onSuccess(l -> {
                    if (id != caseId) {
                        return;
                    }
                    items.setAll(l.evidence);
                    transactions.setAll(l.transactions);
                    followUps.setAll(l.followUps);
                    selected.set(keep == null ? null
                            : l.evidence.stream().filter(e -> e.id() == keep).findFirst().orElse(null));
                    then.run();
                })
                .onError(e -> ctx.notifier().error(ctx.text("evidence.error.title"), ctx.describe(e)))
                .run(ctx.background());
    }

    private record Loaded(List<Evidence> evidence, List<Transaction> transactions, List<FollowUp> followUps) {
    }

    /** Adds files (folders expanded) as tracked background work. */
    Task<List<AddOutcome>> addFiles(List<Path> paths, Consumer<List<AddOutcome>> done) {
        long id = caseId;
        AddEvidenceTask task = new AddEvidenceTask(session.evidence(), id, paths, ctx.text("evidence.task.add"),
                ctx.text("evidence.task.counting"));
        task.setOnSucceeded(e -> {
            done.accept(task.getValue());
            load(id, () -> {
            });
        });
        task.setOnFailed(e -> ctx.notifier().error(ctx.text("evidence.error.title"),
                ctx.describe(task.getException())));
        task.setOnCancelled(e -> {
            ctx.notifier().info(ctx.text("evidence.task.cancelled"), ctx.text("evidence.task.cancelledDetail"));
            load(id, () -> {
            });
        });
        ctx.work().track(task);
        ctx.background().execute(task);
        return task;
    }

    /** Adds PNG bytes from the clipboard. */
    void addBytes(java.util.concurrent.Callable<byte[]> png, String name, Consumer<List<AddOutcome>> done) {
        long id = caseId;
        Task<AddOutcome> task = Tasks.create(() -> session.evidence().addBytes(id, png.call(), name, null))
                .title(ctx.text("evidence.task.paste"))
                .onSuccess(o -> {
                    done.accept(List.of(o));
                    load(id, () -> {
                    });
                })
                .onError(e -> ctx.notifier().error(ctx.text("evidence.error.title"), ctx.describe(e)))
                .build();
        ctx.work().track(task);
        ctx.background().execute(task);
    }

    void saveCaption(Evidence e, String caption) {
        write(() -> session.evidence().updateCaption(e.id(), caption), this::replace);
    }

    void saveTags(Evidence e, List<String> tags) {
        write(() -> session.evidence().setTags(e.id(), tags), this::replace);
    }

    void saveLinks(Evidence e, EvidenceLinks links) {
        write(() -> {
            session.evidence().setLinks(e.id(), links);
            return links;
        }, l -> {
        });
    }

    void saveRedactions(Evidence e, List<Redaction> boxes, Runnable saved) {
        List<Redaction> copy = List.copyOf(boxes);
        write(() -> {
            session.evidence().setRedactions(e.id(), copy);
            return copy;
        }, l -> saved.run());
    }

    /** Links and redactions of one exhibit, read in the background. */
    void details(Evidence e, Consumer<Details> then) {
        Tasks.create(() -> new Details(session.evidence().links(e.id()),
                        e.isImage() && e.width() != null ? session.evidence().redactions(e.id()) : List.of()))
                .onSuccess(then)
                .onError(err -> ctx.notifier().error(ctx.text("evidence.error.title"), ctx.describe(err)))
                .run(ctx.background());
    }

    record Details(EvidenceLinks links, List<Redaction> redactions) {
    }

    void trash(Evidence e, Runnable done) {
        write(() -> {
            session.evidence().trash(e.id());
            return e;
        }, x -> {
            if (selected.get() != null && selected.get().id() == e.id()) {
                selected.set(null);
            }
            items.removeIf(i -> i.id() == e.id());
            done.run();
        });
    }

    void restore(Evidence e) {
        write(() -> {
            session.evidence().restore(e.id());
            return e;
        }, x -> load(caseId, () -> {
        }));
    }

    private void replace(Evidence updated) {
        int i = indexOf(updated.id());
        if (i >= 0) {
            items.set(i, updated);
        }
        if (selected.get() != null && selected.get().id() == updated.id()) {
            selected.set(updated);
        }
    }

    private int indexOf(long id) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private <T> void write(java.util.concurrent.Callable<T> work, Consumer<T> then) {
        Tasks.create(work).onSuccess(then)
                .onError(e -> ctx.notifier().error(ctx.text("evidence.error.title"), ctx.describe(e)))
                .run(ctx.background());
    }
}
