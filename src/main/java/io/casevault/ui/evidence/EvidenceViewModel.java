package io.casevault.ui.evidence;

import io.casevault.app.AddOutcome;
import io.casevault.app.MailImportResult;
import io.casevault.app.Progress;
import io.casevault.domain.Evidence;
import io.casevault.domain.FollowUp;
import io.casevault.domain.Redaction;
import io.casevault.domain.Transaction;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.Notifier;
import io.casevault.ui.common.Tasks;
import io.casevault.ui.common.Texts;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The evidence of one case and the selected exhibit, without controls: the list, the selection with its edits and
 * text, and the trash with its undo. Every read and write runs in the background and comes back as whole lists, never
 * one update per item; adding files is {@link EvidenceAdding}.
 */
final class EvidenceViewModel {
    /** The exhibits of a case, as this view lists, adds and trashes them. */
    interface Exhibits {
        List<Evidence> list(long caseId);

        List<AddOutcome> add(long caseId, List<Path> files, Progress progress);

        AddOutcome addBytes(long caseId, byte[] bytes, String name);

        /** Imports e-mail files (.eml, .mbox): one follow-up per message, the message and attachments as exhibits. */
        MailImportResult importMail(long caseId, List<Path> files, Progress progress);

        void trash(long evidenceId);

        void restore(long evidenceId);

        /** The exhibit among {@code others} that {@code added} looks the same as (decodes pictures). */
        Optional<Evidence> sameLookAs(Evidence added, List<Evidence> others);
    }

    /** The case's transactions and follow-ups, which an exhibit may be linked to. */
    interface Linkable {
        List<Transaction> transactions(long caseId);

        List<FollowUp> followUps(long caseId);
    }

    private final Exhibits exhibits;
    private final GridRedactions redactions;
    private final ExhibitEdits edits;
    private final LookAlikeCheck lookAlikes;
    private final ExhibitTextViewModel text;
    private final Linkable linkable;
    private final Texts texts;
    private final Background background;
    private final Notifier notifier;
    private final EvidenceAdding adding;
    private final ObservableList<Evidence> items = FXCollections.observableArrayList();
    private final ObservableList<Transaction> transactions = FXCollections.observableArrayList();
    private final ObservableList<FollowUp> followUps = FXCollections.observableArrayList();
    private final ObjectProperty<Evidence> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Evidence> undoable = new SimpleObjectProperty<>();
    private final StringProperty undoMessage = new SimpleStringProperty("");
    private final IntegerProperty reloaded = new SimpleIntegerProperty();
    private long caseId;
    private long generation;
    private Long revealNext;

    /** @param clock the clock in the user's time zone: a pasted screenshot is named after its local time */
    EvidenceViewModel(Exhibits exhibits, ExhibitEdits.Annotations annotations, Linkable linkable,
                      ExhibitTextViewModel.Source recognised, Texts texts, Background background, Clock clock,
                      Notifier notifier) {
        this.exhibits = Objects.requireNonNull(exhibits);
        this.redactions = new GridRedactions(annotations);
        this.edits = new ExhibitEdits(annotations, background, this::failed, this::replace, this::redacted);
        this.text = new ExhibitTextViewModel(recognised, texts, background, edits, selected::get, this::failed);
        this.linkable = Objects.requireNonNull(linkable);
        this.lookAlikes = new LookAlikeCheck(exhibits::sameLookAs, texts, background, this::failed);
        this.texts = Objects.requireNonNull(texts);
        this.background = Objects.requireNonNull(background);
        this.notifier = Objects.requireNonNull(notifier);
        this.adding = new EvidenceAdding(exhibits, lookAlikes, texts, background, clock, notifier, () -> caseId,
                this::load, this::failed);
        undoMessage.bind(Bindings.createStringBinding(() -> undoable.get() == null ? ""
                : texts.text("evidence.trashed", undoable.get().exhibit(), undoable.get().originalName()), undoable));
    }

    ObservableList<Evidence> items() {
        return items;
    }

    /** Adding files and pasted screenshots to the shown case. */
    EvidenceAdding adding() {
        return adding;
    }

    /** Goes up each time a load has shown the case's exhibits, links and boxes afresh. */
    ReadOnlyIntegerProperty reloaded() {
        return reloaded;
    }

    /** Loads the shown case again, keeping the selection: a change made beside the grid (a suggestion accepted). */
    void reloadSelected() {
        load(caseId);
    }

    /** Caption, tags, links and boxes of an exhibit, saved as the user edits them. */
    ExhibitEdits edits() {
        return edits;
    }

    /** The recognised text of the selected exhibit. */
    ExhibitTextViewModel text() {
        return text;
    }

