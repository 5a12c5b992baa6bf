package io.casevault.ui.guidance;

import io.casevault.app.ExportOptions.Language;
import io.casevault.domain.Channel;
import io.casevault.domain.ContactDirection;
import io.casevault.domain.NewFollowUp;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.Tasks;
import io.casevault.ui.common.Texts;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The complaint letter of a case: written by CaseVault in the chosen language (again whenever it changes), edited by
 * the user, saved as PDF or text, and logged as a follow-up by letter or e-mail. {@link #status()} says what happened.
 */
public final class LetterViewModel {

    /** Writes the letter of a case (the guidance service). */
    @FunctionalInterface
    public interface Composer {
        String letter(long caseId, Language language, LocalDate today);
    }

    /** Saves the edited letter; the file's extension says PDF or text (the guidance service). */
    @FunctionalInterface
    public interface Writer {
        Path write(long caseId, String letter, Language language, Path out);
    }

    /** Records a contact (the follow-up service). */
    @FunctionalInterface
    public interface FollowUps {
        Object add(NewFollowUp followUp);
    }

    private final Composer composer;
    private final Writer writer;
    private final FollowUps followUps;
    private final Texts texts;
    private final Background background;
    private final Clock clock;
    private final long caseId;
    private final String caseTitle;
    private final Runnable onLogged;
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<Channel> logChannel = new SimpleObjectProperty<>(Channel.LETTER);
    private final BooleanProperty logged = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    /** {@code clock} is in the window's zone; {@code onLogged} runs once the letter is logged as a follow-up. */
    public LetterViewModel(Composer composer, Writer writer, FollowUps followUps, Texts texts, Background background,
                           Clock clock, long caseId, String caseTitle, Runnable onLogged) {
        this.composer = Objects.requireNonNull(composer);
        this.writer = Objects.requireNonNull(writer);
        this.followUps = Objects.requireNonNull(followUps);
        this.texts = Objects.requireNonNull(texts);
        this.background = Objects.requireNonNull(background);
        this.clock = Objects.requireNonNull(clock);
        this.caseId = caseId;
        this.caseTitle = Objects.requireNonNull(caseTitle);
        this.onLogged = Objects.requireNonNull(onLogged);
        language.set("zh".equals(texts.locale().getLanguage()) ? Language.ZH : Language.EN);
        language.addListener((o, a, b) -> compose());
    }

    /** The languages a letter can be written in. */
    public List<Language> languages() {
        return List.of(Language.values());
    }

    /** How a letter is logged as sent. */
    public List<Channel> logChannels() {
        return List.of(Channel.LETTER, Channel.EMAIL);
    }

    /** Writes the letter in the chosen language, replacing what is in the editor. */
    public void compose() {
        Language lang = language.get();
        LocalDate today = LocalDate.now(clock);
        Tasks.create(() -> composer.letter(caseId, lang, today))
                .title(texts.text("letter.composing"))
                .onSuccess(t -> {
                    if (lang == language.get()) {
                        text.set(t);
                    }
                })
                .onError(e -> status.set(texts.text("letter.failed", texts.describe(e))))
                .run(background);
    }

    /** The file name offered when saving: the case's title, without characters no file system likes. */
    public String suggestedName(String extension) {
        return texts.text("letter.fileName", safeName(caseTitle)) + "." + extension;
    }

    static String safeName(String title) {
        String cleaned = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return cleaned.length() > 60 ? cleaned.substring(0, 60) : cleaned;
    }

    /** Saves the letter as edited to {@code file}. */
    public void export(Path file) {
        String letter = text.get();
        Language lang = language.get();
        Tasks.create(() -> writer.write(caseId, letter, lang, file))
                .title(texts.text("letter.exporting"))
                .onSuccess(p -> status.set(texts.text("letter.exported", p.toString())))
                .onError(e -> status.set(texts.text("letter.failed", texts.describe(e))))
                .run(background);
    }

    /** The letter went to the clipboard. */
    public void copied() {
        status.set(texts.text("letter.copied"));
    }

    /** Logs the letter as sent now, through the chosen channel; once only. */
    public void logAsFollowUp() {
        Channel channel = logChannel.get();
        String summary = texts.text("letter.logSummary", texts.text("letter.lang." + language.get().name()));
        NewFollowUp f = new NewFollowUp(caseId, clock.instant(), clock.getZone(), channel, ContactDirection.OUTGOING,
                null, null, summary, null, null);
        logged.set(true);
        Tasks.create(() -> followUps.add(f))
                .title(texts.text("letter.logging"))
                .onSuccess(saved -> {
                    status.set(texts.text("letter.logged", texts.text("followup.channel." + channel.name())));
                    onLogged.run();
                })
                .onError(e -> {
                    logged.set(false);
                    status.set(texts.text("letter.failed", texts.describe(e)));
                })
                .run(background);
    }

    public ObjectProperty<Language> language() {
        return language;
    }

    /** The letter in the editor. */
    public StringProperty text() {
        return text;
    }

    public ObjectProperty<Channel> logChannel() {
        return logChannel;
    }

    /** True while logging and once logged: the letter is logged once. */
    public BooleanProperty logged() {
        return logged;
    }

    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }
}
