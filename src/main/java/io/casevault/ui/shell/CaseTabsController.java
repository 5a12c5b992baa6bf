package io.casevault.ui.shell;

import io.casevault.ui.common.NavigationEvent;
import io.casevault.ui.common.Notifier;
import io.casevault.ui.common.PasteTarget;
import io.casevault.ui.common.Texts;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.util.Duration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * The selected case's tabs (overview, transactions, evidence, timeline, export): shows the case in the visible tab,
 * routes "Paste evidence" to the tab that takes it, and opens the tab a view asks for.
 */
public final class CaseTabsController {
    /** The pause before each hidden view is built ahead: the frames in between stay free for the user. */
    private static final Duration BUILD_AHEAD_PAUSE = Duration.millis(150);
    /**
     * How long a case stays selected before the other tabs' rows are read ahead (once the window's work is done, too):
     * longer than between two cases passed while moving through the list with the arrow keys.
     */
    private static final Duration READ_AHEAD_PAUSE = Duration.millis(150);

    private final List<CaseTab<?>> views;
    private final PauseTransition buildAhead = new PauseTransition(BUILD_AHEAD_PAUSE);
    private final PauseTransition readAheadPause = new PauseTransition(READ_AHEAD_PAUSE);
    private boolean buildingAhead;
    private final Texts texts;
    private final CaseListViewModel cases;
    private final Notifier notifier;
    private final LongConsumer readAhead;
    private final ObservableBooleanValue workDone;
    /** Waits for {@link #workDone} to read a case ahead; null when not waiting. */
    private ChangeListener<Boolean> readAheadWhenDone;
    /** Waits for the pulse after the work's end to read a case ahead; null when not waiting. */
    private AnimationTimer nextPulse;

    @FXML private TabPane tabs;

    /**
     * @param readAhead starts reading the selected case's rows in the background, for the tabs not shown yet (their
     *                  first opening then finds them read, or waits for that read)
     * @param workDone  whether the window's own work is done (the status bar lists none running): the shown tab has
     *                  loaded what it shows
     */
    public CaseTabsController(List<CaseTab<?>> views, Texts texts, CaseListViewModel cases, Notifier notifier,
                              LongConsumer readAhead, ObservableBooleanValue workDone) {
        this.views = List.copyOf(views);
        this.texts = Objects.requireNonNull(texts);
        this.cases = Objects.requireNonNull(cases);
        this.notifier = Objects.requireNonNull(notifier);
        this.readAhead = Objects.requireNonNull(readAhead);
        this.workDone = Objects.requireNonNull(workDone);
    }

    @FXML
    private void initialize() {
        for (CaseTab<?> view : views) {
            view.tab().setText(texts.text(view.titleKey()));
            tabs.getTabs().add(view.tab());
        }
        tabs.getSelectionModel().selectedItemProperty().addListener((o, old, tab) -> showInSelectedTab());
        cases.selectedId().addListener((o, old, id) -> {
            showInSelectedTab();
            readAheadLater(id);
        });
        tabs.addEventHandler(NavigationEvent.OPEN, this::navigate);
    }

    /**
     * Only the visible tab loads the case (its view is built the first time, if it was not built ahead); another tab
     * loads it when it is selected, and then shows whatever the other tabs changed meanwhile (evidence added, a follow-up logged). Opening
     * a large case stays quick.
     */
    private void showInSelectedTab() {
        selected().ifPresent(view -> cases.selected().ifPresent(s -> view.view().showCase(s.theCase().id())));
    }

    /**
     * Once the selection has stayed on a case for a moment (the user has not moved on) and the window's work is done
     * and drawn (the shown tab has read and laid out what it shows), starts reading the rows the other tabs show:
     * opening one of them then finds them read, or finds them being read. Not while the shown tab reads or is laid
     * out: on two cores it would have to share them (src/bench/ui-open.sh: the overview opened in 205-418 ms over ten
     * runs when the rows were read ahead as soon as its reading ended, in 214-339 ms over eight runs this way).
     */
    private void readAheadLater(Long id) {
        stopReadingAhead();
        if (id != null) {
            readAheadPause.setOnFinished(e -> whenWorkDone(() -> {
                if (id.equals(cases.selectedId().get()) && tabs.getScene() != null) {
                    readAhead.accept(id);
                }
            }));
            readAheadPause.playFromStart();
        }
    }

    /**
     * Runs {@code then} once the window's work is done and a pulse has laid out what it showed: the shown tab is on
     * screen before anything is read ahead.
     */
    private void whenWorkDone(Runnable then) {
        if (workDone.get()) {
            afterNextPulse(then);
            return;
        }
        readAheadWhenDone = (o, was, done) -> {
            if (done) {
                stopReadingAhead();
                afterNextPulse(then);
            }
        };
        workDone.addListener(readAheadWhenDone);
    }

