package io.casevault.ui.export;

import io.casevault.app.ByteSize;
import io.casevault.app.ExportOptions;
import io.casevault.app.ExportResult;
import io.casevault.domain.DomainException;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The export view's state without any control: the options, the file to write, and where the export stands (ready,
 * running, done with its result, cancelled, failed with one sentence). Testable without the toolkit.
 */
public final class ExportForm {

    /** Where an export stands. */
    public enum State { READY, RUNNING, DONE, CANCELLED, FAILED }

    /** Which dossier: the archival one with its originals, or the submission copy under a size. */
    public enum Copy { ARCHIVAL, SUBMISSION }

    private static final int MAX_TITLE_CHARS = 60;

    private final ObjectProperty<ExportOptions.Language> language = new SimpleObjectProperty<>();
    private final BooleanProperty attachOriginals = new SimpleBooleanProperty(true);
    private final BooleanProperty includeAuditLog = new SimpleBooleanProperty(false);
    private final StringProperty output = new SimpleStringProperty("");
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.READY);
    private final ObjectProperty<ExportResult> result = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");
    private final ObjectProperty<Copy> copy = new SimpleObjectProperty<>(Copy.ARCHIVAL);
    private final ObjectProperty<SizePreset> preset = new SimpleObjectProperty<>(SizePreset.EMAIL);
    private final StringProperty typedMegabytes = new SimpleStringProperty("10");
    private final BooleanProperty split = new SimpleBooleanProperty(false);
    private final BooleanBinding canExport;
    private final BooleanBinding originalsTicked;

    /** @param uiLocale the interface language, which the dossier's language follows until the user picks another */
    public ExportForm(Locale uiLocale) {
        language.set("zh".equals(uiLocale.getLanguage()) ? ExportOptions.Language.ZH : ExportOptions.Language.EN);
        canExport = Bindings.createBooleanBinding(() -> state.get() != State.RUNNING && !output.get().isBlank()
                && (copy.get() == Copy.ARCHIVAL || maxBytes().isPresent()), state, output, copy, preset, typedMegabytes);
        originalsTicked = Bindings.createBooleanBinding(() -> copy.get() == Copy.ARCHIVAL && attachOriginals.get(),
                copy, attachOriginals);
    }

    /**
     * A file name for the dossier from the case title and the day, e.g. {@code 转账未到账-dossier-2026-11-25.pdf}:
     * characters no file system accepts become a space, and long titles are cut.
     */
    public static String fileName(String pattern, String caseTitle, String day) {
        String title = caseTitle == null ? ""
                : caseTitle.replaceAll("\\s*[\\\\/:*?\"<>|\\p{Cntrl}]+\\s*", " ").strip();
        if (title.codePointCount(0, title.length()) > MAX_TITLE_CHARS) {
            title = title.substring(0, title.offsetByCodePoints(0, MAX_TITLE_CHARS)).strip();
        }
        if (title.isEmpty() || title.startsWith(".")) {
            title = "case" + title;
        }
        return java.text.MessageFormat.format(pattern, title, day);
    }

    /** The user's Documents folder when there is one, else the home folder. */
    public static Path defaultFolder(Path home) {
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }

    /** The options for the service; a name without an extension gets {@code .pdf}. */
    public ExportOptions toOptions(ZoneId zone) {
        String text = output.get().strip();
        if (text.isEmpty()) {
            throw new IllegalStateException("No output file chosen");
        }
        Path out = Path.of(text);
        String name = Objects.toString(out.getFileName(), "");
        if (!name.contains(".")) {
            out = out.resolveSibling(name + ".pdf");
        }
        if (copy.get() == Copy.SUBMISSION) {
            long max = maxBytes().orElseThrow(() -> new IllegalStateException("No valid size chosen"));
            return new ExportOptions(out, language.get(), false, includeAuditLog.get(), zone, max, split.get());
        }
        return new ExportOptions(out, language.get(), attachOriginals.get(), includeAuditLog.get(), zone);
    }

    /** The submission copy's limit: the preset's, or the megabytes typed in; empty when what is typed is no size. */
    public Optional<Long> maxBytes() {
        if (preset.get() != SizePreset.TYPED) {
            return Optional.of(preset.get().bytes());
        }
        try {
            return Optional.of(ByteSize.parse("the upload limit", typedMegabytes.get().strip().replace(',', '.')
                    + "MB"));
        } catch (DomainException e) {
            return Optional.empty();
        }
    }

    public ObjectProperty<Copy> copy() {
        return copy;
    }

    public ObjectProperty<SizePreset> preset() {
        return preset;
    }

    /** The upload limit typed in, in MB (1 MB = 1,000,000 bytes). */
    public StringProperty typedMegabytes() {
        return typedMegabytes;
    }

    /** Whether a submission copy too large for one file is split into volumes. */
    public BooleanProperty split() {
        return split;
    }

    public void started() {
        result.set(null);
        error.set("");
        state.set(State.RUNNING);
    }

    public void succeeded(ExportResult done) {
        result.set(Objects.requireNonNull(done));
        state.set(State.DONE);
    }

    public void cancelled() {
        state.set(State.CANCELLED);
    }

    public void failed(String sentence) {
        error.set(sentence);
        state.set(State.FAILED);
    }

    /** Back to ready, e.g. when another case is shown; a running export is left alone. */
    public void reset() {
        if (state.get() != State.RUNNING) {
            result.set(null);
            error.set("");
            state.set(State.READY);
        }
    }

    public ObjectProperty<ExportOptions.Language> language() {
        return language;
    }

    public BooleanProperty attachOriginals() {
        return attachOriginals;
    }

    /**
     * What the "Attach originals" box shows: the user's choice for the archival dossier, unticked for the copy to send,
     * which never attaches them. The choice itself is kept for when the archival dossier is chosen again.
     */
    public BooleanBinding originalsTicked() {
        return originalsTicked;
    }

    public BooleanProperty includeAuditLog() {
        return includeAuditLog;
    }

    public StringProperty output() {
        return output;
    }

    public ObjectProperty<State> state() {
        return state;
    }

    public ObjectProperty<ExportResult> result() {
        return result;
    }

    public StringProperty error() {
        return error;
    }

    public BooleanBinding canExport() {
        return canExport;
    }
}
