package io.casevault.ui.export;

import io.casevault.app.ByteSize;
import io.casevault.app.ExportOptions;
import io.casevault.app.ExportResult;
import io.casevault.app.SubmissionExport;
import io.casevault.domain.Case;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.FileOpener;
import io.casevault.ui.common.Notifier;
import io.casevault.ui.common.ProgressRelay;
import io.casevault.ui.common.Tasks;
import io.casevault.ui.common.Texts;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;

/**
 * The export tab without controls: the {@link ExportForm} (options, file, where the export stands), the file name the
 * case suggests, the running export's progress, and the commands export, cancel, open and show in folder.
 */
public final class ExportViewModel {

    /** The case to export, for the file name its title suggests. */
    @FunctionalInterface
    public interface Cases {
        Case get(long caseId);
    }

    private final Exporter exporter;
    private final SizePredictor predictor;
    private final Cases cases;
    private final FileOpener opener;
    private final Path home;
    private final Texts texts;
    private final Background background;
    private final Clock clock;
    private final Notifier notifier;
    private final ExportForm form;
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty progressText = new SimpleStringProperty("");
    private final StringProperty prediction = new SimpleStringProperty("");
    private final StringProperty achieved = new SimpleStringProperty("");
    private int predictions;
    private Long caseId;
    private String caseTitle = "";
    private boolean outputChosen;
    private ProgressRelay running;
    private final javafx.beans.property.ReadOnlyBooleanWrapper caseShown =
            new javafx.beans.property.ReadOnlyBooleanWrapper();

    /**
     * @param home  the user's home folder, whose Documents folder is where a dossier goes by default
     * @param clock the clock in the user's time zone: the day in the default file name
     */
    public ExportViewModel(Exporter exporter, SizePredictor predictor, Cases cases, FileOpener opener, Path home,
                           Texts texts, Background background, Clock clock, Notifier notifier) {
        this.exporter = Objects.requireNonNull(exporter);
        this.predictor = Objects.requireNonNull(predictor);
        this.cases = Objects.requireNonNull(cases);
        this.opener = Objects.requireNonNull(opener);
        this.home = Objects.requireNonNull(home);
        this.texts = Objects.requireNonNull(texts);
        this.background = Objects.requireNonNull(background);
        this.clock = Objects.requireNonNull(clock);
        this.notifier = Objects.requireNonNull(notifier);
        this.form = new ExportForm(texts.locale());
        // a changed size or choice makes the shown prediction stale: predict again
        form.copy().addListener((o, a, b) -> predict());
        form.preset().addListener((o, a, b) -> predict());
        form.typedMegabytes().addListener((o, a, b) -> predict());
        form.split().addListener((o, a, b) -> predict());
        form.result().addListener((o, a, r) -> achieved.set(r == null || r.submission() == null ? ""
                : describe(r.submission())));
    }

    /** The submission copy's predicted size in words, before exporting; empty for the archival dossier. */
    public ReadOnlyStringProperty prediction() {
        return prediction;
    }

    /** The written submission copy's size, files and prediction in words; empty before and for the archival one. */
    public ReadOnlyStringProperty achieved() {
        return achieved;
    }

    /**
     * Predicts the submission copy's size in the background (a sample of the pictures is re-encoded); a newer
     * prediction replaces an older one still running.
     */
    public void predict() {
        int run = ++predictions;
        if (caseId == null || form.copy().get() != ExportForm.Copy.SUBMISSION || !form.canExport().get()) {
            prediction.set("");
            return;
        }
        long id = caseId;
        ExportOptions options = form.toOptions(clock.getZone());
        prediction.set(texts.text("export.predicting"));
        Tasks.create(() -> predictor.predict(id, options)).title(texts.text("export.predicting"))
                .onSuccess(p -> {
                    if (run == predictions) {
                        prediction.set(describe(p, options));
                    }
                })
                .onError(e -> {
                    if (run == predictions) {
                        prediction.set(texts.text("export.predictFailed", texts.describe(e)));
                    }
                })
                .run(background);
    }

    private String describe(SubmissionExport.Prediction p, ExportOptions options) {
        String size = ByteSize.format(p.bytes());
        String limit = ByteSize.format(options.maxBytes());
        if (!p.fits()) {
            return texts.text(options.split() ? "export.predicted.tooLarge" : "export.predicted.needsSplit", size,
                    limit);
        }
        return texts.text("export.predicted", size, p.volumes(), limit, pictures(p.reduction()));
    }

    private String describe(ExportResult.Submission s) {
        return texts.text("export.achieved", ByteSize.format(s.totalBytes()), s.volumes().size(),
                ByteSize.format(s.predictedBytes()), pictures(s.reduction()));
    }

