package io.casevault.ui.timeline;

import io.casevault.app.CaseTimeline;
import io.casevault.app.MailThreadService.MailConversation;
import io.casevault.domain.Evidence;
import io.casevault.domain.FollowUp;
import io.casevault.domain.NewFollowUp;
import io.casevault.domain.TimelineEvent;
import io.casevault.domain.guidance.Deadline;
import io.casevault.domain.guidance.DeadlineMath;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.CaseChanges;
import io.casevault.ui.common.Formats;
import io.casevault.ui.common.Notifier;
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
import javafx.collections.transformation.FilteredList;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.LongConsumer;

/**
 * A case's timeline without controls: every dated event worded in the user's language, the kinds shown, the count,
 * the row to select, and the commands that open an exhibit and log a follow-up.
 */
final class TimelineViewModel {

    /** What the timeline reads. */
    interface Source {
        CaseTimeline caseTimeline(long caseId, ZoneId zone);

        /** The case's deadlines, response clocks among them. */
        List<Deadline> deadlines(long caseId);

        /** The case's exhibits, which a follow-up may link. */
        List<Evidence> exhibits(long caseId);

        /** The case's e-mail conversations, shown as expandable groups; none unless the window wires them. */
        default List<MailConversation> conversations(long caseId) {
            return List.of();
        }
    }

    /** How a row takes part in an e-mail conversation's group. */
    enum Fold { NONE, COLLAPSED, EXPANDED, MEMBER }

    /** Stores a logged follow-up with the exhibits it links. */
    @FunctionalInterface
    interface FollowUps {
        FollowUp add(NewFollowUp followUp, List<Long> evidenceIds);
    }

    private final Source source;
    private final FollowUps followUps;
    private final Texts texts;
    private final Background background;
    private final Clock clock;
    private final Notifier notifier;
    private final CaseChanges changes;
    private final ObservableList<TimelineRow> rows = FXCollections.observableArrayList();
    private final FilteredList<TimelineRow> visible = new FilteredList<>(rows);
    private final Map<TimelineEvent.Kind, BooleanProperty> shown = new EnumMap<>(TimelineEvent.Kind.class);
    private final StringProperty count = new SimpleStringProperty("");
    private final BooleanProperty logging = new SimpleBooleanProperty(false);
    private final ObjectProperty<TimelineRow> selected = new SimpleObjectProperty<>();
    private LongConsumer onEvidenceOpened = id -> {
    };
    private final Set<String> expanded = new HashSet<>();
    private ThreadGroups.Grouped groups = new ThreadGroups.Grouped(List.of(), Map.of(), Map.of());
    /** How many of the rows are events: the count's "of 40". */
    private long events;
    private long caseId;
    private long generation;
    /** What the rows shown were built from, or null before the first load; set on the FX thread. */
    private Basis shownBasis;

    /** @param clock the clock in the user's time zone: dates are written, and deadlines judged, in it */
    /** @param changes told when a logged follow-up changed the case, so its header and list entry refresh */
    TimelineViewModel(Source source, FollowUps followUps, Texts texts, Background background, Clock clock,
                      Notifier notifier, CaseChanges changes) {
        this.source = Objects.requireNonNull(source);
        this.followUps = Objects.requireNonNull(followUps);
        this.texts = Objects.requireNonNull(texts);
        this.background = Objects.requireNonNull(background);
        this.clock = Objects.requireNonNull(clock);
        this.notifier = Objects.requireNonNull(notifier);
        this.changes = Objects.requireNonNull(changes);
        for (TimelineEvent.Kind kind : TimelineEvent.Kind.values()) {
            BooleanProperty on = new SimpleBooleanProperty(true);
            on.addListener((o, a, b) -> applyFilter());
            shown.put(kind, on);
        }
    }

    /** The rows of the kinds shown, in time order. */
    ObservableList<TimelineRow> visibleRows() {
        return visible;
    }

    /** Whether rows of this kind are shown. */
    BooleanProperty shown(TimelineEvent.Kind kind) {
        return shown.get(kind);
    }

    /** "12 of 40 events". */
    ReadOnlyStringProperty count() {
        return count;
    }

    /** True from "Log follow-up" until its dialog closes: one dialog at a time. */
    ReadOnlyBooleanProperty logging() {
        return logging;
    }

