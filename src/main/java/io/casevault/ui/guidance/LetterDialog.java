package io.casevault.ui.guidance;

import io.casevault.app.FollowUpService;
import io.casevault.app.GuidanceService;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.FxmlDialog;
import io.casevault.ui.common.FxmlLoaderFactory;
import io.casevault.ui.common.FxmlView;
import io.casevault.ui.common.Texts;
import javafx.scene.control.Dialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The complaint letter of a case: written by CaseVault in Chinese or English, edited here, then exported as PDF or
 * text, copied, and logged as a follow-up (by letter or e-mail) in one step. Made once with the services it uses;
 * {@link #show} opens it for one case.
 */
public final class LetterDialog {

    /** Where an exported letter goes; the window asks with a file chooser, tests answer directly. */
    @FunctionalInterface
    public interface FileTarget {
        Optional<Path> choose(Window owner, String extension, String suggestedName);
    }

    private final LetterViewModel.Composer composer;
    private final LetterViewModel.Writer writer;
    private final LetterViewModel.FollowUps followUps;
    private final FileTarget target;
    private final Texts texts;
    private final Background background;
    private final Clock clock;

    /** {@code clock} is in the window's zone. */
    public LetterDialog(LetterViewModel.Composer composer, LetterViewModel.Writer writer,
                        LetterViewModel.FollowUps followUps, FileTarget target, Texts texts, Background background,
                        Clock clock) {
        this.composer = Objects.requireNonNull(composer);
        this.writer = Objects.requireNonNull(writer);
        this.followUps = Objects.requireNonNull(followUps);
        this.target = Objects.requireNonNull(target);
        this.texts = Objects.requireNonNull(texts);
        this.background = Objects.requireNonNull(background);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Over the app's services, saving where the user chooses. */
    public LetterDialog(GuidanceService guidance, FollowUpService followUps, Texts texts, Background background,
                        Clock clock) {
        this(guidance::letter, guidance::writeLetter, followUps::add, chooser(texts), texts, background, clock);
    }

    /** Opens the letter of a case without waiting; {@code onLogged} runs when it has been logged as sent. */
    public Dialog<Void> show(Window owner, long caseId, String caseTitle, Runnable onLogged) {
        LetterViewModel model = new LetterViewModel(composer, writer, followUps, texts, background, clock, caseId,
                caseTitle, onLogged);
        FxmlLoaderFactory factory = new FxmlLoaderFactory(texts.bundle())
                .register(LetterController.class, () -> new LetterController(model, target, texts));
        return FxmlDialog.<Void>load(factory, FxmlView.LETTER_DIALOG)
                .title(texts.text("letter.dialog.title"))
                .header(texts.text("letter.dialog.header"))
                .cancel(texts.text("letter.close"))
                .minSize(800, 700)
                .show(owner, nothing -> {
                });
    }

    /** A file chooser for the given extension. */
    public static FileTarget chooser(Texts texts) {
        return (owner, extension, suggested) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(texts.text("letter.dialog.title"));
            chooser.setInitialFileName(suggested);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(Locale.ROOT),
                    "*." + extension));
            File f = chooser.showSaveDialog(owner);
            return Optional.ofNullable(f).map(File::toPath);
        };
    }
}
