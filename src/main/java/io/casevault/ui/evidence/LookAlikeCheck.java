package io.casevault.ui.evidence;

import io.casevault.domain.Evidence;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.Tasks;
import io.casevault.ui.common.Texts;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongFunction;

/**
 * Newly added pictures that look the same as an exhibit already in the case ("E-2 looks the same as E-1"), offered
 * one at a time beside the other for the user to decide: keep both, or move the new one to the trash (with Undo).
 * Nothing is merged or removed without that choice. Without controls, so it is tested without the toolkit.
 */
final class LookAlikeCheck {

    /** Which exhibit a picture looks the same as (decodes pictures: called in the background). */
    @FunctionalInterface
    interface Looks {
        Optional<Evidence> sameLookAs(Evidence added, List<Evidence> others);
    }

    /** A new exhibit and the one already in the case it looks like. */
    record Pair(Evidence added, Evidence existing) {
        Pair {
            Objects.requireNonNull(added);
            Objects.requireNonNull(existing);
        }
    }

    private final Looks looks;
    private final Background background;
    private final Consumer<Throwable> failed;
    private final ObservableList<Pair> pending = FXCollections.observableArrayList();
    private final ObjectBinding<Pair> current = Bindings.valueAt(pending, 0);
    private final StringProperty message = new SimpleStringProperty("");

    LookAlikeCheck(Looks looks, Texts texts, Background background, Consumer<Throwable> failed) {
        this.looks = Objects.requireNonNull(looks);
        this.background = Objects.requireNonNull(background);
        this.failed = Objects.requireNonNull(failed);
        message.bind(Bindings.createStringBinding(() -> current.get() == null ? ""
                : texts.text("evidence.lookAlike", current.get().added().exhibit(),
                current.get().existing().exhibit()), current));
    }

    /** The pair the user is asked about now; null when none. */
    ObjectBinding<Pair> current() {
        return current;
    }

    /** "E-2 looks the same as E-1", or empty. */
    ReadOnlyStringProperty message() {
        return message;
    }

    /**
     * Compares each added picture with the case's other exhibits (earlier ones first) in the background; the matches
     * join the pairs to decide on.
     */
    void check(List<Evidence> added, LongFunction<List<Evidence>> caseExhibits) {
        List<Evidence> pictures = added.stream().filter(Evidence::isImage).toList();
        if (pictures.isEmpty()) {
            return;
        }
        long caseId = pictures.get(0).caseId();
        Tasks.create(() -> {
                    List<Evidence> all = caseExhibits.apply(caseId);
                    List<Pair> found = new ArrayList<>();
                    for (Evidence e : pictures) {
                        List<Evidence> earlier = all.stream().filter(o -> o.exhibitNo() < e.exhibitNo()).toList();
                        looks.sameLookAs(e, earlier).ifPresent(o -> found.add(new Pair(e, o)));
                    }
                    return found;
                })
                .cpuBound()
                .onSuccess(pending::addAll)
                .onError(failed::accept)
                .run(background);
    }

    /** The user keeps both exhibits: the next pair, if any, is asked about. */
    void keepBoth() {
        if (!pending.isEmpty()) {
            pending.remove(0);
        }
    }

    /** The user moves the new exhibit to the trash, through {@code trash} (which offers Undo). */
    void trashAdded(Consumer<Evidence> trash) {
        Pair p = current.get();
        if (p != null) {
            pending.remove(0);
            trash.accept(p.added());
        }
    }

    /** Another case is shown: its pairs are no longer asked about. */
    void clear() {
        pending.clear();
    }
}
