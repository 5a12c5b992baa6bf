package io.casevault.ui.export;

import io.casevault.ui.common.Background;
import io.casevault.ui.common.FxmlDialog;
import io.casevault.ui.common.FxmlLoaderFactory;
import io.casevault.ui.common.FxmlView;
import io.casevault.ui.common.Texts;
import javafx.scene.control.Dialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The export view's hand-over dialogs: "Form text" (the complaint cut into a web form's fields to paste) and
 * "Export originals" (the chosen exhibits' original files with SHA256SUMS). Made once with the services they use;
 * each {@code show} opens one for a case.
 */
public final class HandOverDialogs {

    /** Where a folder goes; the window asks with a folder chooser, tests answer directly. */
    @FunctionalInterface
    public interface FolderTarget {
        Optional<Path> choose(Window owner, Path initial);
    }

    private final FormTextViewModel.Source forms;
    private final OriginalsViewModel.Exhibits exhibits;
    private final OriginalsViewModel.Writer originals;
    private final FolderTarget target;
    private final Path home;
    private final Texts texts;
    private final Background background;
    private final Clock clock;

    /**
     * @param home  the user's home folder, whose Documents folder is where originals go by default
     * @param clock in the user's time zone: the day in the suggested folder name
     */
    public HandOverDialogs(FormTextViewModel.Source forms, OriginalsViewModel.Exhibits exhibits,
                           OriginalsViewModel.Writer originals, FolderTarget target, Path home, Texts texts,
                           Background background, Clock clock) {
        this.forms = Objects.requireNonNull(forms);
        this.exhibits = Objects.requireNonNull(exhibits);
        this.originals = Objects.requireNonNull(originals);
        this.target = Objects.requireNonNull(target);
        this.home = Objects.requireNonNull(home);
        this.texts = Objects.requireNonNull(texts);
        this.background = Objects.requireNonNull(background);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Opens the form text of a case without waiting. */
    public Dialog<Void> formText(Window owner, long caseId) {
        FormTextViewModel model = new FormTextViewModel(forms, texts, background, caseId);
        FxmlLoaderFactory factory = new FxmlLoaderFactory(texts.bundle())
                .register(FormTextController.class, () -> new FormTextController(model, texts));
        return FxmlDialog.<Void>load(factory, FxmlView.FORM_TEXT_DIALOG)
                .title(texts.text("formtext.dialog.title"))
                .header(texts.text("formtext.dialog.header"))
                .cancel(texts.text("formtext.close"))
                .minSize(820, 740)
                .show(owner, nothing -> {
                });
    }

    /** Opens "Export originals" for a case without waiting; the folder offered is named after the case and day. */
    public Dialog<Void> originals(Window owner, long caseId, String caseTitle) {
        String name = ExportForm.fileName(texts.text("originals.folderName"), caseTitle,
                LocalDate.now(clock).toString());
        OriginalsViewModel model = new OriginalsViewModel(exhibits, originals, texts, background, caseId,
                ExportForm.defaultFolder(home).resolve(name));
        FxmlLoaderFactory factory = new FxmlLoaderFactory(texts.bundle())
                .register(OriginalsController.class, () -> new OriginalsController(model, target, name, texts));
        return FxmlDialog.<Void>load(factory, FxmlView.ORIGINALS_DIALOG)
                .title(texts.text("originals.dialog.title"))
                .header(texts.text("originals.dialog.header"))
                .submit(texts.text("originals.export"), "originalsExport")
                .cancel(texts.text("originals.close"))
                .minSize(780, 620)
                .show(owner, nothing -> {
                });
    }

    /** A folder chooser, opening at {@code initial} when it exists. */
    public static FolderTarget chooser(Texts texts) {
        return (owner, initial) -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(texts.text("originals.chooseTitle"));
            if (initial != null && Files.isDirectory(initial)) {
                chooser.setInitialDirectory(initial.toFile());
            }
            File f = chooser.showDialog(owner);
            return Optional.ofNullable(f).map(File::toPath);
        };
    }
}
