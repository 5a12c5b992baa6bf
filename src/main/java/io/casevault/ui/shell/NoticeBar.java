package io.casevault.ui.shell;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ResourceBundle;

/**
 * The notices under the menus, a slim line each (icon, title, message, its action, a close button): they push the
 * window's content down a line instead of covering it, and stay until dismissed or acted on. Hidden when there are none.
 */
final class NoticeBar extends VBox {
    private final StatusBarViewModel model;
    private final ResourceBundle bundle;

    NoticeBar(StatusBarViewModel model, ResourceBundle bundle) {
        this.model = model;
        this.bundle = bundle;
        setId("noticeBar");
        getStyleClass().add("notice-bar");
        managedProperty().bind(visibleProperty());
        model.notices().addListener((ListChangeListener<StatusBarViewModel.Toast>) c -> render());
        render();
    }

    private void render() {
        getChildren().setAll(model.notices().stream().map(this::line).toList());
        setVisible(!model.notices().isEmpty());
    }

    private HBox line(StatusBarViewModel.Toast notice) {
        FontIcon icon = new FontIcon(notice.error() ? "mdi2a-alert-circle-outline" : "mdi2b-bell-outline");
        Label title = new Label(notice.title());
        title.getStyleClass().add("notice-title");
        title.setMinWidth(Label.USE_PREF_SIZE);
        String oneLine = notice.message().replace("\n", "  ·  ");
        Label message = new Label(oneLine);
        message.getStyleClass().add("notice-message");
        message.setTooltip(new Tooltip(notice.message()));
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox line = new HBox(8, icon, title, message);
        if (notice.action() != null) {
            Button action = new Button(notice.actionText());
            action.getStyleClass().addAll("accent", "small");
            action.setMinWidth(Button.USE_PREF_SIZE);
            action.setOnAction(e -> model.act(notice));
            line.getChildren().add(action);
        }
        Button close = new Button(null, new FontIcon("mdi2c-close"));
        close.getStyleClass().addAll("flat", "small", "notice-close");
        close.setAccessibleText(bundle.getString("status.dismiss"));
        close.setTooltip(new Tooltip(bundle.getString("status.dismiss")));
        close.setOnAction(e -> model.dismiss(notice));
        line.getChildren().add(close);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().addAll("notice", notice.error() ? "notice-error" : "notice-info");
        return line;
    }
}
