package io.casevault.ui.shell;

import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ResourceBundle;

/** The in-window notifications, stacked at the bottom right; information fades after a while, errors stay longer. */
final class ToastPane extends VBox {
    private final StatusBarViewModel model;
    private final ResourceBundle bundle;

    ToastPane(StatusBarViewModel model, ResourceBundle bundle) {
        this.model = model;
        this.bundle = bundle;
        setSpacing(8);
        setAlignment(Pos.BOTTOM_RIGHT);
        setPickOnBounds(false);
        setMaxWidth(Region.USE_PREF_SIZE);
        getStyleClass().add("toast-pane");
        model.toasts().addListener((ListChangeListener<StatusBarViewModel.Toast>) c -> render());
        render();
    }

    private void render() {
        getChildren().setAll(model.toasts().stream().map(this::card).toList());
    }

    private VBox card(StatusBarViewModel.Toast toast) {
        Label title = new Label(toast.title());
        title.getStyleClass().add("toast-title");
        FontIcon icon = new FontIcon(toast.error() ? "mdi2a-alert-circle-outline" : "mdi2i-information-outline");
        Button close = new Button(null, new FontIcon("mdi2c-close"));
        close.getStyleClass().addAll("flat", "toast-close");
        close.setAccessibleText(bundle.getString("status.dismiss"));
        close.setOnAction(e -> model.dismiss(toast));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox head = new HBox(8, icon, title, grow, close);
        head.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label(toast.message());
        message.setWrapText(true);
        message.getStyleClass().add("toast-message");
        VBox card = new VBox(4, head, message);
        if (toast.action() != null) {
            Button action = new Button(toast.actionText());
            action.getStyleClass().add("accent");
            action.setOnAction(e -> model.act(toast));
            HBox actions = new HBox(action);
            actions.setAlignment(Pos.CENTER_RIGHT);
            card.getChildren().add(actions);
        }
        card.getStyleClass().addAll("toast", toast.error() ? "toast-error" : "toast-info");
        card.setPrefWidth(360);
        card.setMaxWidth(360);
        PauseTransition fade = new PauseTransition(Duration.seconds(toast.error() ? 20 : 8));
        fade.setOnFinished(e -> model.dismiss(toast));
        card.hoverProperty().addListener((o, was, is) -> {
            if (is) {
                fade.stop();
            } else {
                fade.playFromStart();
            }
        });
        fade.play();
        return card;
    }
}
