package io.casevault.ui.evidence;

import io.casevault.app.RecognitionService;
import io.casevault.domain.Evidence;
import io.casevault.domain.Reason;
import io.casevault.domain.RecognisedLine;
import io.casevault.domain.Redaction;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.Tasks;
import io.casevault.ui.common.Texts;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The recognised text of the exhibit in the viewer, without controls: its lines outside the redaction boxes (read in
 * the background), a sentence saying what state the text is in, the line the pointer is over, copying, and taking a
 * line as the caption (through the caption edit every other caption change goes through, so it is audited) with one
 * step of undo.
 */
final class ExhibitTextViewModel {

    /** Where the text comes from; called off the FX thread. */
    interface Source {
        /** The exhibit's lines outside its redaction boxes; empty when it has not been read yet. */
        Optional<List<RecognisedLine>> text(long evidenceId);

        /** How many exhibits wait to be read. */
        int waiting();

        /** Why text cannot be read in this session, if it cannot. */
        Optional<Reason> unavailable();
    }

    /** What the panel shows. */
    enum State { NONE, NOT_READABLE, WAITING, UNAVAILABLE, READ }

    private record Reading(State state, List<RecognisedLine> lines, int waiting, Reason why) {
    }

    private final Source source;
    private final Texts texts;
    private final Background background;
    private final ExhibitEdits edits;
    private final Supplier<Evidence> current;
    private final Consumer<Throwable> failed;
    private final ObservableList<RecognisedLine> lines = FXCollections.observableArrayList();
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.NONE);
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<RecognisedLine> hovered = new SimpleObjectProperty<>();
    private final StringProperty notice = new SimpleStringProperty("");
    private final BooleanProperty captionUndoable = new SimpleBooleanProperty(false);
    private Evidence shown;
    private long generation;
    /** The caption a "Use as caption" replaced, and on which exhibit; null when there is nothing to undo. */
    private Evidence beforeCaption;

    /**
     * @param current the exhibit as the view knows it now (its caption may have changed since it was shown)
     * @param failed  told every failure, on the FX thread
     */
    ExhibitTextViewModel(Source source, Texts texts, Background background, ExhibitEdits edits,
                         Supplier<Evidence> current, Consumer<Throwable> failed) {
        this.source = Objects.requireNonNull(source);
        this.texts = Objects.requireNonNull(texts);
        this.background = Objects.requireNonNull(background);
        this.edits = Objects.requireNonNull(edits);
        this.current = Objects.requireNonNull(current);
        this.failed = Objects.requireNonNull(failed);
        show(null);
    }

    /** The shown exhibit's lines in reading order, none under a redaction box. */
    ObservableList<RecognisedLine> lines() {
        return lines;
    }

    ReadOnlyObjectProperty<State> state() {
        return state;
    }

    /** One sentence about the text: how many lines, that it waits to be read, why it cannot be read. */
    ReadOnlyStringProperty message() {
        return message;
    }

    /** The line under the pointer, whose box the viewer outlines; null when none. */
    ObjectProperty<RecognisedLine> hovered() {
        return hovered;
    }

    /** What the last action did ("Copied 2 lines", "Caption set …"); empty when nothing was done yet. */
    ReadOnlyStringProperty notice() {
        return notice;
    }

    /** True while the caption a line replaced can be put back. */
    ReadOnlyBooleanProperty captionUndoable() {
        return captionUndoable;
    }

    /** Shows an exhibit's text (null: none), read in the background. */
    void show(Evidence e) {
        if (shown == null || e == null || shown.id() != e.id()) {
            notice.set("");
            beforeCaption = null;
            captionUndoable.set(false);
        }
        shown = e;
        hovered.set(null);
        long load = ++generation;
        if (e == null) {
            set(new Reading(State.NONE, List.of(), 0, null));
            return;
        }
        if (!e.isImage() || !RecognitionService.READABLE.contains(e.mediaType())) {
            set(new Reading(State.NOT_READABLE, List.of(), 0, null));
            return;
        }
        long id = e.id();
        Tasks.create(() -> read(id))
                .onSuccess(r -> {
                    if (load == generation) {
                        set(r);
                    }
                })
                .onError(failed::accept)
                .run(background);
    }

    private Reading read(long id) {
        Optional<List<RecognisedLine>> text = source.text(id);
        if (text.isPresent()) {
            return new Reading(State.READ, text.get(), 0, null);
        }
        Optional<Reason> why = source.unavailable();
        return why.map(r -> new Reading(State.UNAVAILABLE, List.of(), 0, r))
                .orElseGet(() -> new Reading(State.WAITING, List.of(), source.waiting(), null));
    }

    private void set(Reading r) {
        lines.setAll(r.lines());
        state.set(r.state());
        message.set(switch (r.state()) {
            case NONE -> texts.text("evidence.text.none");
            case NOT_READABLE -> texts.text("evidence.text.notReadable");
            case WAITING -> r.waiting() > 0 ? texts.text("evidence.text.waiting", r.waiting())
                    : texts.text("evidence.text.reading");
            case UNAVAILABLE -> texts.text(r.why());
            case READ -> r.lines().isEmpty() ? texts.text("evidence.text.empty")
                    : texts.text("evidence.text.lines", r.lines().size());
        });
    }

    /** Reads the shown exhibit's text again (its boxes changed, or it has just been read). */
    void refresh() {
        show(shown);
    }

    /** Reads the text again only when the shown exhibit was still waiting for it: one more exhibit has been read. */
    void someTextRead() {
        if (state.get() == State.WAITING) {
            refresh();
        }
    }

    /** The boxes now on the shown exhibit: lines under them go at once, before the boxes are even saved. */
    void redacted(Collection<Redaction> boxes) {
        lines.removeIf(l -> boxes.stream().anyMatch(l::overlaps));
        if (hovered.get() != null && !lines.contains(hovered.get())) {
            hovered.set(null);
        }
    }

    /**
     * The text to put on the clipboard: the chosen lines (all when none is chosen) in reading order, one per line.
     */
    String copy(Collection<RecognisedLine> chosen) {
        List<RecognisedLine> copied = chosen.isEmpty() ? List.copyOf(lines)
                : lines.stream().filter(chosen::contains).toList();
        notice.set(copied.isEmpty() ? "" : texts.text("evidence.text.copied", copied.size()));
        return copied.stream().map(RecognisedLine::text).collect(Collectors.joining("\n"));
    }

    /** Makes the line the shown exhibit's caption, saved as any caption edit is; the old caption can be put back. */
    void useAsCaption(RecognisedLine line) {
        Evidence e = current.get();
        if (e == null || shown == null || e.id() != shown.id() || line == null) {
            return;
        }
        String caption = line.text().strip();
        if (caption.equals(e.caption())) {
            return;
        }
        beforeCaption = e;
        captionUndoable.set(true);
        notice.set(texts.text("evidence.text.captionSet", caption));
        edits.saveCaption(e, caption);
    }

    /** Puts back the caption the last "Use as caption" replaced. */
    void undoCaption() {
        Evidence before = beforeCaption;
        Evidence e = current.get();
        if (before == null || e == null || e.id() != before.id()) {
            return;
        }
        beforeCaption = null;
        captionUndoable.set(false);
        notice.set(texts.text("evidence.text.captionRestored"));
        edits.saveCaption(e, before.caption());
    }
}