    /** An exhibit's boxes were saved: the grid shows them, and the text under them leaves the text panel. */
    private void redacted(Evidence e, List<Redaction> boxes) {
        redactions.saved(e, boxes);
        if (selected.get() != null && selected.get().id() == e.id()) {
            text.refresh();
        }
    }

    /** The redaction boxes of each exhibit that has any, by exhibit id; the grid burns them into thumbnails. */
    ObservableMap<Long, List<Redaction>> redactions() {
        return redactions.boxes();
    }

    /** New pictures that look the same as an exhibit already in the case, for the user to decide on. */
    LookAlikeCheck lookAlikes() {
        return lookAlikes;
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

    /** The exhibit just moved to the trash, while "Undo" is offered; null otherwise. */
    ReadOnlyObjectProperty<Evidence> undoable() {
        return undoable;
    }

    /** What "Undo" would bring back, in words; empty when there is nothing to undo. */
    ReadOnlyStringProperty undoMessage() {
        return undoMessage;
    }

    long caseId() {
        return caseId;
    }

    /** True once a case is shown: only then can files be added. */
    boolean hasCase() {
        return caseId > 0;
    }

    /** The next {@link #load} selects this exhibit, e.g. one double-clicked on the timeline. */
    void revealOnNextLoad(long evidenceId) {
        revealNext = evidenceId;
    }

    /**
     * Loads the case's exhibits, transactions and follow-ups; the selection stays when the case is the same. A list
     * that reads as it is shown is left alone, so reopening the tab of a large case does not lay out its grid and link
     * lists again.
     */
    void load(long id) {
        boolean sameCase = id == caseId;
        if (!sameCase) {
            lookAlikes.clear();
        }
        caseId = id;
        long load = ++generation;
        Long keep = revealNext != null ? revealNext : sameCase && selected.get() != null ? selected.get().id() : null;
        revealNext = null;
        Tasks.create(() -> {
                    List<Evidence> list = exhibits.list(id);
                    return new Loaded(list, redactions.read(list), linkable.transactions(id), linkable.followUps(id));
                })
                .title(texts.text("evidence.task.load"))
                .onSuccess(l -> {
                    if (load != generation) {
                        return; // another case, or a newer load, was asked for meanwhile
                    }
                    redactions.show(l.boxes);
                    replace(items, l.evidence);
                    replace(transactions, l.transactions);
                    replace(followUps, l.followUps);
                    selected.set(keep == null ? null
                            : l.evidence.stream().filter(e -> e.id() == keep).findFirst().orElse(null));
                    reloaded.set(reloaded.get() + 1);
                })
                .onError(this::failed)
                .run(background);
    }

    private static <T> void replace(ObservableList<T> shown, List<T> read) {
        if (!shown.equals(read)) {
            shown.setAll(read);
        }
    }

    private record Loaded(List<Evidence> evidence, Map<Long, List<Redaction>> boxes, List<Transaction> transactions,
                          List<FollowUp> followUps) {
    }

    /** The SHA-256 was copied to the clipboard. */
    void hashCopied(String sha256) {
        notifier.info(texts.text("evidence.sha.copied"), sha256);
    }

    /** Moves the selected exhibit to the trash and offers to undo it. */
    void trashSelected() {
        Evidence e = selected.get();
        if (e != null) {
            trash(e);
        }
    }

    /** Moves an exhibit to the trash and offers to undo it. */
    void trash(Evidence e) {
        write(() -> {
            exhibits.trash(e.id());
            return e;
        }, x -> {
            if (selected.get() != null && selected.get().id() == e.id()) {
                selected.set(null);
            }
            items.removeIf(i -> i.id() == e.id());
            undoable.set(e);
        });
    }

    /** Brings the exhibit just trashed back. */
    void undoTrash() {
        Evidence e = undoable.get();
        if (e == null) {
            return;
        }
        undoable.set(null);
        write(() -> {
            exhibits.restore(e.id());
            return e;
        }, x -> load(caseId));
    }

    /** Stops offering to undo (the offer timed out). */
    void dismissUndo() {
        undoable.set(null);
    }

    private void replace(Evidence updated) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id() == updated.id()) {
                items.set(i, updated);
                break;
            }
        }
        if (selected.get() != null && selected.get().id() == updated.id()) {
            selected.set(updated);
        }
    }

    private <T> void write(Callable<T> work, Consumer<T> then) {
        Tasks.create(work).onSuccess(then).onError(this::failed).run(background);
    }

    private void failed(Throwable e) {
        notifier.error(texts.text("evidence.error.title"), texts.describe(e));
    }
}
