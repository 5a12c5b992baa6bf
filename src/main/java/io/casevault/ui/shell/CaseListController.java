package io.casevault.ui.shell;

import io.casevault.app.CaseSummary;
import io.casevault.domain.CaseStatus;
import io.casevault.ui.common.AfterLayout;
import io.casevault.ui.common.DisplayConverter;
import io.casevault.ui.common.Formats;
import io.casevault.ui.common.Texts;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The case list on the left: search, status filter and the list, bound to {@link CaseListViewModel}. */
public final class CaseListController {
    private final CaseListViewModel model;
    private final Texts texts;
    private final Formats formats;
    private final Runnable newCase;

    @FXML private VBox listPane;
    @FXML private TextField search;
    @FXML private ComboBox<CaseStatus> statusFilter;
    @FXML private ListView<CaseSummary> caseList;

    public CaseListController(CaseListViewModel model, Texts texts, Formats formats, Runnable newCase) {
        this.model = Objects.requireNonNull(model);
        this.texts = Objects.requireNonNull(texts);
        this.formats = Objects.requireNonNull(formats);
        this.newCase = Objects.requireNonNull(newCase);
    }

    @FXML
    private void initialize() {
        SplitPane.setResizableWithParent(listPane, false);
        search.textProperty().bindBidirectional(model.query());
        List<CaseStatus> filters = new ArrayList<>();
        filters.add(null);
        filters.addAll(List.of(CaseStatus.values()));
        statusFilter.getItems().setAll(filters);
        statusFilter.setConverter(DisplayConverter.of(formats::status, texts.text("caselist.allStatuses")));
        statusFilter.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(CaseStatus item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : statusFilter.getConverter().toString(item));
            }
        });
        statusFilter.valueProperty().bindBidirectional(model.statusFilter());
        caseList.setItems(model.visible());
        caseList.setCellFactory(v -> new CaseListCell(formats, texts.text("caselist.sample"), model::dueLine,
                model::matchLine));
        model.transactionMatches().addListener((o, before, now) -> caseList.refresh());
        model.screenshotMatches().addListener((o, before, now) -> caseList.refresh());
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(Bindings.isEmpty(model.cases()))
                .then(texts.text("caselist.none")).otherwise(texts.text("caselist.empty")));
        placeholder.getStyleClass().add("text-muted");
        caseList.setPlaceholder(placeholder);
        caseList.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> {
            if (item != null && !Objects.equals(model.selectedId().get(), item.theCase().id())) {
                model.selectedId().set(item.theCase().id());
            }
        });
        model.selectedId().addListener((o, old, id) -> showSelected());
        model.revision().addListener((o, old, now) -> {
            caseList.refresh();
            showSelected();
        });
    }

    private void showSelected() {
        Optional<CaseSummary> selected = model.selected();
        if (selected.isEmpty()) {
            caseList.getSelectionModel().clearSelection();
            return;
        }
        CaseSummary s = selected.get();
        if (caseList.getSelectionModel().getSelectedItem() != s) {
            caseList.getSelectionModel().select(s);
            scrollIntoViewOnceLaidOut(s);
        }
    }

    /**
     * Scrolls the list to {@code s} unless it is in view. A list not laid out yet (a window just built, its rows just
     * loaded) shows no rows to judge by: it is judged after the layout pass that places them, so a scroll position put
     * back after a language switch is not undone by a selection that arrived first.
     */
    private void scrollIntoViewOnceLaidOut(CaseSummary s) {
        if (laidOut() || caseList.getScene() == null) {
            scrollUnlessShown(s);
            return;
        }
        AfterLayout.once(caseList.getScene(), this::laidOut, () -> {
            if (caseList.getSelectionModel().getSelectedItem() == s) {
                scrollUnlessShown(s);
            }
        });
    }

    private void scrollUnlessShown(CaseSummary s) {
        if (!shown(caseList.getSelectionModel().getSelectedIndex())) {
            caseList.scrollTo(s);
        }
    }

    private boolean laidOut() {
        return caseList.lookup(".virtual-flow") instanceof VirtualFlow<?> flow && flow.getFirstVisibleCell() != null;
    }

    /** Whether the row at {@code index} is in view already: then the list stays where the user scrolled it. */
    private boolean shown(int index) {
        if (!(caseList.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return false;
        }
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        return first != null && last != null && index >= first.getIndex() && index <= last.getIndex();
    }

    /** Edit → Find case. */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    @FXML
    private void newCase() {
        newCase.run();
    }
}
