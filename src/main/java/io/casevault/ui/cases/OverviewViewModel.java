package io.casevault.ui.cases;

import io.casevault.app.CaseGuidance;
import io.casevault.app.CaseSummary;
import io.casevault.app.GuidanceTexts;
import io.casevault.domain.Case;
import io.casevault.domain.CaseStatus;
import io.casevault.domain.StatusChange;
import io.casevault.domain.guidance.ClockRule;
import io.casevault.domain.guidance.ClockRules;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.CaseChanges;
import io.casevault.ui.common.Formats;
import io.casevault.ui.common.Notifier;
import io.casevault.ui.common.Tasks;
import io.casevault.ui.common.Texts;
import io.casevault.ui.guidance.GuidanceSummary;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The overview of one case, worded for the user: its facts, demands, deadline and status history, and its guidance;
 * commands change the status, move the case to the trash (with Undo) and save its response times.
 */
public final class OverviewViewModel {

    /** What the overview reads and changes. */
    public interface Services {
        CaseSummary summary(long caseId, LocalDate today);

        List<StatusChange> statusChanges(long caseId);

        CaseGuidance guidance(long caseId, LocalDate today);

        Case changeStatus(long caseId, CaseStatus status, String note);

        void trash(long caseId);

        void purge(long caseId);

        void restore(long caseId);

        ClockRules presets();

        List<ClockRule> rules(long caseId);

        List<ClockRule> setRules(long caseId, List<ClockRule> rules);
    }

    /** Lets the user edit the response times: the presets and the case's rules in, the edited rules out. */
    @FunctionalInterface
    public interface ClockEditor {
        Optional<List<ClockRule>> edit(ClockRules presets, List<ClockRule> current);
    }

    /** Everything the overview shows, loaded together off the FX thread. */
    private record Loaded(CaseSummary summary, List<StatusChange> history, GuidanceSummary guidance) {
    }

    private final Services services;
    private final Texts texts;
    private final Formats formats;
    private final Background background;
    private final Notifier notifier;
    private final CaseChanges changes;
    private final Clock clock;
    private final ZoneId zone;
    private final ObjectProperty<Case> current = new SimpleObjectProperty<>();
    private final StringProperty category = new SimpleStringProperty("");
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty incident = new SimpleStringProperty("");
    private final StringProperty deadline = new SimpleStringProperty("");
    private final StringProperty account = new SimpleStringProperty("");
    private final StringProperty opened = new SimpleStringProperty("");
    private final StringProperty facts = new SimpleStringProperty("");
    private final ObservableList<String> demands = FXCollections.observableArrayList();
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final ObjectProperty<CaseStatus> status = new SimpleObjectProperty<>();
    private final StringProperty statusNote = new SimpleStringProperty("");
    private final StringProperty trashText = new SimpleStringProperty("");
    private final ObjectProperty<GuidanceSummary> guidance = new SimpleObjectProperty<>();

    public OverviewViewModel(Services services, Texts texts, Formats formats, Background background,
                             Notifier notifier, CaseChanges changes, Clock clock, ZoneId zone) {
        this.services = Objects.requireNonNull(services);
        this.texts = Objects.requireNonNull(texts);
        this.formats = Objects.requireNonNull(formats);
        this.background = Objects.requireNonNull(background);
        this.notifier = Objects.requireNonNull(notifier);
        this.changes = Objects.requireNonNull(changes);
        this.clock = Objects.requireNonNull(clock);
        this.zone = Objects.requireNonNull(zone);
    }

