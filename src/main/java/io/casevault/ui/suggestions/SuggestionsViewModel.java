package io.casevault.ui.suggestions;

import io.casevault.app.Suggestion;
import io.casevault.app.SuggestionService;
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

/**
 * The suggestions of one case, to review: each can be accepted or dismissed, or all accepted at once. After every
 * decision the list is read again (accepting a link withdraws the offer to record the same payment) and the caller is
 * told, so the case's views show the change.
 */
public final class SuggestionsViewModel {

    /** The suggestion service, as this view uses it. */
    public interface Source {
        /** The open suggestions and the links CaseVault made by itself. */
        List<Suggestion> review(long caseId);

        Suggestion accept(long id);

        Suggestion dismiss(long id);

        Suggestion undo(long id);

        SuggestionService.AcceptedAll acceptAll(long caseId);
    }

    private final Source source;
    private final Texts texts;
    private final Background background;
    private final long caseId;
    private final Runnable onChanged;
    private final ObservableList<Suggestion> suggestions = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    /** Background work under way (on the FX thread only). */
    private int running;

    /** {@code onChanged} runs after a decision changed the case (its evidence, transactions or captions). */
    public SuggestionsViewModel(Source source, Texts texts, Background background, long caseId, Runnable onChanged) {
        this.source = Objects.requireNonNull(source);
        this.texts = Objects.requireNonNull(texts);
        this.background = Objects.requireNonNull(background);
        this.caseId = caseId;
        this.onChanged = Objects.requireNonNull(onChanged);
    }

    /** Reads the case's open suggestions (proposing afresh first). */
    public void load() {
        run(() -> source.review(caseId), found -> {
            suggestions.setAll(found);
            status.set(found.stream().noneMatch(x -> !applied(x)) ? texts.text("suggestions.none") : "");
        });
    }

    public void accept(Suggestion s) {
        decide(() -> source.accept(s.id()), texts.text("suggestions.accepted", s.exhibit()));
    }

    /** Undoes a link CaseVault made by itself; it is not made again. */
    public void undo(Suggestion s) {
        decide(() -> source.undo(s.id()), texts.text("suggestions.undone", s.exhibit()));
    }

    /** Whether a suggestion is one CaseVault applied by itself (undo it), rather than one waiting (accept it). */
    public static boolean applied(Suggestion s) {
        return s != null && s.state() == Suggestion.State.ACCEPTED;
    }

    public void dismiss(Suggestion s) {
        decide(() -> source.dismiss(s.id()), texts.text("suggestions.dismissed", s.exhibit()));
    }

    public void acceptAll() {
        run(() -> source.acceptAll(caseId), done -> {
            onChanged.run();
            String said = texts.text("suggestions.acceptedAll", done.accepted());
            reload(done.skipped().isEmpty() ? said : said + " " + String.join(" ",
                    done.skipped().stream().map(texts::text).toList()));
        });
    }

    private void decide(Callable<Suggestion> work, String said) {
        run(work, done -> {
            onChanged.run();
            reload(said);
        });
    }

    private void reload(String said) {
        run(() -> source.review(caseId), found -> {
            suggestions.setAll(found);
            status.set(said);
        });
    }

    /** Runs work in the background; busy until it and any work it starts have finished. */
    private <T> void run(Callable<T> work, Consumer<T> then) {
        busy.set(++running > 0);
        Tasks.create(work).title(texts.text("suggestions.working"))
                .onSuccess(then::accept)
                .onError(e -> status.set(texts.describe(e)))
                .andFinally(() -> busy.set(--running > 0))
                .run(background);
    }

    /** One line saying what accepting a suggestion does, in the window's language. */
    public String describe(Suggestion s) {
        Proposal p = s.proposal();
        String what;
        if (p instanceof Proposal.Link l) {
            what = texts.text(l.rule() == Proposal.LinkRule.REFERENCE ? "suggestions.link.reference"
                    : "suggestions.link.amountAndTime", l.transactionId(), l.shown());
        } else if (p instanceof Proposal.Record r) {
            what = texts.text("suggestions.record", money(r.amount().value(), r.amount().knownCurrency()
                    .map(Object::toString).orElse("")), r.at().display(), r.counterparty() == null ? "—"
                    : r.counterparty());
        } else if (p instanceof Proposal.CaptionText c) {
            what = texts.text("suggestions.caption", c.caption());
        } else if (p instanceof Proposal.Cover c) {
            what = texts.text("suggestions.redaction", texts.text("suggestions.sensitive." + c.sensitive().name()));
        } else {
            Proposal.EventTime t = (Proposal.EventTime) p;
            what = texts.text("suggestions.time", t.shown().display(), t.zone().getId());
        }
        return texts.text(applied(s) ? "suggestions.rowApplied" : "suggestions.row", s.exhibit(), what,
                Math.round(s.confidence() * 100));
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