    /** The row to select and bring into view, such as a follow-up just logged. */
    ReadOnlyObjectProperty<TimelineRow> selected() {
        return selected;
    }

    void setOnEvidenceOpened(LongConsumer handler) {
        this.onEvidenceOpened = Objects.requireNonNull(handler);
    }

    void showCase(long id) {
        if (id != caseId) {
            expanded.clear();
        }
        caseId = id;
        reload(null);
    }

    private void reload(Long selectFollowUp) {
        long id = caseId;
        long load = ++generation;
        ZoneId zone = clock.getZone();
        Locale locale = formatLocale(texts.locale());
        TimelineRows words = new TimelineRows(texts.bundle()::getString, locale, zone,
                new Formats(texts.bundle(), locale, zone));
        Basis before = shownBasis;
        Tasks.create(() -> {
                    CaseTimeline t = source.caseTimeline(id, zone);
                    List<Deadline> deadlines = source.deadlines(id);
                    List<MailConversation> conversations = source.conversations(id);
                    LocalDate today = LocalDate.now(clock);
                    Basis basis = new Basis(t, deadlines, conversations, today, locale);
                    if (basis.equals(before)) {
                        return Optional.<Built>empty(); // the rows shown say all this already
                    }
                    List<TimelineRow> built = words.withClocks(words.build(t.theCase(), t.events(), t.followUps(),
                            t.transactions(), t.eventTimes()), deadlines, clock.instant(), zone);
                    ThreadGroups.Grouped grouped = ThreadGroups.fold(built, conversations, t.followUps(), deadlines,
                            g -> words.threadHeader(g, today));
                    return Optional.of(new Built(basis, grouped, events(grouped)));
                })
                .title(texts.text("timeline.task.load"))
                .onSuccess(built -> {
                    if (load != generation) {
                        return; // another case, or a newer load of this one, was asked for meanwhile
                    }
                    built.ifPresent(b -> {
                        shownBasis = b.basis();
                        groups = b.grouped();
                        events = b.events();
                        // the filter for the new groups first: the new rows are then filtered once, as they come
                        setPredicate();
                        rows.setAll(b.grouped().rows());
                        countShown();
                    });
                    if (selectFollowUp != null) {
                        select(selectFollowUp);
                    }
                })
                .onError(e -> notifier.error(texts.text("timeline.error.title"), texts.describe(e)))
                .run(background);
    }

    /** What the rows were built from: reading the same again (reopening the tab) keeps the rows shown. */
    private record Basis(CaseTimeline timeline, List<Deadline> deadlines, List<MailConversation> conversations,
                         LocalDate today, Locale locale) {
    }

    /** @param events how many of the rows are events ({@link #events(ThreadGroups.Grouped)}), counted off the FX thread */
    private record Built(Basis basis, ThreadGroups.Grouped grouped, long events) {
    }

    /** The English bundle is the base one, whose locale is ROOT; dates then follow the system's format locale. */
    static Locale formatLocale(Locale uiLocale) {
        return uiLocale.getLanguage().isEmpty() ? Locale.getDefault(Locale.Category.FORMAT) : uiLocale;
    }

    private void applyFilter() {
        setPredicate();
        countShown();
    }

    private void setPredicate() {
        // the kinds shown and the groups as they are now: a filter's change or a new load sets the predicate again
        boolean[] kinds = new boolean[TimelineEvent.Kind.values().length];
        shown.forEach((kind, on) -> kinds[kind.ordinal()] = on.get());
        Map<TimelineRow, ThreadGroups.Group> members = groups.members();
        visible.setPredicate(r -> {
            if (r.today()) {
                return true;
            }
            if (!kinds[r.kind().ordinal()]) {
                return false;
            }
            ThreadGroups.Group member = members.isEmpty() ? null : members.get(r);
            return member == null || expanded.contains(member.id());
        });
    }

    /** Counts the events shown in one pass over them; {@link #events} counts all of them. */
    private void countShown() {
        long shownEvents = 0;
        Map<TimelineRow, ThreadGroups.Group> headers = groups.headers();
        for (TimelineRow r : visible) {
            if (r.today()) {
                continue;
            }
            ThreadGroups.Group header = headers.isEmpty() ? null : headers.get(r);
            if (header == null) {
                shownEvents++;
            } else if (!expanded.contains(header.id())) {
                // a folded thread's messages count as shown: its header stands for them
                shownEvents += header.messages().size();
            }
        }
        count.set(texts.text("timeline.count", shownEvents, events));
    }