    /** How the pictures are reduced, in the interface's language. */
    private String pictures(Optional<SubmissionExport.Reduction> reduction) {
        return reduction.map(r -> texts.text("export.pictures.reduced", r.shortSide(), r.quality(), r.grey() ? 1 : 0))
                .orElseGet(() -> texts.text("export.pictures.asIs"));
    }

    public ExportForm form() {
        return form;
    }

    /** The running export's progress, between 0 and 1, or negative while its total is unknown. */
    public ReadOnlyDoubleProperty progress() {
        return progress;
    }

    /** The exhibit being written, in words; empty before the first. */
    public ReadOnlyStringProperty progressText() {
        return progressText;
    }

    /** Shows the case: another case starts from a fresh form and the file its title suggests. */
    public void showCase(long id) {
        boolean sameCase = caseId != null && caseId == id;
        caseId = id;
        if (!sameCase) {
            outputChosen = false;
            form.reset();
        }
        Tasks.create(() -> cases.get(id)).title(texts.text("export.loading"))
                .onSuccess(c -> caseLoaded(id, c))
                .onError(e -> form.failed(texts.describe(e)))
                .run(background);
    }

    private void caseLoaded(long id, Case c) {
        if (caseId == null || caseId != id) {
            return;
        }
        caseTitle = c.title();
        caseShown.set(true);
        if (!outputChosen) {
            form.output().set(defaultFolder().resolve(defaultName()).toString());
        }
        predict();
    }

    /** True once a case is shown: the hand-over dialogs open for it. */
    public javafx.beans.property.ReadOnlyBooleanProperty caseShown() {
        return caseShown.getReadOnlyProperty();
    }

    /** The case shown, or null before one is. */
    public Long caseId() {
        return caseId;
    }

    /** The title of the case shown; empty before it is loaded. */
    public String caseTitle() {
        return caseTitle;
    }

    /** The user typed or chose the file: showing the case again no longer replaces it with the suggested one. */
    public void outputChosenByUser() {
        outputChosen = true;
    }

    /** The user chose this file in the save dialog. */
    public void choose(Path file) {
        outputChosen = true;
        form.output().set(file.toAbsolutePath().toString());
    }

    /** The suggested file name, from the case title and today. */
    public String defaultName() {
        return ExportForm.fileName(texts.text("export.fileName"), caseTitle, LocalDate.now(clock).toString());
    }

    public Path defaultFolder() {
        return ExportForm.defaultFolder(home);
    }

    /** Where the save dialog opens: the current file's folder when it exists, else the default folder. */
    public Path chooserFolder() {
        Path current = currentOutput();
        return current != null && current.getParent() != null && current.getParent().toFile().isDirectory()
                ? current.getParent() : defaultFolder();
    }

    /** The name the save dialog proposes: the current file's, else the suggested one. */
    public String chooserFileName() {
        Path current = currentOutput();
        return current != null ? current.getFileName().toString() : defaultName();
    }

    private Path currentOutput() {
        return form.output().get().isBlank() ? null : Path.of(form.output().get()).toAbsolutePath();
    }

    /** Writes the dossier in the background, with progress; does nothing while one is running or no file is set. */
    public void export() {
        if (caseId == null || !form.canExport().get()) {
            return;
        }
        ExportOptions options = form.toOptions(clock.getZone());
        long id = caseId;
        ProgressRelay relay = new ProgressRelay();
        running = relay;
        progress.bind(relay.fraction());
        progressText.bind(Bindings.createStringBinding(() -> relay.item().get().isEmpty() ? ""
                : texts.text("export.item", relay.item().get()), relay.item()));
        form.started();
        Tasks.create(p -> exporter.export(id, options, p)).progress(relay).title(texts.text("export.running"))
                .onSuccess(form::succeeded)
                .onError(CancellationException.class, e -> form.cancelled())
                .onError(e -> form.failed(texts.text("export.failed", texts.describe(e))))
                .andFinally(() -> {
                    if (running == relay) {
                        running = null;
                    }
                })
                .run(background);
    }

    /** Asks the running export to stop at its next exhibit; it leaves no file. */
    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    /** Opens the written dossier in the system's viewer. */
    public void open() {
        hand(false);
    }

    /** Shows the written dossier in the file manager. */
    public void showInFolder() {
        hand(true);
    }

    private void hand(boolean folder) {
        var result = form.result().get();
        if (result == null) {
            return;
        }
        Path file = result.file();
        Tasks.create(() -> {
                    if (folder) {
                        opener.showInFolder(file);
                    } else {
                        opener.open(file);
                    }
                    return file;
                }).title(texts.text("export.opening"))
                .onError(UnsupportedOperationException.class, e -> notifier.error(texts.text("export.openFailed"),
                        texts.text("export.openUnsupported", file)))
                .onError(e -> notifier.error(texts.text("export.openFailed"), texts.describe(e)))
                .run(background);
    }
}
