package io.casevault.ui.export;

import io.casevault.app.ExportOptions;
import io.casevault.app.ExportResult;
import io.casevault.domain.Case;
import io.casevault.ui.common.CaseView;
import io.casevault.ui.common.DesktopFileOpener;
import io.casevault.ui.common.FileOpener;
import io.casevault.ui.common.ProgressRelay;
import io.casevault.ui.common.Tasks;
import io.casevault.ui.common.UiContext;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.CancellationException;

/**
 * The export tab: the dossier's options and file, then "Export" with a progress bar and Cancel, and afterwards the
 * file with its page count, "Open" and "Show in folder". State lives in an {@link ExportForm}; the work runs through
 * {@link Tasks} with progress relayed by a {@link ProgressRelay}.
 */
public final class ExportView implements CaseView {
    private final UiContext ctx;
    private final Exporter exporter;
    private final ExportForm form;
    private final ExportPanes panes;
    private final VBox root;
    private Long caseId;
    private String caseTitle = "";
    private boolean outputChosen;
    private ProgressRelay running;

    public ExportView(UiContext ctx) {
        this(ctx, (id, options, progress) -> ctx.session().exports().export(id, options, progress),
                new DesktopFileOpener());
    }

    public ExportView(UiContext ctx, Exporter exporter, FileOpener opener) {
        this.ctx = Objects.requireNonNull(ctx);
        this.exporter = Objects.requireNonNull(exporter);
        this.form = new ExportForm(ctx.locale());
        this.panes = new ExportPanes(ctx, form, opener);
        Label heading = new Label(ctx.text("export.heading"));
        heading.getStyleClass().add("title-3");
        Label intro = new Label(ctx.text("export.intro"));
        intro.getStyleClass().add("text-muted");
        intro.setWrapText(true);
        Button export = new Button(ctx.text("export.start"), new FontIcon("mdi2f-file-pdf-box"));
        export.setId("exportButton");
        export.getStyleClass().add("accent");
        export.setDefaultButton(false);
        export.disableProperty().bind(form.canExport().not());
        export.setOnAction(e -> startExport());
        root = new VBox(14, heading, intro, options(), export, panes.progress(), panes.result(), panes.message());
        root.setPadding(new Insets(18, 22, 18, 22));
        root.setMaxWidth(760);
        root.getStyleClass().add("export-view");
        panes.cancelButton().setOnAction(e -> cancel());
    }

