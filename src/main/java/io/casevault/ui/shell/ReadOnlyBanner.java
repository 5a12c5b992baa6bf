package io.casevault.ui.shell;

import io.casevault.ui.common.Texts;
import io.casevault.ui.common.WriteAccess;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The line under the menus while the vault can only be read: why, and what still works. It cannot be dismissed; when
 * the cause can pass (a disk that filled) it offers to try writing again.
 */
final class ReadOnlyBanner extends HBox {

    ReadOnlyBanner(WriteAccess writes, Texts texts, ObservableBooleanValue canRetry, Runnable retry) {
        setId("readOnlyBanner");
        getStyleClass().add("read-only-banner");
        Label text = new Label();
        text.setId("readOnlyText");
        text.textProperty().bind(writes.why());
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button again = new Button(texts.text("readonly.retry"));
        again.setId("readOnlyRetry");
        again.getStyleClass().addAll("accent", "small");
        again.setMinWidth(Button.USE_PREF_SIZE);
        again.visibleProperty().bind(canRetry);
        again.managedProperty().bind(canRetry);
        again.setOnAction(e -> retry.run());
        getChildren().addAll(new FontIcon("mdi2l-lock-outline"), text, again);
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        visibleProperty().bind(writes.readOnly());
        managedProperty().bind(visibleProperty());
    }
}
