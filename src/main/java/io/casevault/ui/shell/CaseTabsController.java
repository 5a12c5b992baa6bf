package io.casevault.ui.shell;

import io.casevault.ui.common.CaseView;
import io.casevault.ui.common.NavigationEvent;
import io.casevault.ui.common.Notifier;
import io.casevault.ui.common.PasteTarget;
import io.casevault.ui.common.Texts;
import javafx.fxml.FXML;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The selected case's tabs (overview, transactions, evidence, timeline, export): shows the case in the visible tab,
 * routes "Paste evidence" to the tab that takes it, and opens the tab a view asks for.
 */
public final class CaseTabsController {
    private final List<CaseView> views;
    private final Texts texts;
    private final CaseListViewModel cases;
    private final Notifier notifier;

    @FXML private TabPane tabs;

    public CaseTabsController(List<CaseView> views, Texts texts, CaseListViewModel cases, Notifier notifier) {
        this.views = List.copyOf(views);
        this.texts = Objects.requireNonNull(texts);
        this.cases = Objects.requireNonNull(cases);
        this.notifier = Objects.requireNonNull(notifier);
    }

    @FXML
    private void initialize() {
        for (CaseView view : views) {
            Tab tab = new Tab(texts.text(view.titleKey()), view.root());
            tab.setUserData(view);
            tabs.getTabs().add(tab);
        }
        tabs.getSelectionModel().selectedItemProperty().addListener((o, old, tab) -> showInSelectedTab());
        cases.selectedId().addListener((o, old, id) -> showInSelectedTab());
        tabs.addEventHandler(NavigationEvent.OPEN, this::navigate);
    }

    /**
     * Only the visible tab loads the case; another tab loads it when it is selected, and then shows whatever the other
     * tabs changed meanwhile (evidence added, a follow-up logged). Opening a large case stays quick.
     */
    private void showInSelectedTab() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        if (tab != null && tab.getUserData() instanceof CaseView view) {
            cases.selected().ifPresent(s -> view.showCase(s.theCase().id()));
        }
    }

    /** The key of the visible tab's view (its title key), or null before there is one. */
    public String selectedViewKey() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        return tab != null && tab.getUserData() instanceof CaseView view ? view.titleKey() : null;
    }

    /** What each view has selected, by the view's title key, to select again after a rebuild. */
    public Map<String, Long> selectedItems() {
        Map<String, Long> items = new HashMap<>();
        for (CaseView view : views) {
            view.selectedItem().ifPresent(id -> items.put(view.titleKey(), id));
        }
        return items;
    }

    /** Has each view select again what it had selected before a rebuild, when it next shows the case. */
    public void selectAgain(Map<String, Long> items) {
        for (CaseView view : views) {
            Long id = items.get(view.titleKey());
            if (id != null) {
                view.selectOnNextShow(id);
            }
        }
    }

    /** Shows the tab of the view with this title key (as before a rebuild); an unknown key changes nothing. */
    public void selectView(String key) {
        tabs.getTabs().stream().filter(t -> t.getUserData() instanceof CaseView v && v.titleKey().equals(key))
                .findFirst().ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    /** Selects the tab a view asked for and starts the action it named there. */
    private void navigate(NavigationEvent e) {
        e.consume();
        tabs.getTabs().stream().filter(t -> t.getUserData() instanceof CaseView v && v.titleKey().equals(e.viewKey()))
                .findFirst().ifPresent(t -> {
                    tabs.getSelectionModel().select(t);
                    if (e.action() != null) {
                        ((CaseView) t.getUserData()).perform(e.action());
                    }
                });
    }

    /** File → Import e-mails…: the evidence tab lets the user choose the files. */
    public void importMail() {
        tabs.fireEvent(new NavigationEvent("evidence.tab", NavigationEvent.IMPORT_MAIL));
    }

    /** Forwards "Paste evidence" to the selected view when it takes pastes, else says where to paste. */
    public void paste() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        Optional<PasteTarget> target = Optional.ofNullable(tab).map(Tab::getUserData)
                .filter(PasteTarget.class::isInstance).map(PasteTarget.class::cast);
        if (target.isEmpty()) {
            target = views.stream().filter(PasteTarget.class::isInstance).map(PasteTarget.class::cast).findFirst();
            target.ifPresent(t -> tabs.getTabs().stream().filter(x -> x.getUserData() == t).findFirst()
                    .ifPresent(x -> tabs.getSelectionModel().select(x)));
        }
        if (target.isPresent() && cases.selected().isPresent()) {
            target.get().paste();
        } else {
            notifier.info(texts.text("menu.edit.paste"), texts.text("status.pasteNeedsCase"));
        }
    }
}
