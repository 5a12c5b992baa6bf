package io.casevault.ui.shell;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.nio.file.Path;
import java.util.ResourceBundle;

/** Shown instead of the main window when the vault cannot be opened, e.g. because another CaseVault holds it. */
final class VaultProblemPane extends VBox {

    VaultProblemPane(ResourceBundle bundle, String message, Path dir, Runnable chooseOther, Runnable quit) {
        super(14);
        setAlignment(Pos.CENTER);
        setPadding(new Insets(40));
        FontIcon icon = new FontIcon("mdi2l-lock-alert-outline");
        Label title = new Label(bundle.getString("app.vaultProblem"));
        title.getStyleClass().add("title-3");
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(560);
        text.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        Label path = new Label(dir == null ? "" : dir.toString());
        path.getStyleClass().add("text-muted");
        Button other = new Button(bundle.getString("menu.file.openVault"));
        other.setOnAction(e -> chooseOther.run());
        Button close = new Button(bundle.getString("menu.file.quit"));
        close.setOnAction(e -> quit.run());
        HBox buttons = new HBox(10, other, close);
        buttons.setAlignment(Pos.CENTER);
        getChildren().addAll(icon, title, text, path, buttons);
        getStyleClass().add("vault-problem");
    }
}
