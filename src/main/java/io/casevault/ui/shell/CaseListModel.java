package io.casevault.ui.shell;

import io.casevault.app.CaseSummary;
import io.casevault.domain.Case;
import io.casevault.domain.CaseStatus;
import io.casevault.domain.guidance.Deadline;
import io.casevault.ui.common.CaseChanges;
import io.casevault.ui.common.Tasks;
import io.casevault.ui.common.UiContext;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.transformation.FilteredList;
import javafx.concurrent.Task;
import javafx.util.Duration;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The case list: every case of the vault, the search and status filter over it, and which case is selected. Loading
 * runs in the background; the model never touches controls.
 */
public final class CaseListModel implements CaseChanges {
    private final UiContext ctx;
    private final ObservableList<CaseSummary> cases = FXCollections.observableArrayList();
    private final FilteredList<CaseSummary> visible = new FilteredList<>(cases, c -> true);
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<CaseStatus> statusFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> selectedId = new SimpleObjectProperty<>();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final ObservableMap<Long, Deadline> nextDue = FXCollections.observableHashMap();
    /** Case id → how many of its transactions match the search text; filled in the background. */
    private final ObjectProperty<Map<Long, Integer>> transactionMatches = new SimpleObjectProperty<>(Map.of());
    private final PauseTransition searchPause = new PauseTransition(Duration.millis(150));
    private Task<Map<Long, Integer>> searching;

    public CaseListModel(UiContext ctx) {
        this.ctx = ctx;
        query.addListener((o, a, b) -> {
            refilter();
            searchPause.playFromStart();
        });
        statusFilter.addListener((o, a, b) -> refilter());
        searchPause.setOnFinished(e -> searchTransactions());
    }

    /**
     * The search also looks through every transaction of the vault (counterparty, reference numbers, method, note), so
     * a case is found by the name or the reference number of one of its payments; typing waits a moment first.
     */
    private void searchTransactions() {
        if (searching != null) {
            searching.cancel();
        }
        String text = query.get() == null ? "" : query.get().strip();
        if (text.isEmpty()) {
            transactionMatches.set(Map.of());
            refilter();
            return;
        }
        searching = Tasks.create(() -> ctx.session().transactions().casesMatching(text))
                .title(ctx.text("caselist.searching"))
                .onSuccess(found -> {
                    if (text.equals(query.get() == null ? "" : query.get().strip())) {
                        transactionMatches.set(Map.copyOf(found));
                        refilter();
                        selectFirstFoundWhenTheSelectedIsHidden();
                    }
                })
                .onError(e -> ctx.notifier().error(ctx.text("caselist.searchFailed"), ctx.describe(e)))
                .build();
        ctx.background().execute(searching);
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

    /** Per case, its most urgent deadline not met yet (complaint window, response clock or planned follow-up). */
    public ObservableMap<Long, Deadline> nextDue() {
        return nextDue;
    }

    public Optional<CaseSummary> selected() {
        Long id = selectedId.get();
        return id == null ? Optional.empty() : cases.stream().filter(c -> c.theCase().id() == id).findFirst();
    }

    public LocalDate today() {
        return LocalDate.now(ctx.clock().withZone(ctx.zone()));
    }

    /** Loads the cases again, then selects {@code select} (or keeps the selection when null). */
    public void reload(Long select) {
        Tasks.create(() -> Map.entry(ctx.session().cases().list(today()), ctx.session().guidance().nextDeadlines()))
                .title(ctx.text("caselist.loading"))
                .onSuccess(loadedCases -> {
                    nextDue.clear();
                    nextDue.putAll(loadedCases.getValue());
                    apply(loadedCases.getKey(), select);
                })
                .onError(e -> ctx.notifier().error(ctx.text("caselist.loadFailed"), ctx.describe(e)))
                .run(ctx);
    }

    /** Replaces the list (FX thread); used by {@link #reload} and by tests that load synchronously. */
    public void apply(List<CaseSummary> list, Long select) {
        Long keep = select != null ? select : selectedId.get();
        cases.setAll(list);
        loaded.set(true);
        Long next = keep != null && list.stream().anyMatch(c -> c.theCase().id() == keep) ? keep
                : visible.isEmpty() ? null : visible.get(0).theCase().id();
        // Fire even when the id is the same: listeners show the case again with its new data.
        selectedId.set(null);
        selectedId.set(next);
    }

    private void refilter() {
        String q = query.get() == null ? "" : query.get().strip().toLowerCase(Locale.ROOT);
        CaseStatus status = statusFilter.get();
        visible.setPredicate(s -> (matches(s.theCase(), q) || transactionMatches.get().containsKey(s.theCase().id()))
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
