package io.casevault.ui.shell;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.Objects;

/**
 * The main window's frame: it holds the menus, case list, case header, case tabs and status bar (each its own view,
 * included from main-window.fxml) and shows the welcome view instead of the case while the vault has no cases.
 */
public final class MainWindowController {
    private final CaseListViewModel cases;

    @FXML private StackPane rootStack;
    @FXML private VBox top;
    @FXML private SplitPane split;
    @FXML private VBox casePane;
    @FXML private Node welcome;
    @FXML private StatusBarController statusBarController;

    public MainWindowController(CaseListViewModel cases) {
        this.cases = Objects.requireNonNull(cases);
    }

    @FXML
    private void initialize() {
        cases.selectedId().addListener((o, old, id) -> updateContent());
        cases.cases().addListener((ListChangeListener<Object>) c -> updateContent());
        cases.loaded().addListener((o, a, b) -> updateContent());
        Node toasts = statusBarController.toasts();
        StackPane.setAlignment(toasts, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(toasts, new Insets(0, 16, 44, 0));
        rootStack.getChildren().add(toasts);
        top.getChildren().add(statusBarController.notices());
        updateContent();
    }

    private void updateContent() {
        boolean empty = cases.loaded().get() && cases.cases().isEmpty();
        welcome.setVisible(empty);
        casePane.setVisible(!empty && cases.selected().isPresent());
    }

    /** Puts {@code line} under the menus, above the notices (the read-only banner). */
    void showUnderMenus(Node line) {
        top.getChildren().add(1, line);
    }

    /** Where the divider between the case list and the case is, as a share of the window's width. */
    public double divider() {
        return split.getDividerPositions()[0];
    }

    /**
     * Puts the divider back where it was (a window built again in another language); once more after the first layout,
     * which would otherwise place it from the list's preferred width.
     */
    public void setDivider(double position) {
        split.setDividerPositions(position);
        Platform.runLater(() -> split.setDividerPositions(position));
    }
}
