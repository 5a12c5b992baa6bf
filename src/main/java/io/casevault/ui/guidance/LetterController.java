package io.casevault.ui.guidance;

import io.casevault.app.ExportOptions.Language;
import io.casevault.domain.Channel;
import io.casevault.ui.common.DialogController;
import io.casevault.ui.common.DisplayConverter;
import io.casevault.ui.common.Texts;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;

import java.util.Objects;

/** Binds the letter dialog to a {@link LetterViewModel}; asks where to save through a file target. */
public final class LetterController implements DialogController<Void> {
    private final LetterViewModel model;
    private final LetterDialog.FileTarget target;
    private final Texts texts;

    @FXML private ComboBox<Language> language;
    @FXML private TextArea text;
    @FXML private HBox actions;
    @FXML private ComboBox<Channel> logChannel;
    @FXML private Button log;
    @FXML private Label status;

    public LetterController(LetterViewModel model, LetterDialog.FileTarget target, Texts texts) {
        this.model = Objects.requireNonNull(model);
        this.target = Objects.requireNonNull(target);
        this.texts = Objects.requireNonNull(texts);
    }

    @FXML
    private void initialize() {
        language.getItems().setAll(model.languages());
        language.setConverter(DisplayConverter.of(l -> texts.text("letter.lang." + l.name())));
        language.valueProperty().bindBidirectional(model.language());
        text.textProperty().bindBidirectional(model.text());
        logChannel.getItems().setAll(model.logChannels());
        logChannel.setConverter(DisplayConverter.of(c -> texts.text("followup.channel." + c.name())));
        logChannel.valueProperty().bindBidirectional(model.logChannel());
        log.disableProperty().bind(model.logged());
        actions.disableProperty().bind(text.textProperty().isEmpty());
        status.textProperty().bind(model.status());
        model.compose();
    }

    @FXML
    private void exportPdf() {
        export("pdf");
    }

    @FXML
    private void exportTxt() {
        export("txt");
    }

    private void export(String extension) {
        target.choose(text.getScene().getWindow(), extension, model.suggestedName(extension)).ifPresent(model::export);
    }

    @FXML
    private void copy() {
        ClipboardContent content = new ClipboardContent();
        content.putString(text.getText());
        Clipboard.getSystemClipboard().setContent(content);
        model.copied();
    }

    @FXML
    private void log() {
        model.logAsFollowUp();
    }
}
