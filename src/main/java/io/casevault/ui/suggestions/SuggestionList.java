package io.casevault.ui.suggestions;

import io.casevault.app.Suggestion;
import io.casevault.domain.understanding.Proposal;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.Tasks;
import io.casevault.ui.common.Texts;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Suggestions shown for review and the decisions on them, shared by the case's "Review suggestions" dialog and the
 * evidence inspector: each can be accepted, dismissed or (once applied) undone. After every decision the list is read
 * again (accepting a link withdraws the offer to record the same payment) and the caller is told, so the case's views
 * show the change. What is read is the caller's choice: a case's suggestions, or one exhibit's.
 */
public final class SuggestionList {

    /** The decisions the suggestion service takes. */
    public interface Decisions {
        Suggestion accept(long id);

        Suggestion dismiss(long id);

        Suggestion undo(long id);
    }

    private final Decisions decisions;
    private final Texts texts;
    private final Background background;
    private final Runnable onChanged;
    private final ObservableList<Suggestion> suggestions = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private Callable<List<Suggestion>> reading = List::of;
    /** Counts the readings asked for: a reading that comes back after a newer one was asked for is dropped. */
    private long generation;
    /** Background work under way (on the FX thread only). */
    private int running;

    /** {@code onChanged} runs after a decision changed the case (its evidence, transactions or captions). */
    public SuggestionList(Decisions decisions, Texts texts, Background background, Runnable onChanged) {
        this.decisions = Objects.requireNonNull(decisions);
        this.texts = Objects.requireNonNull(texts);
        this.background = Objects.requireNonNull(background);
        this.onChanged = Objects.requireNonNull(onChanged);
    }

    /** Whether a suggestion is applied (undo it), rather than one waiting (accept it). */
    public static boolean applied(Suggestion s) {
        return s != null && s.state() == Suggestion.State.ACCEPTED;
    }

    /**
     * Shows what {@code read} finds, now and after every decision; {@code none} is the status when nothing waits
     * (null: keep the status empty).
     */
    public void load(Callable<List<Suggestion>> read, String none) {
        reading = Objects.requireNonNull(read);
        long asked = ++generation;
        status.set("");
        run(read, "suggestions.reading", found -> {
            if (asked == generation) {
                suggestions.setAll(found);
                status.set(afterReading(found, none));
            }
        });
    }

    /**
     * Reads the same suggestions again, quietly (more text may have been read since): the list is not marked busy,
     * and changes only when what is read differs, so a reading every second while screenshots are read leaves the
     * controls as they are. A decision or a new reading asked for meanwhile wins.
     */
    public void reread(String none) {
        long asked = generation;
        Tasks.create(reading)
                .onSuccess(found -> {
                    if (asked == generation && running == 0 && !found.equals(suggestions)) {
                        suggestions.setAll(found);
                        status.set(afterReading(found, none));
                    }
                })
                .onError(e -> status.set(texts.describe(e)))
                .run(background);
    }

    /** The status once {@code found} is shown: {@code none} when nothing in it waits (null: empty). */
    private static String afterReading(List<Suggestion> found, String none) {
        return none != null && found.stream().allMatch(SuggestionList::applied) ? none : "";
    }

    /** Shows nothing (no exhibit is selected); a reading under way is dropped. */
    public void clear() {
        reading = List::of;
        generation++;
        suggestions.clear();
        status.set("");
    }

    public void accept(Suggestion s) {
        decide(() -> decisions.accept(s.id()), texts.text("suggestions.accepted", s.exhibit()));
    }

    public void dismiss(Suggestion s) {
        decide(() -> decisions.dismiss(s.id()), texts.text("suggestions.dismissed", s.exhibit()));
    }

    /** Undoes an applied suggestion; one CaseVault applied by itself is not made again. */
    public void undo(Suggestion s) {
        decide(() -> decisions.undo(s.id()), texts.text("suggestions.undone", s.exhibit()));
    }

    /** Runs a decision on several suggestions in the background, then tells the case and reads the list again. */
    public <T> void decideAll(Callable<T> work, Function<T, String> said) {
        run(work, "suggestions.working", done -> changed(said.apply(done)));
    }

    /** The case changed by other means (a transaction recorded from a suggestion): read the list again. */
    public void changed(String said) {
        onChanged.run();
        reload(said);
    }

    private void decide(Callable<Suggestion> work, String said) {
        run(work, "suggestions.working", done -> changed(said));
    }

    private void reload(String said) {
        long asked = ++generation;
        run(reading, "suggestions.reading", found -> {
            if (asked == generation) {
                suggestions.setAll(found);
                status.set(said);
            }
        });
    }

    /** Runs work in the background, titled for the status bar; busy until it and any work it starts have finished. */
    private <T> void run(Callable<T> work, String titleKey, Consumer<T> then) {
        busy.set(++running > 0);
        Tasks.create(work).title(texts.text(titleKey))
                .onSuccess(then::accept)
                .onError(e -> status.set(texts.describe(e)))
                .andFinally(() -> busy.set(--running > 0))
                .run(background);
    }

    /** One line saying what accepting a suggestion does, with its exhibit and how sure CaseVault is. */
    public String describe(Suggestion s) {
        return texts.text(applied(s) && s.automatic() ? "suggestions.rowApplied" : "suggestions.row", s.exhibit(),
                what(s), Math.round(s.confidence() * 100));
    }

    /** What accepting a suggestion does, in the window's language, e.g. "Caption: 转账成功 · ¥1,250.00". */
    public String what(Suggestion s) {
        Proposal p = s.proposal();
        if (p instanceof Proposal.Link l) {
            return texts.text(l.rule() == Proposal.LinkRule.REFERENCE ? "suggestions.link.reference"
                    : "suggestions.link.amountAndTime", l.transactionId(), l.shown());
        } else if (p instanceof Proposal.Record r) {
            return texts.text("suggestions.record", money(r.amount().value(), r.amount().knownCurrency()
                    .map(Object::toString).orElse("")), r.at().display(), r.counterparty() == null ? "—"
                    : r.counterparty());
        } else if (p instanceof Proposal.CaptionText c) {
            return texts.text("suggestions.caption", c.caption());
        } else if (p instanceof Proposal.Cover c) {
            return texts.text("suggestions.redaction", texts.text("suggestions.sensitive." + c.sensitive().name()));
        }
        Proposal.EventTime t = (Proposal.EventTime) p;
        return texts.text("suggestions.time", t.shown().display(), t.zone().getId());
    }

    private static String money(BigDecimal value, String currency) {
        return (value.toPlainString() + " " + currency).strip().toUpperCase(Locale.ROOT);
    }

    public ObservableList<Suggestion> suggestions() {
        return suggestions;
    }

    /** True while a decision or a reading is under way: the buttons wait. */
    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    /** What the last decision did, or why it failed. */
    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }
}
