package io.casevault.ui.suggestions;

import io.casevault.app.Suggestion;
import io.casevault.app.SuggestionService;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.Texts;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Objects;

/**
 * The suggestions of one case, to review: each can be accepted or dismissed, or all accepted at once. The list and
 * the decisions are a {@link SuggestionList}, as in the evidence inspector; this adds the case's reading, "Accept all"
 * and undoing what it applied in one step.
 */
public final class SuggestionsViewModel {

    /** The suggestion service, as this view uses it. */
    public interface Source extends SuggestionList.Decisions {
        /** The open suggestions and the links CaseVault made by itself. */
        List<Suggestion> review(long caseId);

        SuggestionService.AcceptedAll acceptAll(long caseId);

        /** Undoes what one "Accept all" applied; how many were undone. */
        int undoAll(List<Long> ids);
    }

    private final Source source;
    private final Texts texts;
    private final long caseId;
    private final SuggestionList list;
    /** What the last "Accept all" in this view applied, until it is undone. */
    private final ReadOnlyListWrapper<Long> lastAccepted = new ReadOnlyListWrapper<>(
            FXCollections.observableArrayList());

    /** {@code onChanged} runs after a decision changed the case (its evidence, transactions or captions). */
    public SuggestionsViewModel(Source source, Texts texts, Background background, long caseId, Runnable onChanged) {
        this.source = Objects.requireNonNull(source);
        this.texts = Objects.requireNonNull(texts);
        this.caseId = caseId;
        this.list = new SuggestionList(source, texts, background, onChanged);
    }

    /** Reads the case's open suggestions (proposing afresh first). */
    public void load() {
        list.load(() -> source.review(caseId), texts.text("suggestions.none"));
    }

    public void accept(Suggestion s) {
        list.accept(s);
    }

    /** Undoes a link CaseVault made by itself; it is not made again. */
    public void undo(Suggestion s) {
        list.undo(s);
    }

    /** Whether a suggestion is one CaseVault applied by itself (undo it), rather than one waiting (accept it). */
    public static boolean applied(Suggestion s) {
        return SuggestionList.applied(s);
    }

    public void dismiss(Suggestion s) {
        list.dismiss(s);
    }

    /** Accepts every open suggestion of the case; what it applied can be undone together ({@link #undoAll}). */
    public void acceptAll() {
        list.decideAll(() -> source.acceptAll(caseId), done -> {
            lastAccepted.setAll(done.ids());
            String said = texts.text("suggestions.acceptedAll", done.accepted());
            return done.skipped().isEmpty() ? said : said + " " + String.join(" ",
                    done.skipped().stream().map(texts::text).toList());
        });
    }

    /** Undoes what the last "Accept all" applied (those undone one by one meanwhile stay as they are). */
    public void undoAll() {
        List<Long> ids = List.copyOf(lastAccepted);
        lastAccepted.clear();
        list.decideAll(() -> source.undoAll(ids), undone -> texts.text("suggestions.undoneAll", undone));
    }

    /** What the last "Accept all" applied, while it can be undone together; empty otherwise. */
    public ReadOnlyListProperty<Long> lastAccepted() {
        return lastAccepted.getReadOnlyProperty();
    }

    /** One line saying what accepting a suggestion does, in the window's language. */
    public String describe(Suggestion s) {
        return list.describe(s);
    }

    public ObservableList<Suggestion> suggestions() {
        return list.suggestions();
    }

    /** True while a decision or a reading is under way: the buttons wait. */
    public ReadOnlyBooleanProperty busy() {
        return list.busy();
    }

    /** What the last decision did, or why it failed. */
    public ReadOnlyStringProperty status() {
        return list.status();
    }
}
