package io.casevault.ui.evidence;

import io.casevault.app.AddOutcome;
import io.casevault.app.MailImportResult;
import io.casevault.app.Progress;
import io.casevault.domain.Evidence;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.Notifier;
import io.casevault.ui.common.ProgressRelay;
import io.casevault.ui.common.Tasks;
import io.casevault.ui.common.Texts;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * Adding to the shown case: files and folders (e-mail among them going to the mail import), and pasted screenshots.
 * The work runs in the background with progress through a {@link ProgressRelay} and Cancel, and ends with one message
 * naming every refused file, a look for pictures that look the same as one already there, and the case loaded again.
 */
final class EvidenceAdding {
    private static final DateTimeFormatter CLIP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HHmmss");

    private final EvidenceViewModel.Exhibits exhibits;
    private final LookAlikeCheck lookAlikes;
    private final Texts texts;
    private final Background background;
    private final Clock clock;
    private final Notifier notifier;
    private final LongSupplier caseId;
    private final LongConsumer load;
    private final Consumer<Throwable> failed;
    private final BooleanProperty adding = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty message = new SimpleStringProperty("");
    private ProgressRelay relay;

    /**
     * @param caseId the case shown, which files go to
     * @param load   loads a case again once files were added to it
     */
    EvidenceAdding(EvidenceViewModel.Exhibits exhibits, LookAlikeCheck lookAlikes, Texts texts, Background background,
                   Clock clock, Notifier notifier, LongSupplier caseId, LongConsumer load, Consumer<Throwable> failed) {
        this.exhibits = Objects.requireNonNull(exhibits);
        this.lookAlikes = Objects.requireNonNull(lookAlikes);
        this.texts = Objects.requireNonNull(texts);
        this.background = Objects.requireNonNull(background);
        this.clock = Objects.requireNonNull(clock);
        this.notifier = Objects.requireNonNull(notifier);
        this.caseId = Objects.requireNonNull(caseId);
        this.load = Objects.requireNonNull(load);
        this.failed = Objects.requireNonNull(failed);
    }

    /** True while files are being added. */
    ReadOnlyBooleanProperty running() {
        return adding;
    }

    /** The add's progress between 0 and 1, or negative while the files are still being counted. */
    ReadOnlyDoubleProperty progress() {
        return progress;
    }

    /** "3 / 10  shot.png", or that files are being looked for. */
    ReadOnlyStringProperty message() {
        return message;
    }

    /** Adds files (folders expanded, off the FX thread) with progress and Cancel; one message says how it went. */
    void files(List<Path> paths) {
        long id = caseId.getAsLong();
        List<Path> given = List.copyOf(paths);
        ProgressRelay current = new ProgressRelay();
        relay = current;
        progress.bind(current.fraction());
        String counting = texts.text("evidence.task.counting");
        message.bind(Bindings.createStringBinding(() -> current.item().get().isEmpty() ? counting
                : current.item().get(), current.item()));
        adding.set(true);
        Tasks.create(progress -> {
                    List<Path> files = FolderContents.expand(given);
                    List<Path> mail = files.stream().filter(EvidenceAdding::isMail).toList();
                    List<Path> others = files.stream().filter(f -> !isMail(f)).toList();
                    progress.update(0, files.size(), "");
                    List<AddOutcome> outcomes = others.isEmpty() ? List.of() : exhibits.add(id, others,
                            counted(progress));
                    return new Added(outcomes, mail.isEmpty() || progress.isCancelled() ? null
                            : exhibits.importMail(id, mail, counted(progress)));
                })
                .progress(current)
                .title(texts.text("evidence.task.add"))
                .onSuccess(done -> {
                    if (current.isCancelled()) {
                        notifier.info(texts.text("evidence.task.cancelled"),
                                texts.text("evidence.task.cancelledDetail"));
                    } else {
                        tell(done.mail() == null ? AddReport.of(done.outcomes(), texts::text, texts::text)
                                : AddReport.of(done.outcomes(), done.mail(), texts));
                        lookAlikes.check(added(done.outcomes()), exhibits::list);
                    }
                    load.accept(id);
                })
                .onError(failed::accept)
                .andFinally(() -> {
                    if (relay == current) {
                        relay = null;
                        adding.set(false);
                    }
                })
                .run(background);
    }

    /** Saved e-mail (.eml, .mbox) goes to the mail import, which makes follow-ups of it; other files are exhibits. */
    static boolean isMail(Path file) {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".eml") || n.endsWith(".mbox");
    }

    /** What one add did: the files added as exhibits, and the e-mail imported (null when none was given). */
    private record Added(List<AddOutcome> outcomes, MailImportResult mail) {
    }

    /** The service's progress, worded "done / total  file name" for the bar's label. */
    private static Progress counted(ProgressRelay relay) {
        return new Progress() {
            @Override
            public void update(long done, long total, String item) {
                Path name = Path.of(item).getFileName();
                relay.update(done, total, done + " / " + total + "  " + (name == null ? item : name));
            }

            @Override
            public boolean isCancelled() {
                return relay.isCancelled();
            }
        };
    }

    /** Stops adding after the file being stored; the files added before stay. */
    void cancel() {
        if (relay != null) {
            relay.cancel();
        }
    }

    /**
     * Adds a pasted screenshot as a PNG named in the window's language after the local time, e.g. {@code Clipboard
     * screenshot 2026-11-25 140000.png} or {@code 剪贴板截图 2026-11-25 140000.png}: the name titles the exhibit.
     */
    void png(Callable<byte[]> png) {
        long id = caseId.getAsLong();
        String name = texts.text("evidence.paste.fileName", CLIP_TIME.format(LocalDateTime.now(clock)));
        Tasks.create(() -> exhibits.addBytes(id, png.call(), name))
                .title(texts.text("evidence.task.paste"))
                .onSuccess(o -> {
                    tell(AddReport.of(List.of(o), texts::text, texts::text));
                    lookAlikes.check(added(List.of(o)), exhibits::list);
                    load.accept(id);
                })
                .onError(failed::accept)
                .run(background);
    }

    /** A paste that carried neither files nor an image. */
    void nothingToPaste() {
        notifier.info(texts.text("evidence.paste.nothingTitle"), texts.text("evidence.paste.nothing"));
    }

    private static List<Evidence> added(List<AddOutcome> outcomes) {
        return outcomes.stream().filter(AddOutcome.Added.class::isInstance)
                .map(o -> ((AddOutcome.Added) o).evidence()).toList();
    }

    private void tell(AddReport r) {
        if (r.hasRejections()) {
            notifier.error(r.title(), r.message());
        } else {
            notifier.info(r.title(), r.message());
        }
    }
}