    private void afterNextPulse(Runnable then) {
        nextPulse = new AnimationTimer() {
            private boolean seen;

            @Override
            public void handle(long now) {
                if (seen) { // the pulse before this one laid out what the work's end showed
                    stopReadingAhead();
                    then.run();
                }
                seen = true;
            }
        };
        nextPulse.start();
    }

    private void stopReadingAhead() {
        readAheadPause.stop();
        if (nextPulse != null) {
            nextPulse.stop();
            nextPulse = null;
        }
        if (readAheadWhenDone != null) {
            workDone.removeListener(readAheadWhenDone);
            readAheadWhenDone = null;
        }
    }

    /**
     * Builds the views of the hidden tabs, one per pause, so that a tab opens without first loading its view's
     * classes, FXML and style (its data still loads when it is selected). The shell calls it once the case list is on
     * screen: the first frame with the cases waits only for the shown tab's view.
     */
    public void buildHiddenViewsAhead() {
        if (buildingAhead) {
            return;
        }
        buildingAhead = true;
        buildAhead.setOnFinished(e -> views.stream().filter(v -> !v.isBuilt() && tabs.getScene() != null)
                .findFirst().ifPresent(v -> { // a window replaced meanwhile (another language, vault) builds no more
            v.view();
            buildAhead.playFromStart();
        }));
        buildAhead.playFromStart();
    }

    /**
     * Builds the shown tab's view now, if it is not built yet (the shell does so off the FX thread, at start), but
     * keeps it out of the tab until {@link #showHeldViews}: the first frame with the cases then styles and lays out the
     * case list alone, and the view follows on the next.
     */
    public void buildShownView() {
        selected().ifPresent(tab -> {
            tab.holdContent();
            tab.view();
        });
    }

    /** Puts the view held by {@link #buildShownView} in its tab. */
    public void showHeldViews() {
        views.forEach(CaseTab::releaseContent);
    }

    /** Builds no more views and reads no more rows ahead (the vault is closing). */
    public void stopBuildingAhead() {
        buildAhead.stop();
        stopReadingAhead();
    }

    private Optional<CaseTab<?>> selected() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        return tab != null && tab.getUserData() instanceof CaseTab<?> view ? Optional.of(view) : Optional.empty();
    }

    private Optional<CaseTab<?>> byKey(String key) {
        return views.stream().filter(v -> v.titleKey().equals(key)).findFirst();
    }

    /** The key of the visible tab's view (its title key), or null before there is one. */
    public String selectedViewKey() {
        return selected().map(CaseTab::titleKey).orElse(null);
    }

    /** What each view has selected, by the view's title key, to select again after a rebuild. */
    public Map<String, Long> selectedItems() {
        Map<String, Long> items = new HashMap<>();
        for (CaseTab<?> view : views) {
            view.selectedItem().ifPresent(id -> items.put(view.titleKey(), id));
        }
        return items;
    }

    /** Has each view select again what it had selected before a rebuild, when it next shows the case. */
    public void selectAgain(Map<String, Long> items) {
        for (CaseTab<?> view : views) {
            Long id = items.get(view.titleKey());
            if (id != null) {
                view.selectOnNextShow(id);
            }
        }
    }

    /** The title keys of the views, in the order of their tabs. */
    public List<String> viewKeys() {
        return views.stream().map(CaseTab::titleKey).toList();
    }

    /** Shows the tab of the view with this title key (as before a rebuild); an unknown key changes nothing. */
    public void selectView(String key) {
        byKey(key).ifPresent(view -> tabs.getSelectionModel().select(view.tab()));
    }

    /** Selects the tab a view asked for and starts the action it named there. */
    private void navigate(NavigationEvent e) {
        e.consume();
        byKey(e.viewKey()).ifPresent(view -> {
            tabs.getSelectionModel().select(view.tab());
            if (e.action() != null) {
                view.view().perform(e.action());
            }
        });
    }

    /** File → Import e-mails…: the evidence tab lets the user choose the files. */
    public void importMail() {
        tabs.fireEvent(new NavigationEvent("evidence.tab", NavigationEvent.IMPORT_MAIL));
    }

    /** Forwards "Paste evidence" to the selected view when it takes pastes, else says where to paste. */
    public void paste() {
        Optional<CaseTab<?>> target = selected().filter(CaseTab::takesPastes);
        if (target.isEmpty()) {
            target = views.stream().filter(CaseTab::takesPastes).findFirst();
            target.ifPresent(t -> tabs.getSelectionModel().select(t.tab()));
        }
        if (target.isPresent() && cases.selected().isPresent()) {
            ((PasteTarget) target.get().view()).paste();
        } else {
            notifier.info(texts.text("menu.edit.paste"), texts.text("status.pasteNeedsCase"));
        }
    }
}
