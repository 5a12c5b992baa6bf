package io.casevault.ui.about;

import io.casevault.app.AppInfo;
import io.casevault.app.AppInfo.Component;
import io.casevault.ui.common.AppIcons;
import io.casevault.ui.common.Dialogs;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * Help → About: the icon, name and version (from the pom), the vault and log folders, and the bundled components
 * with their licences, the font's licence in full. Everything is local; there are no links to follow.
 */
public final class AboutDialog {
    private static final String FONT_LICENCE = "/io/casevault/fonts/OFL.txt";

    private AboutDialog() {
    }

    /** Builds the dialog; the caller shows it. */
    public static Dialog<ButtonType> create(ResourceBundle bundle, Path vault, Path logs, Window owner) {
        Objects.requireNonNull(vault);
        Objects.requireNonNull(logs);
        Dialog<ButtonType> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner, bundle.getString("menu.help.about"));
        ((Stage) dialog.getDialogPane().getScene().getWindow()).getIcons().setAll(AppIcons.all());
        dialog.getDialogPane().getButtonTypes().setAll(
                new ButtonType(bundle.getString("about.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setId("about-dialog");

        ImageView icon = new ImageView(AppIcons.atLeast(128));
        icon.setFitWidth(96);
        icon.setFitHeight(96);
        icon.setPreserveRatio(true);
        Label name = new Label(bundle.getString("app.title"));
        name.getStyleClass().add("title-2");
        Label version = label("about-version", text(bundle, "about.version", AppInfo.version()));
        Label runtime = label("about-runtime", text(bundle, "about.runtime", System.getProperty("java.version"),
                System.getProperty("java.vendor")));
        runtime.getStyleClass().add("text-muted");
        Label summary = label("about-vault", text(bundle, "app.about", vault.toString()));
        Label logFolder = label("about-logs", text(bundle, "about.logs", logs.toString()));
        Label licence = new Label(bundle.getString("about.licence"));
        VBox heading = new VBox(4, name, version, runtime);
        HBox top = new HBox(16, icon, heading);

        Label componentsTitle = new Label(bundle.getString("about.components"));
        componentsTitle.getStyleClass().add("title-4");
        TableView<Component> components = componentTable(bundle);

        TextArea fontLicence = new TextArea(fontLicenceText());
        fontLicence.setEditable(false);
        fontLicence.setWrapText(true);
        fontLicence.setPrefRowCount(10);
        fontLicence.setId("about-font-licence");
        TitledPane fontPane = new TitledPane(bundle.getString("about.fontLicence"), fontLicence);
        fontPane.setExpanded(false);

        for (Label l : new Label[] {summary, logFolder, licence}) {
            l.setWrapText(true);
        }
        VBox content = new VBox(10, top, summary, logFolder, licence, componentsTitle, components, fontPane);
        content.setStyle("-fx-padding: 1em 1.5em 0 1.5em;");
        dialog.getDialogPane().setContent(content);
        // Wide enough for the licence expressions: the theme caps dialogs at 600 px in its stylesheet.
        dialog.getDialogPane().setStyle("-fx-pref-width: 800px; -fx-max-width: 800px;");
        return dialog;
    }

    private static TableView<Component> componentTable(ResourceBundle bundle) {
        TableView<Component> table = new TableView<>();
        table.setId("about-components");
        table.getColumns().add(column(bundle.getString("about.component"), Component::name, 250));
        table.getColumns().add(column(bundle.getString("about.componentVersion"), Component::version, 90));
        table.getColumns().add(column(bundle.getString("about.componentLicence"), Component::licence, 400));
        table.getItems().setAll(AppInfo.components());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(220);
        return table;
    }

    private static TableColumn<Component, String> column(String title, Function<Component, String> value,
                                                         double width) {
        TableColumn<Component, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static Label label(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        return label;
    }

    private static String text(ResourceBundle bundle, String key, Object... args) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
    }

    private static String fontLicenceText() {
        try (InputStream in = Objects.requireNonNull(AboutDialog.class.getResourceAsStream(FONT_LICENCE),
                FONT_LICENCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
