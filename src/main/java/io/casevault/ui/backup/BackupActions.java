package io.casevault.ui.backup;

import io.casevault.app.Progress;
import io.casevault.app.backup.BackupResult;
import io.casevault.app.backup.BundleImportResult;
import io.casevault.app.backup.RestoreResult;
import io.casevault.app.backup.RestoreService;
import io.casevault.domain.DomainException;
import io.casevault.ui.common.ProgressRelay;
import io.casevault.ui.common.Tasks;
import io.casevault.ui.common.UiContext;
import io.casevault.vault.BackupLog;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.stage.Window;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The File menu's backup, restore and case-bundle commands: each asks where, runs in the background with a progress
 * window that can cancel, and reports the outcome. Also the reminder when the last backup is too old.
 */
public final class BackupActions {
    private static final List<Integer> REMINDER_CHOICES = List.of(3, 7, 14, 30, 0);
    private final UiContext ctx;
    private final BackupChoices choices;
    private final Supplier<Window> window;
    private final Consumer<Path> openVault;
    private final LongConsumer caseAdded;

    public BackupActions(UiContext ctx, BackupChoices choices, Supplier<Window> window, Consumer<Path> openVault,
                         LongConsumer caseAdded) {
        this.ctx = Objects.requireNonNull(ctx);
        this.choices = Objects.requireNonNull(choices);
        this.window = Objects.requireNonNull(window);
        this.openVault = Objects.requireNonNull(openVault);
        this.caseAdded = Objects.requireNonNull(caseAdded);
    }

    public void backUp() {
        String name = "casevault-" + LocalDate.now(ctx.clock().withZone(ctx.zone())) + ".cvbackup";
        choices.backupTarget(window.get(), name).ifPresent(target -> run("backup.progress", "backup.failed",
                p -> ctx.session().backups().backup(target, p), this::backedUp));
    }

    private void backedUp(BackupResult r) {
        ctx.notifier().info(ctx.text("backup.done.title"), ctx.text("backup.done", r.blobs(), r.target().toString()));
        if (!r.missing().isEmpty()) {
            ctx.notifier().error(ctx.text("backup.failed"), ctx.text("backup.missing", r.missing().size()));
        }
    }

    public void restore() {
        Optional<Path> source = choices.backupSource(window.get());
        if (source.isEmpty()) {
            return;
        }
        choices.restoreFolder(window.get()).map(this::restoreTarget).ifPresent(target -> run("backup.restoring",
                "backup.restoreFailed", p -> RestoreService.restore(source.get(), target, ctx.clock(), p),
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
        String stamp = LocalDateTime.now(ctx.clock().withZone(ctx.zone()))
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss"));
        return chosen.resolve("casevault-restored-" + stamp);
    }

    private void restored(RestoreResult r) {
        Alert alert = new Alert(r.report().ok() ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING);
        io.casevault.ui.common.Dialogs.prepare(alert, window.get(), ctx.text("backup.restored.title"));
        alert.setHeaderText(ctx.text("backup.restored.title"));
        alert.setContentText(r.report().ok() ? ctx.text("backup.restored", r.vault().toString(), r.blobs())
                : ctx.text("backup.restoredProblems", r.vault().toString(), r.report().problems().size()));
        alert.setOnHidden(e -> openVault.accept(r.vault()));
        alert.show();
    }

    public void exportBundle(long caseId, String title) {
        String name = title.replaceAll("[\\\\/:*?\"<>|\\s]+", "_") + ".cvbundle";
        choices.bundleTarget(window.get(), name).ifPresent(target -> run("bundle.exporting", "bundle.failed",
                p -> ctx.session().bundles().exportBundle(caseId, target, p),
                r -> ctx.notifier().info(ctx.text("bundle.exported.title"), ctx.text("bundle.exported", title,
                        r.file().toString(), r.evidence()))));
    }

    public void importBundle() {
        choices.bundleSource(window.get()).ifPresent(file -> run("bundle.importing", "bundle.failed",
                p -> ctx.session().bundles().importBundle(file, p), this::imported));
    }

    private void imported(BundleImportResult r) {
        caseAdded.accept(r.caseId());
        if (r.alreadyImported()) {
            ctx.notifier().info(ctx.text("bundle.imported.title"), ctx.text("bundle.already", r.title(), r.caseId()));
        } else {
            ctx.notifier().info(ctx.text("bundle.imported.title"), ctx.text("bundle.imported", r.title(),
                    r.caseId(), r.evidence()));
        }
    }

    /** Looks up the last backup in the background and shows a reminder with a "Back up now" action when due. */
    public void remindIfDue(int everyDays) {
        if (everyDays <= 0) {
            return;
        }
        Callable<OptionalLong> check = () -> {
            boolean hasCases = !ctx.session().cases().list(LocalDate.now(ctx.clock().withZone(ctx.zone()))).isEmpty();
            Optional<java.time.Instant> last = ctx.session().backups().lastBackup().map(BackupLog.Entry::at);
            return hasCases ? BackupReminder.due(last, ctx.clock().instant(), everyDays) : OptionalLong.empty();
        };
        Tasks.create(check).onSuccess(due -> due.ifPresent(days -> ctx.notifier().info(ctx.text("backup.due.title"),
                days < 0 ? ctx.text("backup.due.never") : ctx.text("backup.due.days", days),
                ctx.text("backup.due.action"), this::backUp))).run(ctx.background());
    }

    /** Fills the "Backup reminder" menu: every 3, 7, 14 or 30 days, or never. */
    public static void fillReminderMenu(UiContext ctx, Menu menu, IntSupplier current, IntConsumer choose) {
        ToggleGroup group = new ToggleGroup();
        for (int days : REMINDER_CHOICES) {
            RadioMenuItem item = new RadioMenuItem(days == 0 ? ctx.text("backup.reminder.never")
                    : ctx.text("backup.reminder.days", days));
            item.setToggleGroup(group);
            item.setSelected(days == current.getAsInt());
            item.setOnAction(e -> choose.accept(days));
            menu.getItems().add(item);
        }
    }

    private <T> void run(String titleKey, String failKey, Function<Progress, T> work, Consumer<T> done) {
        ProgressRelay relay = new ProgressRelay();
        ProgressDialog dialog = new ProgressDialog(ctx.texts(), window.get(), ctx.text(titleKey), relay).show();
        Tasks.create(() -> work.apply(relay)).title(ctx.text(titleKey))
                .onSuccess(r -> {
                    dialog.close();
                    done.accept(r);
                })
                .onError(e -> {
                    dialog.close();
                    if (e instanceof CancellationException) {
                        ctx.notifier().info(ctx.text(failKey), ctx.text("backup.cancelled"));
                    } else {
                        ctx.notifier().error(ctx.text(failKey), e instanceof DomainException ? ctx.describe(e)
                                : ctx.text("backup.error", ctx.describe(e)));
                    }
                })
                .run(ctx);
    }
}