    /** Loads the case and shows it. */
    public void show(long caseId) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        GuidanceTexts guidanceTexts = GuidanceTexts.of(texts.locale());
        String met = texts.text("guidance.met");
        Tasks.create(() -> new Loaded(services.summary(caseId, today), services.statusChanges(caseId),
                        GuidanceSummary.of(services.guidance(caseId, today), guidanceTexts, formats, met)))
                .title(texts.text("overview.loading"))
                .onSuccess(this::show)
                .onError(e -> notifier.error(texts.text("overview.loadFailed"), texts.describe(e)))
                .run(background);
    }

    private void show(Loaded loaded) {
        Case c = loaded.summary().theCase();
        category.set(formats.category(c.category()));
        amount.set(c.amount() == null ? texts.text("overview.none") : formats.money(c.amount()));
        incident.set(formats.incident(c.incident()));
        deadline.set(c.deadline().map(d -> texts.text("overview.deadlineValue", formats.date(d),
                formats.daysLeft(loaded.summary().daysLeft()))).orElse(texts.text("overview.noDeadline")));
        account.set(c.accountRef() == null ? texts.text("overview.none") : c.maskedAccountRef());
        opened.set(formats.date(c.openedOn()));
        facts.set(c.facts().isEmpty() ? texts.text("overview.noFacts") : c.facts());
        demands.setAll(c.demands().stream().map(d -> "• " + d).toList());
        status.set(c.status());
        statusNote.set("");
        List<StatusChange> newestFirst = new ArrayList<>(loaded.history());
        Collections.reverse(newestFirst);
        history.setAll(newestFirst.stream().map(this::historyLine).toList());
        trashText.set(texts.text(c.sample() ? "overview.removeSample" : "overview.trash"));
        guidance.set(loaded.guidance());
        current.set(c);
    }

    private String historyLine(StatusChange change) {
        String line = change.from() == null
                ? texts.text("overview.history.opened", formats.dateTime(change.at()), formats.status(change.to()))
                : texts.text("overview.history.changed", formats.dateTime(change.at()), formats.status(change.from()),
                        formats.status(change.to()));
        return change.note().isEmpty() ? line : line + " — " + change.note();
    }

    /** Records the chosen status with the note. */
    public void changeStatus() {
        Case c = current.get();
        CaseStatus chosen = status.get();
        if (c == null || chosen == null) {
            return;
        }
        String note = statusNote.get();
        Tasks.create(() -> services.changeStatus(c.id(), chosen, note))
                .title(texts.text("overview.status.saving"))
                .onSuccess(saved -> changes.caseChanged(c.id()))
                .onError(e -> notifier.error(texts.text("overview.status.failed"), texts.describe(e)))
                .run(background);
    }

    /** Moves the case to the trash with an Undo; the sample case is removed for good, as the user asked. */
    public void trash() {
        Case c = current.get();
        if (c == null) {
            return;
        }
        boolean purge = c.sample();
        Tasks.create(() -> {
            services.trash(c.id());
            if (purge) {
                services.purge(c.id());
            }
            return c;
        }).title(texts.text("overview.trashing")).onSuccess(done -> {
            current.set(null);
            changes.caseRemoved(c.id());
            if (purge) {
                notifier.info(texts.text("overview.sampleRemoved"), c.title());
            } else {
                notifier.info(texts.text("overview.trashed"), c.title(), texts.text("app.undo"), () -> restore(c));
            }
        }).onError(e -> notifier.error(texts.text("overview.trashFailed"), texts.describe(e))).run(background);
    }

    private void restore(Case c) {
        Tasks.create(() -> {
            services.restore(c.id());
            return c;
        }).title(texts.text("overview.restoring"))
                .onSuccess(done -> changes.caseAdded(c.id()))
                .onError(e -> notifier.error(texts.text("overview.restoreFailed"), texts.describe(e)))
                .run(background);
    }

    /** Loads the case's response times, lets the editor change them and saves what it returns. */
    public void editClocks(ClockEditor editor) {
        Case c = current.get();
        if (c == null) {
            return;
        }
        long id = c.id();
        Tasks.create(() -> services.rules(id))
                .onSuccess(rules -> editor.edit(services.presets(), rules).ifPresent(edited -> saveClocks(id, edited)))
                .onError(e -> notifier.error(texts.text("deadline.saveFailed"), texts.describe(e)))
                .run(background);
    }

    private void saveClocks(long id, List<ClockRule> rules) {
        Tasks.create(() -> services.setRules(id, rules))
                .title(texts.text("deadline.saving"))
                .onSuccess(saved -> changes.caseChanged(id))
                .onError(e -> notifier.error(texts.text("deadline.saveFailed"), texts.describe(e)))
                .run(background);
    }

    /** Tells the window the case changed (after an edit or a logged letter). */
    public void changed() {
        Case c = current.get();
        if (c != null) {
            changes.caseChanged(c.id());
        }
    }

    /** The case shown, or null before one loads and after it left. */
    public ReadOnlyObjectProperty<Case> current() {
        return current;
    }

    public StringProperty category() {
        return category;
    }

    public StringProperty amount() {
        return amount;
    }

    public StringProperty incident() {
        return incident;
    }

    public StringProperty deadline() {
        return deadline;
    }

    public StringProperty account() {
        return account;
    }

    public StringProperty opened() {
        return opened;
    }

    public StringProperty facts() {
        return facts;
    }

    /** The demands as bullet lines; empty when there are none. */
    public ObservableList<String> demands() {
        return demands;
    }

    /** The status changes, newest first, one line each. */
    public ObservableList<String> history() {
        return history;
    }

    /** The status to change to (shown as the current one after loading). */
    public ObjectProperty<CaseStatus> status() {
        return status;
    }

    public StringProperty statusNote() {
        return statusNote;
    }

    /** "Move to trash", or "Remove sample case" for the sample. */
    public StringProperty trashText() {
        return trashText;
    }

    public ReadOnlyObjectProperty<GuidanceSummary> guidance() {
        return guidance;
    }
}
