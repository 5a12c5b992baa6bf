package io.casevault.ui.common;

import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.event.ActionEvent;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.DialogPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The one way to show an FXML dialog and get its result. The FXML file holds the dialog's content (or, as its root, a
 * whole {@link DialogPane}); its controller is a {@link DialogController} created by the {@link FxmlLoaderFactory}.
 * This class adds the window around it: title, header, buttons, the app's stylesheet, modality, and a minimum size the
 * window manager must respect (without one, some open a dialog at 200 × 200 with its fields cut off).
 *
 * <pre>{@code
 * FxmlDialog.<Case>load(factory, FxmlView.CASE_DIALOG)
 *         .title(texts.text("newcase.dialogTitle"))
 *         .submit(texts.text("newcase.create"), "saveCaseButton")
 *         .cancel(texts.text("app.cancel"))
 *         .minSize(720, 640)
 *         .show(owner, saved -> ...);
 * }</pre>
 * The main button calls {@link DialogController#submit}; the dialog closes when the controller hands over its result.
 * Cancel (or the window's close box) closes it without one, and the caller hears nothing.
 */
public final class FxmlDialog<R> {
    private final Dialog<R> dialog = new Dialog<>();
    private final DialogController<R> controller;
    private double minWidth;
    private double minHeight;
    private Button submitButton;
    private boolean discardConfirmed;

    private FxmlDialog(Node root, DialogController<R> controller) {
        this.controller = Objects.requireNonNull(controller);
        if (root instanceof DialogPane pane) {
            dialog.setDialogPane(pane);
        } else {
            dialog.getDialogPane().setContent(root);
        }
        dialog.initModality(javafx.stage.Modality.WINDOW_MODAL);
        dialog.setResizable(true);
        Dialogs.addStylesheet(dialog.getDialogPane());
        dialog.setResultConverter(button -> null);
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, e -> afterShown());
    }

    /** Loads the dialog's FXML; its controller must be a {@link DialogController} of this dialog's result. */
    @SuppressWarnings("unchecked")
    public static <R> FxmlDialog<R> load(FxmlLoaderFactory factory, FxmlView view) {
        FXMLLoader loader = factory.load(view);
        if (!(loader.getController() instanceof DialogController<?> controller)) {
            throw new IllegalStateException(view + " has no DialogController");
        }
        return new FxmlDialog<>(loader.getRoot(), (DialogController<R>) controller);
    }

    public FxmlDialog<R> title(String title) {
        dialog.setTitle(title);
        return this;
    }

    public FxmlDialog<R> header(String header) {
        dialog.setHeaderText(header);
        return this;
    }

    /** The main button: enabled while the controller's {@code canSubmit} holds, and it calls its {@code submit}. */
    public FxmlDialog<R> submit(String text, String id) {
        ButtonType type = new ButtonType(text, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().add(type);
        Button button = (Button) dialog.getDialogPane().lookupButton(type);
        button.setId(id);
        submitButton = button;
        button.disableProperty().bind(javafx.beans.binding.Bindings.not(controller.canSubmit()));
        button.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            controller.submit(this::close);
        });
        return this;
    }

    /** The main button's text follows {@code text} ("Import 12 rows"); call after {@link #submit}. */
    public FxmlDialog<R> submitText(ObservableValue<String> text) {
        Objects.requireNonNull(submitButton, "submit(..) first").textProperty().bind(text);
        return this;
    }

    /**
     * Cancel, Esc and the window's close box first ask: while {@code needed} holds, the dialog stays open and {@code
     * ask} gets what closes it, to run when the user agrees to lose what they did. Closing with a result never asks.
     */
    public FxmlDialog<R> confirmCancel(BooleanSupplier needed, Consumer<Runnable> ask) {
        Objects.requireNonNull(needed);
        Objects.requireNonNull(ask);
        EventHandler<Event> guard = e -> {
            if (dialog.getResult() == null && !discardConfirmed && needed.getAsBoolean()) {
                e.consume();
                ask.accept(() -> {
                    discardConfirmed = true;
                    dialog.close();
                });
            }
        };
        dialog.addEventHandler(DialogEvent.DIALOG_CLOSE_REQUEST, guard::handle);
        // the close box hides the window even when the dialog's close request was refused, so it is stopped first
        stage().addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, guard::handle);
        return this;
    }

    /** A button that closes the dialog without a result (Cancel, Close). */
    public FxmlDialog<R> cancel(String text) {
        ButtonType type = new ButtonType(text, ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().add(type);
        return this;
    }

    /** A button that acts and keeps the dialog open (Copy details, Cancel a running backup). */
    public FxmlDialog<R> action(String text, String id, ButtonBar.ButtonData data, Consumer<Button> action) {
        ButtonType type = new ButtonType(text, data);
        dialog.getDialogPane().getButtonTypes().add(type);
        Button button = (Button) dialog.getDialogPane().lookupButton(type);
        button.setId(id);
        button.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            action.accept(button);
        });
        return this;
    }

    /** The smallest size of the window, in which the whole content shows; capped at the screen's usable area. */
    public FxmlDialog<R> minSize(double width, double height) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        minWidth = Math.min(width, screen.getWidth());
        minHeight = Math.min(height, screen.getHeight());
        dialog.getDialogPane().setMinSize(minWidth, minHeight);
        Stage stage = stage();
        stage.setMinWidth(minWidth);
        stage.setMinHeight(minHeight);
        return this;
    }

    /**
     * Shows the dialog without waiting; {@code onResult} gets the result once it has closed with one. Returns the
     * dialog, which callers keep to close it or tests to look at it.
     */
    public Dialog<R> show(Window owner, Consumer<? super R> onResult) {
        Objects.requireNonNull(onResult);
        // the toolkit may report a dialog hidden more than once; its result is handed over once
        dialog.addEventHandler(DialogEvent.DIALOG_HIDDEN, new EventHandler<>() {
            @Override
            public void handle(DialogEvent e) {
                dialog.removeEventHandler(DialogEvent.DIALOG_HIDDEN, this);
                R result = dialog.getResult();
                if (result != null) {
                    onResult.accept(result);
                }
            }
        });
        prepare(owner);
        dialog.show();
        return dialog;
    }

    /** Shows the dialog and waits until it closes; empty when it closed without a result. */
    public Optional<R> showAndWait(Window owner) {
        prepare(owner);
        return dialog.showAndWait();
    }

    /** The dialog itself, for what only some dialogs need (an icon, closing it from outside). */
    public Dialog<R> dialog() {
        return dialog;
    }

    public Stage stage() {
        return (Stage) dialog.getDialogPane().getScene().getWindow();
    }

    /** The dialog with its owner, not shown yet: for callers that show it themselves. */
    public Dialog<R> build(Window owner) {
        prepare(owner);
        return dialog;
    }

    private void prepare(Window owner) {
        if (owner != null && dialog.getOwner() == null) {
            dialog.initOwner(owner);
        }
    }

    private void afterShown() {
        // a dialog's window does not always grow to its minimum by itself (seen under openbox)
        dialog.setWidth(Math.max(dialog.getWidth(), minWidth));
        dialog.setHeight(Math.max(dialog.getHeight(), minHeight));
        Node focus = controller.initialFocus();
        if (focus != null) {
            Platform.runLater(focus::requestFocus);
        }
    }

    private void close(R result) {
        dialog.setResult(Objects.requireNonNull(result));
        dialog.close();
    }
}
