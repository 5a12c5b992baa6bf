package io.casevault.ui.export;

import io.casevault.app.ExportOptions;
import io.casevault.ui.common.CaseView;
import io.casevault.ui.common.Texts;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

import java.io.File;
import java.util.Objects;

/**
 * The export tab ({@code export.fxml}): the dossier's options and file, "Export" with progress and Cancel, then the
 * file with its page count, "Open" and "Show in folder"; then the hand-over: "Form text…" and "Export originals…".
 * Binds the controls to an {@link ExportViewModel}.
 */
public final class ExportController implements CaseView {
    private final ExportViewModel vm;
    private final ExportForm form;
    private final Texts texts;
    private final HandOverDialogs handOver;

    @FXML private VBox root;
    @FXML private ToggleGroup languages;
    @FXML private RadioButton languageZh;
    @FXML private RadioButton languageEn;
    @FXML private ToggleGroup copies;
    @FXML private RadioButton copyArchival;
    @FXML private RadioButton copySubmission;
    @FXML private VBox submissionPane;
    @FXML private Label presetLabel;
    @FXML private ComboBox<SizePreset> presetChoice;
    @FXML private TextField typedMegabytes;
    @FXML private Label typedUnit;
    @FXML private Label presetSource;
    @FXML private CheckBox splitVolumes;
    @FXML private Label predictionLabel;
    @FXML private Label achievedLabel;
    @FXML private CheckBox attachOriginals;
    @FXML private CheckBox includeAuditLog;
    @FXML private VBox options;
    @FXML private Label outputLabel;
    @FXML private TextField outputField;
    @FXML private Button exportButton;
    @FXML private VBox exportProgressPane;
    @FXML private ProgressBar exportProgress;
    @FXML private Label progressItem;
    @FXML private VBox exportResultPane;
    @FXML private Label exportedPath;
    @FXML private Label exportedPages;
    @FXML private Label exportMessage;
    @FXML private Button formTextButton;
    @FXML private Button exportOriginalsButton;

    public ExportController(ExportViewModel vm, HandOverDialogs handOver, Texts texts) {
        this.vm = Objects.requireNonNull(vm);
        this.form = vm.form();
        this.handOver = Objects.requireNonNull(handOver);
        this.texts = Objects.requireNonNull(texts);
    }

