package io.casevault.ui.cases;

import io.casevault.domain.Case;
import io.casevault.domain.IncidentDate;
import io.casevault.domain.NewCase;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.Formats;
import io.casevault.ui.common.SaveCommand;
import io.casevault.ui.common.Texts;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The new-case and edit-case dialog: the {@link CaseForm} with its checks, the suggestions the fields offer, the
 * deadline the window gives, and saving through the case service (create or update) in the background.
 */
public final class CaseDialogViewModel {
    private final Texts texts;
    private final Formats formats;
    private final CaseForm form;
    private final LocalDate openedOn;
    private final Function<NewCase, Case> saver;
    private final SaveCommand<Case> save;
    private final BooleanBinding canSave;
    private final StringBinding deadline;

    /**
     * {@code clock} is in the window's zone; {@code existing} is the case to edit, or null for a new one, which
     * {@code saver} creates or updates.
     */
    public CaseDialogViewModel(Texts texts, Background background, Clock clock, Case existing,
                               Function<NewCase, Case> saver) {
        this.texts = Objects.requireNonNull(texts);
        this.formats = new Formats(texts.bundle(), texts.locale(), clock.getZone());
        this.saver = Objects.requireNonNull(saver);
        LocalDate today = LocalDate.now(clock);
        form = new CaseForm(texts::text, today);
        if (existing != null) {
            form.load(existing);
        }
        openedOn = existing == null ? today : existing.openedOn();
        save = new SaveCommand<>(texts, background, texts.text("newcase.saving"), form.serviceError());
        canSave = form.valid().and(save.saving().not());
        // a range starts as one day, from which the user widens it
        form.incidentKind().addListener((o, a, kind) -> {
            if (kind == IncidentDate.Kind.RANGE && form.incidentTo().get() == null) {
                form.incidentTo().set(form.incidentFrom().get());
            }
        });
        deadline = Bindings.createStringBinding(this::deadlineText, form.incidentKind(), form.incidentFrom(),
                form.windowDays());
    }

    public CaseForm form() {
        return form;
    }

    /** Saves the case; {@code onSaved} gets it, or the form's service error says why not. */
    public void save(Consumer<Case> onSaved) {
        save.run(() -> form.toNewCase(openedOn), saver, onSaved);
    }

    /** Valid and not being saved. */
    public BooleanBinding canSave() {
        return canSave;
    }

    /** "Deadline: …" for an incident date and a window in days; empty while either is missing. */
    public StringBinding deadline() {
        return deadline;
    }

    private String deadlineText() {
        LocalDate from = form.incidentFrom().get();
        String days = form.windowDays().get();
        if (form.incidentKind().get() == null || from == null || days == null || !days.strip().matches("\\d{1,4}")) {
            return "";
        }
        return texts.text("newcase.deadline", formats.date(from.plusDays(Integer.parseInt(days.strip()))));
    }

    /** Exact, approximate, range, or not known (null). */
    public List<IncidentDate.Kind> incidentKinds() {
        List<IncidentDate.Kind> kinds = new ArrayList<>(Arrays.asList(IncidentDate.Kind.values()));
        kinds.add(null);
        return kinds;
    }

    public List<String> providerSuggestions() {
        return split("newcase.provider.suggestions");
    }

    public List<String> demandSuggestions() {
        return split("newcase.demands.suggestions");
    }

    Formats formats() {
        return formats;
    }

    private List<String> split(String key) {
        return Arrays.stream(texts.text(key).split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
