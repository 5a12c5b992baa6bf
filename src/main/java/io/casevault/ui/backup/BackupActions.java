package io.casevault.ui.backup;

import io.casevault.app.Progress;
import io.casevault.app.backup.BackupResult;
import io.casevault.app.backup.BundleExportResult;
import io.casevault.app.backup.BundleImportResult;
import io.casevault.app.backup.RestoreResult;
import io.casevault.domain.DomainException;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.Dialogs;
import io.casevault.ui.common.Notifier;
import io.casevault.ui.common.ProgressRelay;
import io.casevault.ui.common.Tasks;
import io.casevault.ui.common.Texts;
import javafx.scene.control.Alert;
import javafx.stage.Window;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The File menu's backup, restore and case-bundle commands: each asks where, runs in the background with a progress
 * window that can cancel, and reports the outcome. Also the reminder when the last backup is too old.
 */
public final class BackupActions {

    /** What the backup commands do to the vault. */
    public interface Services {
        BackupResult backup(Path target, Progress progress);

        RestoreResult restore(Path backup, Path target, Progress progress);

        BundleExportResult exportBundle(long caseId, Path target, Progress progress);

        BundleImportResult importBundle(Path bundle, Progress progress);

        Optional<Instant> lastBackup();

        /** True when the vault holds a case of the user's (the sample does not count): a new vault needs no reminder. */
        boolean hasCases();
    }

    private final Services services;
    private final BackupChoices choices;
    private final Texts texts;
    private final Background background;
    private final Notifier notifier;
    private final Clock clock;
    private final ZoneId zone;
    private final Supplier<Window> window;
    private final Consumer<Path> openVault;
    private final LongConsumer caseAdded;

    public BackupActions(Services services, BackupChoices choices, Texts texts, Background background,
                         Notifier notifier, Clock clock, ZoneId zone, Supplier<Window> window,
                         Consumer<Path> openVault, LongConsumer caseAdded) {
        this.services = Objects.requireNonNull(services);
        this.choices = Objects.requireNonNull(choices);
        this.texts = Objects.requireNonNull(texts);
        this.background = Objects.requireNonNull(background);
        this.notifier = Objects.requireNonNull(notifier);
        this.clock = Objects.requireNonNull(clock);
        this.zone = Objects.requireNonNull(zone);
        this.window = Objects.requireNonNull(window);
        this.openVault = Objects.requireNonNull(openVault);
        this.caseAdded = Objects.requireNonNull(caseAdded);
    }

    public void backUp() {
        String name = "casevault-" + LocalDate.now(clock.withZone(zone)) + ".cvbackup";
        choices.backupTarget(window.get(), name).ifPresent(target -> run("backup.progress", "backup.failed",
                p -> services.backup(target, p), this::backedUp));
    }

    private void backedUp(BackupResult r) {
        notifier.info(texts.text("backup.done.title"), texts.text("backup.done", r.blobs(), r.target().toString()));
        if (!r.missing().isEmpty()) {
            notifier.error(texts.text("backup.failed"), texts.text("backup.missing", r.missing().size()));
        }
    }

    public void restore() {
        Optional<Path> source = choices.backupSource(window.get());
        if (source.isEmpty()) {
            return;
        }
        choices.restoreFolder(window.get()).map(this::restoreTarget).ifPresent(target -> run("backup.restoring",
                "backup.restoreFailed", p -> services.restore(source.get(), target, p),
                this::restored));
    }

    /** The chosen folder when it is empty, else a new folder inside it: a restore never writes into a vault. */
    private Path restoreTarget(Path chosen) {
        try (Stream<Path> s = Files.list(chosen)) {
            if (s.findAny().isEmpty()) {
                return chosen;
            }
        } catch (IOException e) {
            return chosen; // the restore itself will say what is wrong with it
        }
        String stamp = LocalDateTime.now(clock.withZone(zone))
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss"));
        return chosen.resolve("casevault-restored-" + stamp);
    }

    private void restored(RestoreResult r) {
        Alert alert = new Alert(r.report().ok() ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING);
        Dialogs.prepare(alert, window.get(), texts.text("backup.restored.title"));
        alert.setHeaderText(texts.text("backup.restored.title"));
        alert.setContentText(r.report().ok() ? texts.text("backup.restored", r.vault().toString(), r.blobs())
                : texts.text("backup.restoredProblems", r.vault().toString(), r.report().problems().size()));
        alert.setOnHidden(e -> openVault.accept(r.vault()));
        alert.show();
    }

    public void exportBundle(long caseId, String title) {
        String name = title.replaceAll("[\\\\/:*?\"<>|\\s]+", "_") + ".cvbundle";
        choices.bundleTarget(window.get(), name).ifPresent(target -> run("bundle.exporting", "bundle.failed",
                p -> services.exportBundle(caseId, target, p),
                r -> notifier.info(texts.text("bundle.exported.title"), texts.text("bundle.exported", title,
                        r.file().toString(), r.evidence()))));
    }

    public void importBundle() {
        choices.bundleSource(window.get()).ifPresent(file -> run("bundle.importing", "bundle.failed",
                p -> services.importBundle(file, p), this::imported));
    }

    private void imported(BundleImportResult r) {
        caseAdded.accept(r.caseId());
        if (r.alreadyImported()) {
            notifier.info(texts.text("bundle.imported.title"), texts.text("bundle.already", r.title(), r.caseId()));
        } else {
            notifier.info(texts.text("bundle.imported.title"), texts.text("bundle.imported", r.title(),
                    r.caseId(), r.evidence()));
        }
    }

    /** Looks up the last backup in the background and shows a reminder with a "Back up now" action when due. */
    public void remindIfDue(int everyDays) {
        remindIfDue(everyDays, notifier);
    }

    /** As {@link #remindIfDue(int)}, the reminder told to {@code board} (the window's notices). */
    public void remindIfDue(int everyDays, Notifier board) {
        if (everyDays <= 0) {
            return;
        }
        Instant now = clock.instant();
        Callable<OptionalLong> check = () -> services.hasCases()
                ? BackupReminder.due(services.lastBackup(), now, everyDays) : OptionalLong.empty();
        Tasks.create(check).onSuccess(due -> due.ifPresent(days -> board.info(texts.text("backup.due.title"),
                days < 0 ? texts.text("backup.due.never") : texts.text("backup.due.days", days),
                texts.text("backup.due.action"), this::backUp))).run(background);
    }

    private <T> void run(String titleKey, String failKey, Function<Progress, T> work, Consumer<T> done) {
        ProgressRelay relay = new ProgressRelay();
        ProgressDialog dialog = new ProgressDialog(texts, window.get(), texts.text(titleKey), relay).show();
        Tasks.create(() -> work.apply(relay)).title(texts.text(titleKey))
                .onSuccess(r -> {
                    dialog.close();
                    done.accept(r);
                })
                .onError(e -> {
                    dialog.close();
                    if (e instanceof CancellationException) {
                        notifier.info(texts.text(failKey), texts.text("backup.cancelled"));
                    } else {
                        notifier.error(texts.text(failKey), e instanceof DomainException ? texts.describe(e)
                                : texts.text("backup.error", texts.describe(e)));
                    }
                })
                .run(background);
    }
}
