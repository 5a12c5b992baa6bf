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
import io.casevault.ui.common.ProgressRelay;
import io.casevault.ui.common.Tasks;
import io.casevault.ui.common.Texts;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The evidence of one case and the selected exhibit, without controls. Every read and write runs in the background
 * and comes back as whole lists, never one update per item; adding files reports progress through a
 * {@link ProgressRelay} and ends with one message naming every refused file.
 */
final class EvidenceViewModel {
    private static final DateTimeFormatter CLIP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HHmmss");

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
    private final Clock clock;
    private final Notifier notifier;
    private final ObservableList<Evidence> items = FXCollections.observableArrayList();
    private final ObservableList<Transaction> transactions = FXCollections.observableArrayList();
    private final ObservableList<FollowUp> followUps = FXCollections.observableArrayList();
    private final ObjectProperty<Evidence> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Evidence> undoable = new SimpleObjectProperty<>();
    private final StringProperty undoMessage = new SimpleStringProperty("");
    private final BooleanProperty adding = new SimpleBooleanProperty(false);
    private final DoubleProperty addProgress = new SimpleDoubleProperty(-1);
    private final StringProperty addMessage = new SimpleStringProperty("");
    private ProgressRelay addRelay;
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
        this.clock = Objects.requireNonNull(clock);
        this.notifier = Objects.requireNonNull(notifier);
        undoMessage.bind(Bindings.createStringBinding(() -> undoable.get() == null ? ""
                : texts.text("evidence.trashed", undoable.get().exhibit(), undoable.get().originalName()), undoable));
    }

    ObservableList<Evidence> items() {
        return items;
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

    /** True while files are being added. */
    ReadOnlyBooleanProperty adding() {
        return adding;
    }

    /** The add's progress between 0 and 1, or negative while the files are still being counted. */
    ReadOnlyDoubleProperty addProgress() {
        return addProgress;
    }

    /** "3 / 10  shot.png", or that files are being looked for. */
    ReadOnlyStringProperty addMessage() {
        return addMessage;
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

    /** Adds files (folders expanded, off the FX thread) with progress and Cancel; one message says how it went. */
    void addFiles(List<Path> paths) {
        long id = caseId;
        List<Path> given = List.copyOf(paths);
        ProgressRelay relay = new ProgressRelay();
        addRelay = relay;
        addProgress.bind(relay.fraction());
        String counting = texts.text("evidence.task.counting");
        addMessage.bind(Bindings.createStringBinding(() -> relay.item().get().isEmpty() ? counting
                : relay.item().get(), relay.item()));
        adding.set(true);
        Tasks.create(progress -> {
                    List<Path> files = FolderContents.expand(given);
                    List<Path> mail = files.stream().filter(EvidenceViewModel::isMail).toList();
                    List<Path> others = files.stream().filter(f -> !isMail(f)).toList();
                    progress.update(0, files.size(), "");
                    List<AddOutcome> outcomes = others.isEmpty() ? List.of() : exhibits.add(id, others,
                            counted(progress));
                    return new Added(outcomes, mail.isEmpty() || progress.isCancelled() ? null
                            : exhibits.importMail(id, mail, counted(progress)));
                })
                .progress(relay)
                .title(texts.text("evidence.task.add"))
                .onSuccess(done -> {
                    if (relay.isCancelled()) {
                        notifier.info(texts.text("evidence.task.cancelled"), texts.text("evidence.task.cancelledDetail"));
                    } else {
                        if (done.mail() == null) {
                            report(done.outcomes());
                        } else {
                            report(done.outcomes(), done.mail());
                        }
                        lookAlikes.check(added(done.outcomes()), exhibits::list);
                    }
                    load(id);
                })
                .onError(this::failed)
                .andFinally(() -> {
                    if (addRelay == relay) {
                        addRelay = null;
                        adding.set(false);
                    }
                })
                .run(background);
    }

    /** Saved e-mail (.eml, .mbox) goes to the mail import, which makes follow-ups of it; other files are exhibits. */
    static boolean isMail(Path file) {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".eml") || n.endsWith(".mbox");
    }

    /** What one add did: the files added as exhibits, and the e-mail imported (null when none was given). */
    private record Added(List<AddOutcome> outcomes, MailImportResult mail) {
    }

    /** The service's progress, worded "done / total  file name" for the bar's label. */
    private static Progress counted(ProgressRelay relay) {
        return new Progress() {
            @Override
            public void update(long done, long total, String item) {
                Path name = Path.of(item).getFileName();
                relay.update(done, total, done + " / " + total + "  " + (name == null ? item : name));
            }

            @Override
            public boolean isCancelled() {
                return relay.isCancelled();
            }
        };
    }

    /** Stops adding after the file being stored; the files added before stay. */
    void cancelAdd() {
        if (addRelay != null) {
            addRelay.cancel();
        }
    }

    /**
     * Adds a pasted screenshot as a PNG named in the window's language after the local time, e.g. {@code Clipboard
     * screenshot 2026-11-25 140000.png} or {@code 剪贴板截图 2026-11-25 140000.png}: the name titles the exhibit.
     */
    void addPng(Callable<byte[]> png) {
        long id = caseId;
        String name = texts.text("evidence.paste.fileName", CLIP_TIME.format(LocalDateTime.now(clock)));
        Tasks.create(() -> exhibits.addBytes(id, png.call(), name))
                .title(texts.text("evidence.task.paste"))
                .onSuccess(o -> {
                    report(List.of(o));
                    lookAlikes.check(added(List.of(o)), exhibits::list);
                    load(id);
                })
                .onError(this::failed)
                .run(background);
    }

    /** A paste that carried neither files nor an image. */
    void nothingToPaste() {
        notifier.info(texts.text("evidence.paste.nothingTitle"), texts.text("evidence.paste.nothing"));
    }

    private static List<Evidence> added(List<AddOutcome> outcomes) {
        return outcomes.stream().filter(AddOutcome.Added.class::isInstance)
                .map(o -> ((AddOutcome.Added) o).evidence()).toList();
    }

    private void report(List<AddOutcome> outcomes) {
        tell(AddReport.of(outcomes, texts::text, texts::text));
    }

    private void report(List<AddOutcome> outcomes, MailImportResult mail) {
        tell(AddReport.of(outcomes, mail, texts));
    }

    private void tell(AddReport r) {
        if (r.hasRejections()) {
            notifier.error(r.title(), r.message());
        } else {
            notifier.info(r.title(), r.message());
        }
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