    private GridPane options() {
        ToggleGroup languages = new ToggleGroup();
        RadioButton zh = new RadioButton(ctx.text("export.language.zh"));
        zh.setId("languageZh");
        zh.setUserData(ExportOptions.Language.ZH);
        RadioButton en = new RadioButton(ctx.text("export.language.en"));
        en.setId("languageEn");
        en.setUserData(ExportOptions.Language.EN);
        languages.getToggles().addAll(zh, en);
        languages.selectToggle(form.language().get() == ExportOptions.Language.ZH ? zh : en);
        languages.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                form.language().set((ExportOptions.Language) b.getUserData());
            }
        });
        CheckBox originals = new CheckBox(ctx.text("export.attachOriginals"));
        originals.setId("attachOriginals");
        originals.selectedProperty().bindBidirectional(form.attachOriginals());
        CheckBox audit = new CheckBox(ctx.text("export.includeAuditLog"));
        audit.setId("includeAuditLog");
        audit.selectedProperty().bindBidirectional(form.includeAuditLog());
        TextField output = new TextField();
        output.setId("outputField");
        output.textProperty().bindBidirectional(form.output());
        output.textProperty().addListener((o, a, b) -> {
            outputChosen = outputChosen || output.isFocused();
            if (!output.isFocused()) {
                output.end(); // the file name is what the user checks, not the start of a long folder path
            }
        });
        HBox.setHgrow(output, Priority.ALWAYS);
        Button choose = new Button(ctx.text("export.choose"));
        choose.setOnAction(e -> chooseFile());
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.getStyleClass().add("form");
        Label languageLabel = new Label(ctx.text("export.language"));
        grid.addRow(0, languageLabel, new HBox(16, zh, en));
        grid.add(originals, 1, 1);
        grid.add(hint(originals, "export.attachOriginals.hint"), 1, 2);
        grid.add(audit, 1, 3);
        grid.add(hint(audit, "export.includeAuditLog.hint"), 1, 4);
        Label outputLabel = new Label(ctx.text("export.output"));
        outputLabel.setLabelFor(output);
        HBox file = new HBox(8, output, choose);
        file.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(5, outputLabel, file);
        GridPane.setHgrow(file, Priority.ALWAYS);
        grid.disableProperty().bind(Bindings.equal(form.state(), ExportForm.State.RUNNING));
        return grid;
    }

    private Label hint(CheckBox box, String key) {
        Label hint = new Label(ctx.text(key));
        hint.getStyleClass().addAll("text-muted", "text-small");
        hint.setWrapText(true);
        hint.setPadding(new Insets(-6, 0, 0, 28));
        return hint;
    }

    @Override
    public String titleKey() {
        return "export.tab";
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void showCase(long id) {
        boolean sameCase = caseId != null && caseId == id;
        caseId = id;
        if (!sameCase) {
            outputChosen = false;
            form.reset();
        }
        Tasks.create(() -> ctx.session().cases().get(id)).title(ctx.text("export.loading"))
                .onSuccess(c -> caseLoaded(id, c))
                .onError(e -> form.failed(ctx.describe(e)))
                .run(ctx);
    }

    private void caseLoaded(long id, Case c) {
        if (caseId == null || caseId != id) {
            return;
        }
        caseTitle = c.title();
        if (!outputChosen) {
            form.output().set(defaultFolder().resolve(defaultName()).toString());
        }
    }

    private String defaultName() {
        LocalDate today = LocalDate.now(ctx.clock().withZone(ctx.zone()));
        return ExportForm.fileName(ctx.text("export.fileName"), caseTitle, today.toString());
    }

    private static Path defaultFolder() {
        return ExportForm.defaultFolder(Path.of(System.getProperty("user.home")));
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ctx.text("export.chooseTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ctx.text("export.pdfFiles"), "*.pdf"));
        Path current = form.output().get().isBlank() ? null : Path.of(form.output().get()).toAbsolutePath();
        Path folder = current != null && current.getParent() != null && current.getParent().toFile().isDirectory()
                ? current.getParent() : defaultFolder();
        chooser.setInitialDirectory(folder.toFile());
        chooser.setInitialFileName(current != null ? current.getFileName().toString() : defaultName());
        File chosen = chooser.showSaveDialog(root.getScene().getWindow());
        if (chosen != null) {
            outputChosen = true;
            form.output().set(chosen.getAbsolutePath());
        }
    }

    private void startExport() {
        if (caseId == null || !form.canExport().get()) {
            return;
        }
        ExportOptions options = form.toOptions(ctx.zone());
        long id = caseId;
        ProgressRelay relay = new ProgressRelay().start();
        running = relay;
        panes.track(relay);
        form.started();
        Tasks.create(() -> exporter.export(id, options, relay)).title(ctx.text("export.running"))
                .onSuccess(r -> finished(relay, r, null))
                .onError(e -> finished(relay, null, e))
                .run(ctx);
    }

    private void finished(ProgressRelay relay, ExportResult result, Throwable error) {
        relay.stop();
        if (running == relay) {
            running = null;
        }
        if (result != null) {
            form.succeeded(result);
        } else if (error instanceof CancellationException) {
            form.cancelled();
        } else {
            form.failed(ctx.text("export.failed", ctx.describe(error)));
        }
    }

    private void cancel() {
        if (running != null) {
            running.cancel();
        }
    }
}
