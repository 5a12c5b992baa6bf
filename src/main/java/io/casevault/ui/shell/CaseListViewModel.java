package io.casevault.ui.shell;

import io.casevault.app.CaseSearch;
import io.casevault.app.CaseSummary;
import io.casevault.domain.Case;
import io.casevault.domain.CaseStatus;
import io.casevault.domain.guidance.Deadline;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.CaseChanges;
import io.casevault.ui.common.Formats;
import io.casevault.ui.common.Notifier;
import io.casevault.ui.common.Tasks;
import io.casevault.ui.common.Texts;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.transformation.FilteredList;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The case list: every case of the vault, the search and status filter over it, and which case is selected. Loading
 * and searching run in the background; the model never touches controls.
 */
public final class CaseListViewModel implements CaseChanges {

    /** What the case list reads from the vault. */
    public interface Services {
        List<CaseSummary> list(LocalDate today);

        /** Per case, its most urgent deadline not met yet. */
        Map<Long, Deadline> nextDeadlines();

        /** Case id → how many of its transactions match the text. */
        Map<Long, Integer> casesMatching(String text);

        /** Case id → how many of its screenshots hold the text (outside redactions); none where nothing is read. */
        default Map<Long, Integer> casesByScreenshotText(String text) {
            return Map.of();
        }

        /**
         * Gets the search ready as typing starts: what it scans is read into memory in the background, once until the
         * vault is next written (it returns at once).
         */
        default void prepareSearch() {
        }

        /** Both at once: per case, matching transactions and matching screenshots. */
        default CaseSearch.Matches search(String text) {
            return new CaseSearch.Matches(casesMatching(text), casesByScreenshotText(text));
        }
    }

    /** Runs an action once typing pauses: restarting it forgets the earlier one. */
    @FunctionalInterface
    public interface Pause {
        void restart(Runnable then);
    }

    /** The cases as read at one moment, with each case's most urgent deadline not met yet. */
    public record Listing(List<CaseSummary> cases, Map<Long, Deadline> nextDeadlines) {
        public Listing {
            Objects.requireNonNull(cases);
            Objects.requireNonNull(nextDeadlines);
        }

        /** Reads the listing from the vault; off the FX thread. */
        public static Listing read(Services services, LocalDate today) {
            return new Listing(services.list(today), services.nextDeadlines());
        }
    }

    /** The line under a case about its most urgent deadline other than the badge's, and whether it is overdue. */
    public record DueLine(String text, boolean overdue) {
    }

    private final Services services;
    private final Texts texts;
    private final Formats formats;
    private final Background background;
    private final Notifier notifier;
    private final Clock clock;
    private final ZoneId zone;
    private final Pause searchPause;
    private final ObservableList<CaseSummary> cases = FXCollections.observableArrayList();
    private final FilteredList<CaseSummary> visible = new FilteredList<>(cases, c -> true);
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<CaseStatus> statusFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> selectedId = new SimpleObjectProperty<>();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    /** Counts the loads applied, so views showing a case's summary show the new one. */
    private final IntegerProperty revision = new SimpleIntegerProperty();
    private final ObservableMap<Long, Deadline> nextDue = FXCollections.observableHashMap();
    /** Case id → how many of its transactions match the search text; filled in the background. */
    private final ObjectProperty<Map<Long, Integer>> transactionMatches = new SimpleObjectProperty<>(Map.of());
    /** Case id → how many of its screenshots' recognised text matches the search text. */
    private final ObjectProperty<Map<Long, Integer>> screenshotMatches = new SimpleObjectProperty<>(Map.of());

