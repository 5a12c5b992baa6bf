package io.casevault.ui.about;

import io.casevault.app.AppInfo;
import io.casevault.app.AppInfo.Component;
import io.casevault.ui.common.AppIcons;
import io.casevault.ui.common.DialogController;
import io.casevault.ui.common.Texts;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;

/** Fills the About dialog: version and runtime, the vault and log folders, the components and the font's licence. */
public final class AboutController implements DialogController<Void> {
    private static final String FONT_LICENCE = "/io/casevault/fonts/OFL.txt";

    private final Texts texts;
    private final Path vaultDir;
    private final Path logDir;

    @FXML private ImageView icon;
    @FXML private Label version;
    @FXML private Label runtime;
    @FXML private Label vault;
    @FXML private Label logs;
    @FXML private TableView<Component> components;
    @FXML private TableColumn<Component, String> nameColumn;
    @FXML private TableColumn<Component, String> versionColumn;
    @FXML private TableColumn<Component, String> licenceColumn;
    @FXML private TextArea fontLicence;

    public AboutController(Texts texts, Path vaultDir, Path logDir) {
        this.texts = Objects.requireNonNull(texts);
        this.vaultDir = Objects.requireNonNull(vaultDir);
        this.logDir = Objects.requireNonNull(logDir);
    }

    @FXML
    private void initialize() {
        icon.setImage(AppIcons.atLeast(128));
        version.setText(texts.text("about.version", AppInfo.version()));
        runtime.setText(texts.text("about.runtime", System.getProperty("java.version"),
                System.getProperty("java.vendor")));
        vault.setText(texts.text("app.about", vaultDir.toString()));
        logs.setText(texts.text("about.logs", logDir.toString()));
        show(nameColumn, Component::name);
        show(versionColumn, Component::version);
        show(licenceColumn, Component::licence);
        components.getItems().setAll(AppInfo.components());
        fontLicence.setText(fontLicenceText());
    }

    private static void show(TableColumn<Component, String> column, Function<Component, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    private static String fontLicenceText() {
        try (InputStream in = Objects.requireNonNull(AboutController.class.getResourceAsStream(FONT_LICENCE),
                FONT_LICENCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
