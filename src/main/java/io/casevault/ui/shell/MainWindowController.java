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
import java.util.function.Supplier;

/**
 * The main window's frame: it holds the menus, case list, case header, case tabs and status bar (each its own view,
 * included from main-window.fxml) and shows the welcome view instead of the case while the vault has no cases. The
 * welcome view is built the first time it is needed, so a window opening on cases never builds it.
 */
public final class MainWindowController {
    private final CaseListViewModel cases;
    private final Supplier<Node> welcomeView;
    private Node welcome;

    @FXML private StackPane rootStack;
    @FXML private VBox top;
    @FXML private SplitPane split;
    @FXML private StackPane content;
    @FXML private VBox casePane;
    @FXML private StatusBarController statusBarController;

    /** @param welcomeView builds the welcome view (on the FX thread), the first time the vault shows no cases */
    public MainWindowController(CaseListViewModel cases, Supplier<Node> welcomeView) {
        this.cases = Objects.requireNonNull(cases);
        this.welcomeView = Objects.requireNonNull(welcomeView);
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
        if (empty && welcome == null) {
            welcome = welcomeView.get();
            welcome.setId("welcome"); // found again by this id (ScrollPositions), as when it was included
            content.getChildren().add(welcome);
        }
        if (welcome != null) {
            welcome.setVisible(empty);
        }
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
