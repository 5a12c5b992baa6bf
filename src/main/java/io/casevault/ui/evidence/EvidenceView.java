package io.casevault.ui.evidence;

import io.casevault.app.AddOutcome;
import io.casevault.app.ThumbnailService;
import io.casevault.domain.Evidence;
import io.casevault.ui.common.CaseView;
import io.casevault.ui.common.PasteTarget;
import io.casevault.ui.common.UiContext;
import javafx.animation.PauseTransition;
import javafx.css.PseudoClass;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToolBar;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import org.controlsfx.control.GridView;
import org.kordamp.ikonli.javafx.FontIcon;

import javax.imageio.ImageIO;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The evidence of a case: a virtualized thumbnail grid that takes dropped files and folders, pasted screenshots and
 * chosen files, with the viewer, redaction editor and details of the selected exhibit beside it.
 *
 * <p>Construct with a {@link UiContext}; {@link #paste()} is the target of the main window's "Paste evidence".
 */
public final class EvidenceView implements CaseView, PasteTarget {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass DROP = PseudoClass.getPseudoClass("drop-target");
    private static final DateTimeFormatter CLIP_NAME = DateTimeFormatter.ofPattern("'clipboard-'yyyy-MM-dd-HHmmss'.png'");

    private final UiContext ctx;
    private final Supplier<Clipboard> clipboard;
    private final EvidenceViewModel vm;
    private final BorderPane root = new BorderPane();
    private final GridView<Evidence> grid;
    private final EvidenceInspector inspector;
    private final HBox progressBox = new HBox(8);
    private final HBox undoBar = new HBox(8);
    private final PauseTransition undoTimeout = new PauseTransition(Duration.seconds(15));

    public EvidenceView(UiContext ctx) {
        this(ctx, Clipboard::getSystemClipboard);
    }

    /** With the clipboard to paste from (the system clipboard in the application). */
    public EvidenceView(UiContext ctx, Supplier<Clipboard> clipboard) {
        this.ctx = Objects.requireNonNull(ctx);
        this.clipboard = Objects.requireNonNull(clipboard);
        this.vm = new EvidenceViewModel(ctx);
        ThumbnailImages thumbnails = new ThumbnailImages(ctx.session().thumbnails(), ThumbnailService.GRID);
        grid = new GridView<>(vm.items());
        grid.setCellWidth(EvidenceCell.IMAGE + 16);
        grid.setCellHeight(EvidenceCell.IMAGE + 52);
        grid.setHorizontalCellSpacing(6);
        grid.setVerticalCellSpacing(6);
        grid.setCellFactory(g -> cell(thumbnails));
        grid.getStyleClass().add("evidence-grid");
        inspector = new EvidenceInspector(ctx, vm);
        inspector.details().trash.setOnAction(e -> trashSelected());

        StackPane gridArea = new StackPane(grid, emptyHint());
        gridArea.getStyleClass().add("evidence-drop-area");
        SplitPane split = new SplitPane(gridArea, inspector);
        split.setDividerPositions(0.4);
        root.getStyleClass().add("evidence-view");
        root.setTop(new VBox(toolbar(), undoBar));
        root.setCenter(split);
        buildUndoBar();
        installDropAndPaste();
        root.getStylesheets().add(Objects.requireNonNull(EvidenceView.class.getResource("evidence.css")).toExternalForm());
    }

    private EvidenceCell cell(ThumbnailImages thumbnails) {
        EvidenceCell cell = new EvidenceCell(thumbnails);
        cell.setOnMouseClicked(e -> {
            if (cell.getItem() != null) {
                vm.selected().set(cell.getItem());
            }
        });
        Runnable mark = () -> cell.pseudoClassStateChanged(SELECTED, cell.getItem() != null
                && vm.selected().get() != null && cell.getItem().id() == vm.selected().get().id());
        cell.itemProperty().addListener((o, a, b) -> mark.run());
        vm.selected().addListener((o, a, b) -> mark.run());
        return cell;
    }

    private Node emptyHint() {
        FontIcon icon = new FontIcon("mdi2t-tray-arrow-down");
        icon.setIconSize(48);
        icon.getStyleClass().add("evidence-empty-icon");
        Label text = new Label(ctx.text("evidence.empty"));
        text.setWrapText(true);
        text.setMaxWidth(320);
        text.getStyleClass().add("evidence-empty-text");
        VBox hint = new VBox(12, icon, text);
        hint.setAlignment(Pos.CENTER);
        hint.setMouseTransparent(true);
        hint.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.items()));
        return hint;
    }

    private ToolBar toolbar() {
        Button add = new Button(ctx.text("evidence.addFiles"), new FontIcon("mdi2f-file-plus-outline"));
        add.setOnAction(e -> chooseFiles());
        Button paste = new Button(ctx.text("evidence.paste"), new FontIcon("mdi2c-content-paste"));
        paste.setOnAction(e -> paste());
        Label hint = new Label(ctx.text("evidence.dropHint"));
        hint.getStyleClass().add("text-muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        progressBox.setAlignment(Pos.CENTER_LEFT);
        progressBox.setVisible(false);
        progressBox.setManaged(false);
        return new ToolBar(add, paste, hint, spacer, progressBox);
    }

    private void buildUndoBar() {
        undoBar.getStyleClass().add("evidence-undo-bar");
        undoBar.setPadding(new Insets(6, 12, 6, 12));
        undoBar.setAlignment(Pos.CENTER_LEFT);
        undoBar.setVisible(false);
        undoBar.setManaged(false);
        undoTimeout.setOnFinished(e -> showUndo(false));
    }

    private void showUndo(boolean show) {
        undoBar.setVisible(show);
        undoBar.setManaged(show);
    }

    private void installDropAndPaste() {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() || e.getDragboard().hasImage()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        root.setOnDragEntered(e -> root.pseudoClassStateChanged(DROP, e.getDragboard().hasFiles()));
        root.setOnDragExited(e -> root.pseudoClassStateChanged(DROP, false));
        root.setOnDragDropped(this::dropped);
        KeyCombination pasteKey = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            boolean inText = root.getScene() != null && root.getScene().getFocusOwner() instanceof TextInputControl;
            if (pasteKey.match(e) && !inText) {
                paste();
                e.consume();
            }
        });
    }

    private void dropped(DragEvent e) {
        boolean accepted = accept(Transfer.of(e.getDragboard()));
        e.setDropCompleted(accepted);
        e.consume();
    }

    /** Adds what is on the clipboard: files, or a screenshot image. The main window's "Paste evidence" calls this. */
    @Override
    public void paste() {
        if (!accept(Transfer.of(clipboard.get()))) {
            ctx.notifier().info(ctx.text("evidence.paste.nothingTitle"), ctx.text("evidence.paste.nothing"));
        }
    }

    /** Adds the files or the image a drop or paste carries; false when it carries neither. */
    boolean accept(Transfer transfer) {
        if (vm.caseId() <= 0) {
            return false;
        }
        List<File> files = transfer.files();
        if (!files.isEmpty()) {
            addFiles(files.stream().map(File::toPath).toList());
            return true;
        }
        var image = transfer.image();
        if (image.isPresent()) {
            Image img = image.get();
            String name = CLIP_NAME.format(LocalDateTime.now(ctx.clock().withZone(ctx.zone())));
            vm.addBytes(() -> png(img), name, this::report);
            return true;
        }
        return false;
    }

    private static byte[] png(Image image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out)) {
            throw new IOException("no PNG writer");
        }
        return out.toByteArray();
    }

    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ctx.text("evidence.chooser.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(ctx.text("evidence.chooser.images"),
                        "*.png", "*.jpg", "*.jpeg", "*.webp", "*.gif", "*.bmp", "*.PNG", "*.JPG", "*.JPEG"),
                new FileChooser.ExtensionFilter(ctx.text("evidence.chooser.all"), "*"));
        List<File> files = chooser.showOpenMultipleDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (files != null && !files.isEmpty()) {
            addFiles(files.stream().map(File::toPath).toList());
        }
    }

    private void addFiles(List<Path> paths) {
        var task = vm.addFiles(paths, this::report);
        Label message = new Label();
        message.textProperty().bind(task.messageProperty());
        message.setMaxWidth(280);
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(task.progressProperty());
        bar.setAccessibleText(ctx.text("evidence.task.add"));
        Button cancel = new Button(ctx.text("evidence.task.cancel"));
        cancel.setOnAction(e -> task.cancel());
        progressBox.getChildren().setAll(message, bar, cancel);
        progressBox.setVisible(true);
        progressBox.setManaged(true);
        task.runningProperty().addListener((o, was, running) -> {
            if (!running) {
                progressBox.setVisible(false);
                progressBox.setManaged(false);
            }
        });
    }

    private void report(List<AddOutcome> outcomes) {
        AddReport r = AddReport.of(outcomes, (key, args) -> ctx.text(key, args), ctx::text);
        if (r.hasRejections()) {
            ctx.notifier().error(r.title(), r.message());
        } else {
            ctx.notifier().info(r.title(), r.message());
        }
    }

    private void trashSelected() {
        Evidence e = vm.selected().get();
        if (e == null) {
            return;
        }
        vm.trash(e, () -> {
            Label text = new Label(ctx.text("evidence.trashed", e.exhibit(), e.originalName()));
            Button undo = new Button(ctx.text("evidence.undo"), new FontIcon("mdi2u-undo"));
            undo.setOnAction(a -> {
                vm.restore(e);
                showUndo(false);
            });
            undoBar.getChildren().setAll(text, undo);
            showUndo(true);
            undoTimeout.playFromStart();
        });
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
        vm.load(caseId, () -> {
        });
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

    /** For tests and the main window: the exhibits shown, in grid order. */
    List<Evidence> items() {
        return List.copyOf(vm.items());
    }

    EvidenceViewModel model() {
        return vm;
    }

    EvidenceInspector inspector() {
        return inspector;
    }
}
