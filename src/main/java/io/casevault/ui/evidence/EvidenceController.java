package io.casevault.ui.evidence;

import io.casevault.app.ThumbnailService;
import io.casevault.domain.Evidence;
import io.casevault.domain.understanding.Proposal;
import io.casevault.ui.common.CaseView;
import io.casevault.ui.common.NavigationEvent;
import io.casevault.ui.common.PasteTarget;
import io.casevault.ui.common.Texts;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.GridView;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * The evidence tab ({@code evidence.fxml}): a virtualized thumbnail grid that takes dropped files and folders, pasted
 * screenshots and chosen files, with the viewer, redaction editor and details of the selected exhibit beside it.
 * {@link #paste()} is the target of the main window's "Paste evidence".
 */
public final class EvidenceController implements CaseView, PasteTarget {
    private final EvidenceViewModel vm;
    private final Texts texts;
    private final Thumbnails thumbnails;
    private final Supplier<Clipboard> clipboard;
    private final Executor imageWork;
    private final FileIntake intake;
    private final ObservableValue<?> textRead;
    private final ExhibitSuggestions suggestions;
    private final PaymentDialog payments;
    private final PauseTransition undoTimeout = new PauseTransition(Duration.seconds(15));
    private EvidenceInspector inspector;

    @FXML private BorderPane root;
    @FXML private HBox progressBox;
    @FXML private Label addMessage;
    @FXML private ProgressBar addProgress;
    @FXML private HBox undoBar;
    @FXML private Label undoText;
    @FXML private HBox lookAlikeBar;
    @FXML private ImageView lookExisting;
    @FXML private ImageView lookAdded;
    @FXML private Label lookExistingName;
    @FXML private Label lookAddedName;
    @FXML private Label lookAlikeText;
    @FXML private SplitPane inspectorPane;
    @FXML private Tab textTab;
    @FXML private Tab suggestionsTab;
    @FXML private EvidenceDetailsController detailsController;
    @FXML private GridView<Evidence> grid;
    @FXML private VBox emptyHint;

    /**
     * @param clipboard what "Paste" reads: the system clipboard in the application
     * @param imageWork where redaction boxes are burned into thumbnails
     * @param folder    where the file and folder choosers open
     * @param textRead  changes each time one more exhibit's text has been read in the background
     * @param suggestions the selected exhibit's suggestions, shown in the inspector
     * @param payments  the transaction form "Record this transaction" opens
     */
    EvidenceController(EvidenceViewModel vm, Texts texts, Thumbnails thumbnails, Supplier<Clipboard> clipboard,
                       Executor imageWork, ChooserFolder folder, ObservableValue<?> textRead,
                       ExhibitSuggestions suggestions, PaymentDialog payments) {
        this.vm = Objects.requireNonNull(vm);
        this.texts = Objects.requireNonNull(texts);
        this.thumbnails = Objects.requireNonNull(thumbnails);
        this.clipboard = Objects.requireNonNull(clipboard);
        this.imageWork = Objects.requireNonNull(imageWork);
        this.intake = new FileIntake(vm, Objects.requireNonNull(folder));
        this.textRead = Objects.requireNonNull(textRead);
        this.suggestions = Objects.requireNonNull(suggestions);
        this.payments = Objects.requireNonNull(payments);
    }

    /**
     * Tells the grid's flow of rows that every row is one cell high plus the spacing above and below it (what
     * ControlsFX's row skin gives as its height), so it lays out and scrolls 1,000 exhibits without filling rows of
     * cells only to measure them (the FX thread's busiest work in the longest stalls while the grid scrolled).
     */
    static void fixRowHeight(GridView<?> grid) {
        if (grid.lookup(".virtual-flow") instanceof VirtualFlow<?> flow && !flow.fixedCellSizeProperty().isBound()) {
            flow.fixedCellSizeProperty().bind(grid.cellHeightProperty().add(grid.verticalCellSpacingProperty()
                    .multiply(2)));
        }
    }

    /** Opens the transaction form filled with a payment a screenshot shows, over the window. */
    @FunctionalInterface
    interface PaymentDialog {
        void record(Window owner, Evidence shownOn, Proposal.Record payment, LongConsumer saved);
    }

    @FXML
    private void initialize() {
        ThumbnailImages images = new ThumbnailImages(thumbnails, ThumbnailService.GRID, imageWork);
        grid.setItems(vm.items());
        grid.setCellWidth(EvidenceCell.IMAGE + 16);
        grid.setCellHeight(EvidenceCell.IMAGE + 52);
        grid.skinProperty().addListener((o, was, skin) -> fixRowHeight(grid));
        fixRowHeight(grid);
        String redacted = texts.text("evidence.redacted");
        grid.setCellFactory(g -> EvidenceCell.selectable(images, vm.redactions(), redacted, vm.selected()));
        emptyHint.visibleProperty().bind(Bindings.isEmpty(vm.items()));
        inspector = new EvidenceInspector(vm, texts, thumbnails, detailsController, suggestions);
        inspectorPane.getItems().add(0, inspector.viewer());
        TextPanel text = new TextPanel(vm.text(), texts, clipboard);
        textTab.setContent(text);
        suggestionsTab.setContent(new SuggestionsPanel(suggestions, texts, (e, payment, saved) -> payments.record(
                root.getScene() == null ? null : root.getScene().getWindow(), e, payment, saved)));
        suggestionsTab.textProperty().bind(Bindings.when(suggestions.waiting().isEqualTo(0))
                .then(texts.text("evidence.tab.suggestions"))
                .otherwise(Bindings.createStringBinding(() -> texts.text("evidence.tab.suggestionsCount",
                        suggestions.waiting().get()), suggestions.waiting())));
        textRead.addListener((o, was, now) -> {
            vm.text().someTextRead();
            suggestions.refresh();
        });
        inspectorPane.setDividerPositions(0.66);

        showWhen(progressBox, vm.adding().running());
        addMessage.textProperty().bind(vm.adding().message());
        addProgress.progressProperty().bind(vm.adding().progress());

        showWhen(undoBar, vm.undoable().isNotNull());
        undoText.textProperty().bind(vm.undoMessage());
        undoTimeout.setOnFinished(e -> vm.dismissUndo());
        vm.undoable().addListener((o, was, now) -> {
            if (now != null) {
                undoTimeout.playFromStart();
            } else {
                undoTimeout.stop();
            }
        });
        intake.install(root, this::paste);
        showLookAlikes(images);
    }

    /** The pair of look-alike pictures the user is asked about, side by side. */
    private void showLookAlikes(ThumbnailImages images) {
        LookAlikeCheck looks = vm.lookAlikes();
        showWhen(lookAlikeBar, looks.current().isNotNull());
        lookAlikeText.textProperty().bind(looks.message());
        looks.current().addListener((o, was, pair) -> {
            lookExisting.setImage(null);
            lookAdded.setImage(null);
            if (pair != null) {
                lookExistingName.setText(texts.text("evidence.lookAlike.existing", pair.existing().exhibit()));
                lookAddedName.setText(texts.text("evidence.lookAlike.added", pair.added().exhibit()));
                show(images, pair.existing(), lookExisting, pair);
                show(images, pair.added(), lookAdded, pair);
            }
        });
    }

    private void show(ThumbnailImages images, Evidence e, ImageView view, LookAlikeCheck.Pair pair) {
        images.request(e, vm.redactions().getOrDefault(e.id(), List.of()), image -> {
            if (pair.equals(vm.lookAlikes().current().get())) {
                view.setImage(image.orElse(null));
            }
        });
    }

    @FXML
    private void keepBoth() {
        vm.lookAlikes().keepBoth();
    }

    @FXML
    private void trashLookAlike() {
        vm.lookAlikes().trashAdded(vm::trash);
    }

    private static void showWhen(Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    /** Adds what is on the clipboard: files, or a screenshot image. The main window's "Paste evidence" calls this. */
    @Override
    @FXML
    public void paste() {
        if (!intake.accept(Transfer.of(clipboard.get()))) {
            vm.adding().nothingToPaste();
        }
    }

    /** Adds the files or the image a drop or paste carries; false when it carries neither. */
    boolean accept(Transfer transfer) {
        return intake.accept(transfer);
    }

    @FXML
    private void chooseFiles() {
        intake.choose(root.getScene() == null ? null : root.getScene().getWindow(), texts);
    }

    /** File → Import e-mails… arrives here as {@link NavigationEvent#IMPORT_MAIL}. */
    @Override
    public void perform(String action) {
        if (NavigationEvent.IMPORT_MAIL.equals(action)) {
            intake.chooseMail(root.getScene() == null ? null : root.getScene().getWindow(), texts);
        }
    }

    @FXML
    private void chooseFolder() {
        intake.chooseFolder(root.getScene() == null ? null : root.getScene().getWindow(), texts);
    }

    @FXML
    private void cancelAdd() {
        vm.adding().cancel();
    }

    @FXML
    private void undoTrash() {
        vm.undoTrash();
    }

    @Override
    public String titleKey() {
        return "evidence.tab";
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void showCase(long caseId) {
        vm.load(caseId);
    }

    @Override
    public Optional<Long> selectedItem() {
        return Optional.ofNullable(vm.selected().get()).map(Evidence::id);
    }

    @Override
    public void selectOnNextShow(long evidenceId) {
        vm.revealOnNextLoad(evidenceId);
    }

    /**
     * Shows this view's tab with the exhibit selected in the viewer: what double-clicking an exhibit on the timeline
     * does. Selecting the tab loads the case again, so new exhibits and changes made elsewhere show too.
     */
    public void reveal(long evidenceId) {
        vm.revealOnNextLoad(evidenceId);
        Optional<Tab> tab = ownTab();
        if (tab.isPresent() && !tab.get().isSelected()) {
            tab.get().getTabPane().getSelectionModel().select(tab.get());
        } else {
            showCase(vm.caseId());
        }
    }

    private Optional<Tab> ownTab() {
        for (Node n = root.getParent(); n != null; n = n.getParent()) {
            if (n instanceof TabPane pane) {
                return pane.getTabs().stream().filter(t -> t.getContent() == root).findFirst();
            }
        }
        return Optional.empty();
    }

    /** For tests: the exhibits shown in grid order, the view model and the inspector. */
    List<Evidence> items() {
        return List.copyOf(vm.items());
    }

    EvidenceViewModel model() {
        return vm;
    }

    EvidenceInspector inspector() {
        return inspector;
    }

    /** For tests: the suggestions panel, showing it as the user's click on its tab does. */
    SuggestionsPanel showSuggestions() {
        suggestionsTab.getTabPane().getSelectionModel().select(suggestionsTab);
        return (SuggestionsPanel) suggestionsTab.getContent();
    }

    /** For tests: the recognised-text panel, showing it as the user's click on its tab does. */
    TextPanel showText() {
        textTab.getTabPane().getSelectionModel().select(textTab);
        return (TextPanel) textTab.getContent();
    }
}
