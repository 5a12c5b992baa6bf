package io.casevault.ui.guidance;

import io.casevault.app.ExportOptions;
import io.casevault.domain.Channel;
import io.casevault.domain.ContactDirection;
import io.casevault.domain.NewFollowUp;
import io.casevault.ui.common.Dialogs;
import io.casevault.ui.common.DisplayConverter;
import io.casevault.ui.common.Tasks;
import io.casevault.ui.common.UiContext;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The complaint letter of a case: written by CaseVault in Chinese or English, edited here, then exported as PDF or
 * text, copied, and logged as a follow-up (by letter or e-mail) in one step.
 */
public final class LetterDialog extends Dialog<Void> {

    /** Where an exported letter goes; the window asks with a file chooser, tests answer directly. */
    @FunctionalInterface
    public interface FileTarget {
        Optional<Path> choose(Window owner, String extension, String suggestedName);
    }

    final ComboBox<ExportOptions.Language> language = new ComboBox<>();
    final TextArea text = new TextArea();
    final Button exportPdf;
    final Button exportTxt;
    final Button copy;
    final ComboBox<Channel> logChannel = new ComboBox<>();
    final Button log;
    final Label status = new Label();
    private final UiContext ctx;
    private final long caseId;
    private final String caseTitle;
    private final FileTarget target;
    private final Runnable onLogged;

    public LetterDialog(UiContext ctx, Window owner, long caseId, String caseTitle, FileTarget target,
                        Runnable onLogged) {
        this.ctx = ctx;
        this.caseId = caseId;
        this.caseTitle = caseTitle;
        this.target = target;
        this.onLogged = onLogged;
        Dialogs.prepare(this, owner, ctx.text("letter.dialog.title"));
        setHeaderText(ctx.text("letter.dialog.header"));
        language.getItems().setAll(ExportOptions.Language.values());
        language.setConverter(converter("letter.lang."));
        language.setValue("zh".equals(ctx.locale().getLanguage()) ? ExportOptions.Language.ZH
                : ExportOptions.Language.EN);
        language.valueProperty().addListener((o, a, b) -> compose());
        text.setWrapText(true);
        text.setPrefRowCount(24);
        text.setPrefColumnCount(72);
        text.setId("letterText");
        exportPdf = new Button(ctx.text("letter.exportPdf"));
        exportTxt = new Button(ctx.text("letter.exportTxt"));
        copy = new Button(ctx.text("letter.copy"));
        exportPdf.setOnAction(e -> export("pdf"));
        exportTxt.setOnAction(e -> export("txt"));
        copy.setOnAction(e -> copyText());
        logChannel.getItems().setAll(Channel.LETTER, Channel.EMAIL);
        logChannel.setValue(Channel.LETTER);
        logChannel.setConverter(converter("followup.channel."));
        log = new Button(ctx.text("letter.log"));
        log.setOnAction(e -> logAsFollowUp());
        status.setWrapText(true);
        status.getStyleClass().add("text-muted");
        status.setId("letterStatus");
        Label hint = new Label(ctx.text("letter.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().addAll("text-muted", "text-small");
        HBox top = new HBox(8, new Label(ctx.text("letter.language")), language);
        top.setAlignment(Pos.CENTER_LEFT);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox actions = new HBox(8, exportPdf, exportTxt, copy, gap, logChannel, log);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox content = new VBox(10, top, hint, text, actions, status);
        VBox.setVgrow(text, Priority.ALWAYS);
        content.setPrefWidth(760);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(new ButtonType(ctx.text("letter.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        actions.disableProperty().bind(text.textProperty().isEmpty());
        compose();
    }

    /** A file chooser for the given extension, starting in the user's home folder. */
    public static FileTarget chooser(UiContext ctx) {
        return (owner, extension, suggested) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(ctx.text("letter.dialog.title"));
            chooser.setInitialFileName(suggested);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(
                    java.util.Locale.ROOT), "*." + extension));
            File f = chooser.showSaveDialog(owner);
            return Optional.ofNullable(f).map(File::toPath);
        };
    }

    private void compose() {
        ExportOptions.Language lang = language.getValue();
        LocalDate today = LocalDate.now(ctx.clock().withZone(ctx.zone()));
        Tasks.create(() -> ctx.session().guidance().letter(caseId, lang, today))
                .title(ctx.text("letter.composing"))
                .onSuccess(t -> {
                    if (lang == language.getValue()) {
                        text.setText(t);
                    }
                })
                .onError(e -> status.setText(ctx.text("letter.failed", ctx.describe(e))))
                .run(ctx);
    }

    private void export(String extension) {
        Window owner = getDialogPane().getScene() == null ? null : getDialogPane().getScene().getWindow();
        String name = ctx.text("letter.fileName", safeName(caseTitle)) + "." + extension;
        Optional<Path> chosen = target.choose(owner, extension, name);
        if (chosen.isEmpty()) {
            return;
        }
        String letter = text.getText();
        ExportOptions.Language lang = language.getValue();
        Tasks.create(() -> ctx.session().guidance().writeLetter(caseId, letter, lang, chosen.get()))
                .title(ctx.text("letter.exporting"))
                .onSuccess(p -> status.setText(ctx.text("letter.exported", p.toString())))
                .onError(e -> status.setText(ctx.text("letter.failed", ctx.describe(e))))
                .run(ctx);
    }

    /** Characters no file system likes, replaced so the suggested name can be saved anywhere. */
    static String safeName(String title) {
        String cleaned = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return cleaned.length() > 60 ? cleaned.substring(0, 60) : cleaned;
    }

    private void copyText() {
        ClipboardContent content = new ClipboardContent();
        content.putString(text.getText());
        Clipboard.getSystemClipboard().setContent(content);
        status.setText(ctx.text("letter.copied"));
    }

    private void logAsFollowUp() {
        Channel channel = logChannel.getValue();
        String summary = ctx.text("letter.logSummary", ctx.text("letter.lang." + language.getValue().name()));
        NewFollowUp f = new NewFollowUp(caseId, ctx.clock().instant(), ctx.zone(), channel,
                ContactDirection.OUTGOING, null, null, summary, null, null);
        log.setDisable(true);
        Tasks.create(() -> ctx.session().followUps().add(f))
                .title(ctx.text("letter.logging"))
                .onSuccess(saved -> {
                    status.setText(ctx.text("letter.logged", ctx.text("followup.channel." + channel.name())));
                    onLogged.run();
                })
                .onError(e -> {
                    log.setDisable(false);
                    status.setText(ctx.text("letter.failed", ctx.describe(e)));
                })
                .run(ctx);
    }

    private <E extends Enum<E>> DisplayConverter<E> converter(String prefix) {
        return DisplayConverter.of(value -> ctx.text(prefix + value.name()));
    }
}