    public CaseListViewModel(Services services, Texts texts, Formats formats, Background background,
                             Notifier notifier, Clock clock, ZoneId zone, Pause searchPause) {
        this.services = Objects.requireNonNull(services);
        this.texts = Objects.requireNonNull(texts);
        this.formats = Objects.requireNonNull(formats);
        this.background = Objects.requireNonNull(background);
        this.notifier = Objects.requireNonNull(notifier);
        this.clock = Objects.requireNonNull(clock);
        this.zone = Objects.requireNonNull(zone);
        this.searchPause = Objects.requireNonNull(searchPause);
        query.addListener((o, a, b) -> {
            refilter();
            if (!queryText().isEmpty()) {
                services.prepareSearch(); // read while typing pauses; cheap once done
            }
            this.searchPause.restart(this::searchTransactions);
        });
        statusFilter.addListener((o, a, b) -> refilter());
    }

    /**
     * The search also looks through every transaction of the vault (counterparty, reference numbers, method, note), so
     * a case is found by the name or the reference number of one of its payments; typing waits a moment first.
     */
    private void searchTransactions() {
        String text = queryText();
        if (text.isEmpty()) {
            screenshotMatches.set(Map.of());
            transactionMatches.set(Map.of());
            refilter();
            return;
        }
        Tasks.create(() -> services.search(text))
                .title(texts.text("caselist.searching"))
                .onSuccess(found -> {
                    if (text.equals(queryText())) {
                        screenshotMatches.set(Map.copyOf(found.screenshots()));
                        transactionMatches.set(Map.copyOf(found.transactions()));
                        refilter();
                        selectFirstFoundWhenTheSelectedIsHidden();
                    }
                })
                .onError(e -> notifier.error(texts.text("caselist.searchFailed"), texts.describe(e)))
                .run(background);
    }

    /**
     * More screenshots have been read: a search under way is asked again, so the cases found by the text of
     * screenshots read since are listed too.
     */
    public void screenshotTextRead() {
        if (!queryText().isEmpty()) {
            searchTransactions();
        }
    }

    private String queryText() {
        return query.get() == null ? "" : query.get().strip();
    }

    /**
     * Once typing pauses and the search has its answer: when it hides the case on the right, show the first case
     * found instead, so the window never shows a case the list does not.
     */
    private void selectFirstFoundWhenTheSelectedIsHidden() {
        Long id = selectedId.get();
        boolean shown = id != null && visible.stream().anyMatch(c -> c.theCase().id() == id);
        if (!shown && !visible.isEmpty()) {
            selectedId.set(visible.get(0).theCase().id());
        }
    }

    /** How many transactions of each case match the current search text (empty without a search). */
    public ObjectProperty<Map<Long, Integer>> transactionMatches() {
        return transactionMatches;
    }

    /** How many screenshots of each case hold the current search text (empty without a search). */
    public ObjectProperty<Map<Long, Integer>> screenshotMatches() {
        return screenshotMatches;
    }

    /**
     * "2 matching transactions · 1 matching screenshot" under a case the search found by its payments or the text of
     * its screenshots, or null.
     */
    public String matchLine(long caseId) {
        Integer tx = transactionMatches.get().get(caseId);
        Integer shots = screenshotMatches.get().get(caseId);
        if (tx == null && shots == null) {
            return null;
        }
        String txLine = tx == null ? null : texts.text("caselist.txMatches", tx);
        String shotLine = shots == null ? null : texts.text("caselist.screenshotMatches", shots);
        return txLine == null ? shotLine : shotLine == null ? txLine : txLine + " · " + shotLine;
    }

    public ObservableList<CaseSummary> cases() {
        return cases;
    }

    public FilteredList<CaseSummary> visible() {
        return visible;
    }

    public StringProperty query() {
        return query;
    }

    public ObjectProperty<CaseStatus> statusFilter() {
        return statusFilter;
    }

    /** The case shown on the right, or null. */
    public ObjectProperty<Long> selectedId() {
        return selectedId;
    }

    /** True once the first load finished, so the welcome view never flashes before the cases arrive. */
    public BooleanProperty loaded() {
        return loaded;
    }

    /** Goes up each time the cases were loaded again: views showing a summary or a due line show them anew. */
    public ReadOnlyIntegerProperty revision() {
        return revision;
    }

