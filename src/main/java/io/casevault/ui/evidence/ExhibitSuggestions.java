package io.casevault.ui.evidence;

import io.casevault.app.Suggestion;
import io.casevault.domain.Evidence;
import io.casevault.domain.EvidenceLinks;
import io.casevault.domain.Redaction;
import io.casevault.domain.understanding.Proposal;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.Texts;
import io.casevault.ui.suggestions.SuggestionList;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;

/**
 * The suggestions of the exhibit shown in the inspector, without controls: what CaseVault proposes from its text, to
 * accept, dismiss or undo one at a time (the same {@link SuggestionList} as the case's "Review suggestions" dialog),
 * the boxes of suggested redactions to preview on the picture, and "Record this transaction", which opens the
 * transaction form filled from the screenshot and links what the user saves. After each change the caller is told,
 * so the grid, the details and the case's header show it.
 */
final class ExhibitSuggestions {

    /** For views built without the suggestion service: no decision can be taken. */
    static final SuggestionList.Decisions NO_DECISIONS = new SuggestionList.Decisions() {
        @Override
        public Suggestion accept(long id) {
            throw new IllegalStateException("no suggestion service");
        }

        @Override
        public Suggestion dismiss(long id) {
            throw new IllegalStateException("no suggestion service");
        }

        @Override
        public Suggestion undo(long id) {
            throw new IllegalStateException("no suggestion service");
        }
    };

    /** Opens the transaction form filled with a payment a screenshot shows. */
    @FunctionalInterface
    interface Recorder {
        /** {@code saved} gets the id of the transaction the user saved; nothing when they cancel. */
        void record(Evidence shownOn, Proposal.Record payment, LongConsumer saved);
    }

    private final LongFunction<List<Suggestion>> ofExhibit;
    private final ExhibitEdits.Annotations annotations;
    private final Texts texts;
    private final SuggestionList list;
    private final ObservableList<Redaction> previews = FXCollections.observableArrayList();
    private final IntegerBinding waiting;
    private Evidence shown;

    /**
     * @param ofExhibit an exhibit's open suggestions, then its accepted ones, proposed afresh first
     * @param changed   told the exhibit after a decision changed it (its caption, boxes, links or event time)
     */
    ExhibitSuggestions(SuggestionList.Decisions decisions, LongFunction<List<Suggestion>> ofExhibit,
                       ExhibitEdits.Annotations annotations, Texts texts, Background background,
                       Consumer<Evidence> changed) {
        this.ofExhibit = Objects.requireNonNull(ofExhibit);
        this.annotations = Objects.requireNonNull(annotations);
        this.texts = Objects.requireNonNull(texts);
        Objects.requireNonNull(changed);
        this.list = new SuggestionList(decisions, texts, background, () -> {
            if (shown != null) {
                changed.accept(shown);
            }
        });
        list.suggestions().addListener((ListChangeListener<Suggestion>) c -> previews.setAll(boxes()));
        waiting = Bindings.createIntegerBinding(() -> (int) list.suggestions().stream()
                .filter(s -> !SuggestionList.applied(s)).count(), list.suggestions());
    }

    /** Shows an exhibit's suggestions (only a picture's text is read for them); null shows none. */
    void show(Evidence e) {
        shown = e;
        if (e == null || !e.isImage()) {
            list.clear();
        } else {
            list.load(() -> ofExhibit.apply(e.id()), texts.text("evidence.suggestion.none"));
        }
    }

    /** Reads the shown exhibit's suggestions again, quietly: its text may have been read meanwhile. */
    void refresh() {
        if (shown != null && shown.isImage() && !list.busy().get()) {
            list.reread(texts.text("evidence.suggestion.none"));
        }
    }

    Evidence shown() {
        return shown;
    }

    ObservableList<Suggestion> suggestions() {
        return list.suggestions();
    }

    /** How many suggestions wait for a decision, for the tab's title. */
    IntegerBinding waiting() {
        return waiting;
    }

    /** The boxes of suggested redactions not accepted yet, drawn dashed on the picture until accepted. */
    ObservableList<Redaction> previews() {
        return previews;
    }

    ReadOnlyBooleanProperty busy() {
        return list.busy();
    }

    /** What the last decision did, why it failed, or that nothing is suggested. */
    ReadOnlyStringProperty status() {
        return list.status();
    }

    /**
     * Accepts a suggestion; a transaction to record opens the form instead, so the user checks what was read before it
     * is recorded.
     */
    void accept(Suggestion s, Recorder recorder) {
        if (s.proposal() instanceof Proposal.Record payment) {
            Evidence on = shown;
            recorder.record(on, payment, id -> list.decideAll(() -> link(on, id),
                    linked -> texts.text("evidence.suggestion.recorded", on.exhibit())));
        } else {
            list.accept(s);
        }
    }

    private Long link(Evidence e, long transactionId) {
        EvidenceLinks old = annotations.links(e.id());
        List<Long> ids = new ArrayList<>(old.transactionIds());
        if (!ids.contains(transactionId)) {
            ids.add(transactionId);
            annotations.setLinks(e.id(), new EvidenceLinks(ids.stream().sorted().toList(), old.followUpIds()));
        }
        return transactionId;
    }

    void dismiss(Suggestion s) {
        list.dismiss(s);
    }

    void undo(Suggestion s) {
        list.undo(s);
    }

    static boolean applied(Suggestion s) {
        return SuggestionList.applied(s);
    }

    /** The kind of a suggestion as a short title, e.g. "Suggested caption". */
    String title(Suggestion s) {
        return texts.text("evidence.suggestion.kind." + s.kind().code());
    }

    /** What accepting it does, e.g. "Caption: 转账成功 · ¥1,250.00 · 张三". */
    String detail(Suggestion s) {
        return list.what(s);
    }

    /** How sure CaseVault is, and who found and applied it. */
    String origin(Suggestion s) {
        long percent = Math.round(s.confidence() * 100);
        if (!applied(s)) {
            return texts.text("evidence.suggestion.found", percent);
        }
        return texts.text(s.automatic() ? "evidence.suggestion.automatic" : "evidence.suggestion.accepted", percent);
    }

    private List<Redaction> boxes() {
        return list.suggestions().stream().filter(s -> !applied(s) && s.proposal() instanceof Proposal.Cover)
                .map(s -> ((Proposal.Cover) s.proposal()).box()).toList();
    }
}