    @FXML
    private void initialize() {
        languageZh.setUserData(ExportOptions.Language.ZH);
        languageEn.setUserData(ExportOptions.Language.EN);
        languages.selectToggle(form.language().get() == ExportOptions.Language.ZH ? languageZh : languageEn);
        languages.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                form.language().set((ExportOptions.Language) b.getUserData());
            }
        });
        submissionCopy();
        // the box shows the form's choice only for the archival dossier; in the copy to send it is unticked
        attachOriginals.setSelected(form.originalsTicked().get());
        form.originalsTicked().addListener((o, a, ticked) -> attachOriginals.setSelected(ticked));
        attachOriginals.selectedProperty().addListener((o, a, ticked) -> {
            if (form.copy().get() == ExportForm.Copy.ARCHIVAL) {
                form.attachOriginals().set(ticked);
            }
        });
        includeAuditLog.selectedProperty().bindBidirectional(form.includeAuditLog());
        outputLabel.setLabelFor(outputField);
        outputField.textProperty().bindBidirectional(form.output());
        outputField.textProperty().addListener((o, a, b) -> {
            if (outputField.isFocused()) {
                vm.outputChosenByUser();
            } else {
                outputField.end(); // the file name is what the user checks, not the start of a long folder path
            }
        });
        options.disableProperty().bind(Bindings.equal(form.state(), ExportForm.State.RUNNING));
        exportButton.disableProperty().bind(form.canExport().not());

        exportProgress.progressProperty().bind(vm.progress());
        exportProgress.accessibleTextProperty().bind(Bindings.createStringBinding(() -> vm.progress().get() < 0
                ? texts.text("export.running") : texts.text("export.percent", vm.progress().get()), vm.progress()));
        progressItem.textProperty().bind(vm.progressText());
        showWhen(exportProgressPane, ExportForm.State.RUNNING);

        exportedPath.textProperty().bind(Bindings.createStringBinding(() -> form.result().get() == null ? ""
                : form.result().get().file().toString(), form.result()));
        exportedPages.textProperty().bind(Bindings.createStringBinding(() -> form.result().get() == null ? ""
                : texts.text("export.pages", form.result().get().pages()), form.result()));
        showWhen(exportResultPane, ExportForm.State.DONE);

        exportMessage.textProperty().bind(Bindings.createStringBinding(() -> switch (form.state().get()) {
            case CANCELLED -> texts.text("export.cancelled");
            case FAILED -> form.error().get();
            default -> "";
        }, form.state(), form.error()));
        form.state().addListener((o, a, s) -> exportMessage.getStyleClass()
                .setAll(s == ExportForm.State.FAILED ? new String[] {"label", "field-error"} : new String[] {"label"}));
        exportMessage.visibleProperty().bind(exportMessage.textProperty().isNotEmpty());
        exportMessage.managedProperty().bind(exportMessage.visibleProperty());
        formTextButton.disableProperty().bind(vm.caseShown().not());
        exportOriginalsButton.disableProperty().bind(vm.caseShown().not());
    }

    /** The choice of copy, and the submission copy's size, its source, splitting and the predicted size. */
    private void submissionCopy() {
        copyArchival.setUserData(ExportForm.Copy.ARCHIVAL);
        copySubmission.setUserData(ExportForm.Copy.SUBMISSION);
        copies.selectToggle(form.copy().get() == ExportForm.Copy.SUBMISSION ? copySubmission : copyArchival);
        copies.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                form.copy().set((ExportForm.Copy) b.getUserData());
            }
        });
        BooleanBinding submission = Bindings.equal(form.copy(), ExportForm.Copy.SUBMISSION);
        submissionPane.visibleProperty().bind(submission);
        submissionPane.managedProperty().bind(submission);
        attachOriginals.disableProperty().bind(submission);
        presetLabel.setLabelFor(presetChoice);
        presetChoice.getItems().setAll(SizePreset.values());
        presetChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(SizePreset p) {
                return p == null ? "" : texts.text(p.key());
            }

            @Override
            public SizePreset fromString(String s) {
                return null;
            }
        });
        presetChoice.valueProperty().bindBidirectional(form.preset());
        BooleanBinding typed = Bindings.equal(form.preset(), SizePreset.TYPED);
        typedMegabytes.visibleProperty().bind(typed);
        typedMegabytes.managedProperty().bind(typed);
        typedUnit.visibleProperty().bind(typed);
        typedUnit.managedProperty().bind(typed);
        typedMegabytes.textProperty().bindBidirectional(form.typedMegabytes());
        typedMegabytes.setAccessibleText(texts.text("export.preset.typed"));
        presetSource.textProperty().bind(Bindings.createStringBinding(() -> form.preset().get() == null ? ""
                : texts.text(form.preset().get().sourceKey()), form.preset()));
        splitVolumes.selectedProperty().bindBidirectional(form.split());
        predictionLabel.textProperty().bind(vm.prediction());
        achievedLabel.textProperty().bind(vm.achieved());
        achievedLabel.visibleProperty().bind(vm.achieved().isNotEmpty());
        achievedLabel.managedProperty().bind(achievedLabel.visibleProperty());
    }

    private void showWhen(Node node, ExportForm.State state) {
        node.visibleProperty().bind(Bindings.equal(form.state(), state));
        node.managedProperty().bind(node.visibleProperty());
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
    public void showCase(long caseId) {
        vm.showCase(caseId);
    }

    @FXML
    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.text("export.chooseTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.text("export.pdfFiles"), "*.pdf"));
        chooser.setInitialDirectory(vm.chooserFolder().toFile());
        chooser.setInitialFileName(vm.chooserFileName());
        File chosen = chooser.showSaveDialog(root.getScene().getWindow());
        if (chosen != null) {
            vm.choose(chosen.toPath());
        }
    }

    @FXML
    private void export() {
        vm.export();
    }

    @FXML
    private void cancel() {
        vm.cancel();
    }

    @FXML
    private void open() {
        vm.open();
    }

    @FXML
    private void showInFolder() {
        vm.showInFolder();
    }

    @FXML
    private void formText() {
        handOver.formText(root.getScene().getWindow(), vm.caseId());
    }

    @FXML
    private void exportOriginals() {
        handOver.originals(root.getScene().getWindow(), vm.caseId(), vm.caseTitle());
    }
}
