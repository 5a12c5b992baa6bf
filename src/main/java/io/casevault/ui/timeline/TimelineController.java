package io.casevault.ui.timeline;

import io.casevault.domain.Evidence;
import io.casevault.domain.TimelineEvent;
import io.casevault.ui.common.CaseView;
import io.casevault.ui.common.NavigationEvent;
import io.casevault.ui.common.Texts;
import io.casevault.ui.timeline.TimelineViewModel.Fold;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * The timeline tab ({@code timeline.fxml}): every dated event of a case in a virtualized list with icons, due and
 * overdue dates marked, a filter per kind and "Log follow-up". Binds the controls to a {@link TimelineViewModel}.
 */
public final class TimelineController implements CaseView {

    /** Shows the follow-up dialog for a case, listing the exhibits it may link; {@code onSaved} gets the form. */
    @FunctionalInterface
    public interface FollowUpDialogs {
        Dialog<FollowUpForm> show(Window owner, long caseId, List<Evidence> exhibits, Consumer<FollowUpForm> onSaved);
    }

    private final TimelineViewModel vm;
    private final Texts texts;
    private final FollowUpDialogs dialogs;
    private final Map<TimelineEvent.Kind, ToggleButton> filterButtons = new EnumMap<>(TimelineEvent.Kind.class);
    private Dialog<FollowUpForm> openDialog;

    @FXML private BorderPane root;
    @FXML private Button logButton;
    @FXML private HBox filters;
    @FXML private Label count;
    @FXML private ListView<TimelineRow> list;

    TimelineController(TimelineViewModel vm, Texts texts, FollowUpDialogs dialogs) {
        this.vm = Objects.requireNonNull(vm);
        this.texts = Objects.requireNonNull(texts);
        this.dialogs = Objects.requireNonNull(dialogs);
    }

    @FXML
    private void initialize() {
        list.setItems(vm.visibleRows());
        list.setCellFactory(v -> {
            TimelineCell cell = new TimelineCell(vm::badge, vm::fold);
            // as wide as the list's viewport: long words wrap instead of scrolling the list sideways
            cell.prefWidthProperty().bind(v.widthProperty().subtract(24));
            cell.setMaxWidth(Region.USE_PREF_SIZE);
            return cell;
        });
        vm.visibleRows().addListener((javafx.collections.ListChangeListener<TimelineRow>) c -> {
            int today = vm.todayIndex();
            if (today >= 0 && vm.selected().get() == null) {
                list.scrollTo(Math.max(0, today - 3));
            }
        });
        list.setOnMouseClicked(e -> {
            TimelineRow row = list.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1 && vm.fold(row) != Fold.NONE
                    && vm.fold(row) != Fold.MEMBER) {
                toggle(row);
            } else if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                vm.open(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            TimelineRow row = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && row != null) {
                toggle(row);
            }
        });
        vm.selected().addListener((o, was, row) -> {
            int i = list.getItems().indexOf(row);
            if (i >= 0) {
                list.getSelectionModel().select(i);
                list.scrollTo(Math.max(0, i - 3));
            }
        });
        for (TimelineEvent.Kind kind : TimelineEvent.Kind.values()) {
            ToggleButton b = new ToggleButton(texts.text("timeline.kind." + kind.name()),
                    new FontIcon(TimelineIcons.kind(kind, false)));
            b.setTooltip(new Tooltip(texts.text("timeline.filter.tip")));
            b.selectedProperty().bindBidirectional(vm.shown(kind));
            filterButtons.put(kind, b);
            filters.getChildren().add(b);
        }
        count.textProperty().bind(vm.count());
        logButton.disableProperty().bind(vm.logging());
    }

    /** Shows or hides a conversation's messages, keeping its header selected. */
    private void toggle(TimelineRow header) {
        vm.toggle(header);
        list.refresh();
        list.getSelectionModel().select(header);
    }

    @Override
    public String titleKey() {
        return "timeline.tab";
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void showCase(long caseId) {
        vm.showCase(caseId);
    }

    /** Called with the evidence id when an evidence event is double-clicked. */
    public void setOnEvidenceOpened(LongConsumer handler) {
        vm.setOnEvidenceOpened(handler);
    }

    @Override
    public void perform(String action) {
        if (NavigationEvent.LOG_FOLLOW_UP.equals(action)) {
            logFollowUp();
        }
    }

    @FXML
    private void logFollowUp() {
        vm.logFollowUp(this::showDialog);
    }

    private void showDialog(long caseId, List<Evidence> exhibits) {
        List<FollowUpForm> saved = new ArrayList<>(1);
        Dialog<FollowUpForm> dialog = dialogs.show(root.getScene() == null ? null : root.getScene().getWindow(),
                caseId, exhibits, saved::add);
        // one dialog at a time: the view model keeps "Log follow-up" disabled until this one closes
        dialog.setOnHidden(e -> {
            // the toolkit may report a dialog hidden more than once: close it in the view model once
            if (openDialog == dialog) {
                openDialog = null;
                vm.dialogClosed(saved.isEmpty() ? null : saved.get(0));
            }
        });
        openDialog = dialog;
    }

    /** For tests: the rows on screen after filtering, the open dialog, the list and a kind's filter. */
    List<TimelineRow> visibleRows() {
        return List.copyOf(vm.visibleRows());
    }

    Dialog<FollowUpForm> openDialog() {
        return openDialog;
    }

    ListView<TimelineRow> list() {
        return list;
    }

    ToggleButton filter(TimelineEvent.Kind kind) {
        return filterButtons.get(kind);
    }
}