    /** The rows that are events: all but the today marker and the conversations' headers. */
    private static long events(ThreadGroups.Grouped grouped) {
        return grouped.rows().stream().filter(r -> !r.today() && !grouped.headers().containsKey(r)).count();
    }

    /** Whether a row heads an e-mail conversation (expanded or not), is one of its messages, or neither. */
    Fold fold(TimelineRow row) {
        ThreadGroups.Group header = groups.headers().get(row);
        if (header != null) {
            return expanded.contains(header.id()) ? Fold.EXPANDED : Fold.COLLAPSED;
        }
        return groups.members().containsKey(row) ? Fold.MEMBER : Fold.NONE;
    }

    /** Shows or hides the messages of the conversation a header row stands for; other rows are left alone. */
    void toggle(TimelineRow row) {
        ThreadGroups.Group g = groups.headers().get(row);
        if (g == null) {
            return;
        }
        if (!expanded.remove(g.id())) {
            expanded.add(g.id());
        }
        applyFilter();
    }

    /**
     * What a row's badge says: how many days are left or overdue for a date still due ("3 days overdue", "due
     * today", "due in 2 days"), "done" for one met, nothing for other rows.
     */
    String badge(TimelineRow row) {
        if (row.met()) {
            return texts.text("timeline.badge.met");
        }
        if (!row.due() || row.dueDay() == null) {
            return "";
        }
        long left = DeadlineMath.daysLeft(LocalDate.now(clock), row.dueDay());
        if (left < 0) {
            return texts.text("timeline.days.overdue", -left);
        }
        return left == 0 ? texts.text("timeline.days.today") : texts.text("timeline.days.left", left);
    }

    /** The today marker's place among the rows shown, or -1. */
    int todayIndex() {
        for (int i = 0; i < visible.size(); i++) {
            if (visible.get(i).today()) {
                return i;
            }
        }
        return -1;
    }

    private void select(long followUpId) {
        rows.stream().filter(r -> groups.members().containsKey(r) && Objects.equals(r.refId(), followUpId))
                .findFirst().ifPresent(r -> {
                    expanded.add(groups.members().get(r).id());
                    applyFilter();
                });
        visible.stream().filter(r -> r.kind() == TimelineEvent.Kind.FOLLOWUP && Objects.equals(r.refId(), followUpId))
                .findFirst().ifPresent(selected::set);
    }

    /** A double-clicked row: an exhibit opens in the evidence tab, a conversation shows or hides its messages. */
    void open(TimelineRow row) {
        toggle(row);
        if (row != null && row.kind() == TimelineEvent.Kind.EVIDENCE && row.refId() != null) {
            onEvidenceOpened.accept(row.refId());
        }
    }

    /**
     * Loads the case's exhibits (to link), then hands them to {@code showDialog} with the case id; the dialog reports
     * back through {@link #dialogClosed}. Does nothing while a dialog is open or before a case is shown.
     */
    void logFollowUp(BiConsumer<Long, List<Evidence>> showDialog) {
        long id = caseId;
        if (id <= 0 || logging.get()) {
            return;
        }
        logging.set(true);
        Tasks.create(() -> source.exhibits(id))
                .onSuccess(exhibits -> showDialog.accept(id, exhibits))
                .onError(e -> {
                    logging.set(false);
                    notifier.error(texts.text("timeline.error.title"), texts.describe(e));
                })
                .run(background);
    }

    /** The follow-up dialog closed, with the follow-up to save or null when cancelled. */
    void dialogClosed(FollowUpForm form) {
        logging.set(false);
        if (form != null) {
            save(form);
        }
    }

    private void save(FollowUpForm form) {
        Tasks.create(() -> followUps.add(form.toNewFollowUp(clock.getZone()), form.evidenceIds()))
                .title(texts.text("timeline.task.save"))
                .onSuccess(f -> {
                    reload(f.id());
                    changes.recordsChanged(f.caseId());
                })
                .onError(e -> notifier.error(texts.text("followup.error.saveTitle"), texts.describe(e)))
                .run(background);
    }
}