    /** Per case, its most urgent deadline not met yet (complaint window, response clock or planned follow-up). */
    public ObservableMap<Long, Deadline> nextDue() {
        return nextDue;
    }

    public Optional<CaseSummary> selected() {
        Long id = selectedId.get();
        return id == null ? Optional.empty() : cases.stream().filter(c -> c.theCase().id() == id).findFirst();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /**
     * The case's most urgent deadline when it is a response clock or a planned follow-up (the complaint window has
     * its own badge), worded for the list and the header.
     */
    public Optional<DueLine> dueLine(CaseSummary s) {
        Deadline d = nextDue.get(s.theCase().id());
        if (d == null || d.kind() == Deadline.Kind.COMPLAINT_WINDOW || s.theCase().status().isClosed()) {
            return Optional.empty();
        }
        long days = d.daysLeft(today());
        String what = d.kind() == Deadline.Kind.RESPONSE
                ? texts.text("deadline.short.RESPONSE", texts.text("followup.channel." + d.channel().name()))
                : texts.text("deadline.short.FOLLOW_UP");
        return Optional.of(new DueLine(texts.text("deadline.short", what, formats.daysLeft(days)), days < 0));
    }

    /** Loads the cases again, then selects {@code select} (or keeps the selection when null). */
    public void reload(Long select) {
        load(select, true);
    }

    /**
     * Shows cases read beforehand as {@link #reload(Long)} would once it has read them: at start they are read with
     * the vault, so the window's first frame with content already lists them.
     */
    public void show(Listing listing, Long select) {
        apply(listing, select, true);
    }

    /**
     * Loads the cases again; with {@code showAgain} the selection is set afresh (its views show the case again),
     * without it only the list, the header and whatever follows {@link #revision()} refresh.
     */
    private void load(Long select, boolean showAgain) {
        LocalDate today = today();
        Tasks.create(() -> Listing.read(services, today))
                .title(texts.text("caselist.loading"))
                .onSuccess(listing -> apply(listing, select, showAgain))
                .onError(e -> notifier.error(texts.text("caselist.loadFailed"), texts.describe(e)))
                .run(background);
    }

    private void apply(Listing listing, Long select, boolean showAgain) {
        nextDue.clear();
        nextDue.putAll(listing.nextDeadlines());
        List<CaseSummary> list = listing.cases();
        Long keep = select != null ? select : selectedId.get();
        cases.setAll(list);
        loaded.set(true);
        Long next = keep != null && list.stream().anyMatch(c -> c.theCase().id() == keep) ? keep
                : visible.isEmpty() ? null : visible.get(0).theCase().id();
        if (showAgain || !Objects.equals(next, selectedId.get())) {
            // Fire even when the id is the same: listeners show the case again with its new data.
            selectedId.set(null);
            selectedId.set(next);
        }
        revision.set(revision.get() + 1);
    }

    private void refilter() {
        String q = queryText().toLowerCase(Locale.ROOT);
        CaseStatus status = statusFilter.get();
        visible.setPredicate(s -> (matches(s.theCase(), q) || transactionMatches.get().containsKey(s.theCase().id())
                || screenshotMatches.get().containsKey(s.theCase().id()))
                && (status == null || s.theCase().status() == status));
    }

    static boolean matches(Case c, String q) {
        if (q.isEmpty()) {
            return true;
        }
        return contains(c.title(), q) || contains(c.provider(), q) || c.tags().stream().anyMatch(t -> contains(t, q));
    }

    private static boolean contains(String text, String q) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(q);
    }

    @Override
    public void caseChanged(long caseId) {
        reload(caseId);
    }

    @Override
    public void recordsChanged(long caseId) {
        load(null, false);
    }

    @Override
    public void caseRemoved(long caseId) {
        if (selectedId.get() != null && selectedId.get() == caseId) {
            selectedId.set(null);
        }
        reload(null);
    }

    @Override
    public void caseAdded(long caseId) {
        query.set("");
        statusFilter.set(null);
        reload(caseId);
    }
}
