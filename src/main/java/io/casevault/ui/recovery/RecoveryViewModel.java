package io.casevault.ui.recovery;

import io.casevault.app.Progress;
import io.casevault.app.RecoveryReport;
import io.casevault.app.backup.RestoreResult;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.ProgressRelay;
import io.casevault.ui.common.Tasks;
import io.casevault.ui.common.Texts;
import io.casevault.vault.BackupLog;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The pane shown instead of the window when the vault's database is damaged: what is damaged, and the two ways out —
 * a new vault built from everything still readable, or the latest backup restored — each into a new folder.
 */
public final class RecoveryViewModel {
    /** The services the pane uses. */
    public interface Services {
        RecoveryReport recover(Path damaged, Path out, Progress progress);

        RestoreResult restore(Path backup, Path out, Progress progress);

        Optional<BackupLog.Entry> latestBackup(Path damaged);
    }

    private final Path damaged;
    private final Services services;
    private final Texts texts;
    private final Background background;
    private final Clock clock;
    private final Consumer<Path> openVault;
    private final StringProperty sentence = new SimpleStringProperty("");
    private final StringProperty details = new SimpleStringProperty("");
    private final StringProperty backupText = new SimpleStringProperty("");
    private final StringProperty result = new SimpleStringProperty("");
    private final StringProperty resultDetails = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<BackupLog.Entry> backup = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> recovered = new SimpleObjectProperty<>();
    private final ProgressRelay progress = new ProgressRelay();

    public RecoveryViewModel(Path damaged, List<String> findings, Services services, Texts texts, Background background,
                             Clock clock, Consumer<Path> openVault) {
        this.damaged = Objects.requireNonNull(damaged);
        this.services = Objects.requireNonNull(services);
        this.texts = Objects.requireNonNull(texts);
        this.background = Objects.requireNonNull(background);
        this.clock = Objects.requireNonNull(clock);
        this.openVault = Objects.requireNonNull(openVault);
        boolean log = findings.stream().anyMatch(f -> f.contains("write-ahead log"));
        sentence.set(log ? texts.text("recovery.damagedLog", damaged.toString())
                : texts.text("recovery.damagedDatabase", damaged.toString(), findings.size()));
        details.set(String.join("\n", findings));
    }

    /** Looks for a backup the damaged vault recorded; the restore action appears when one is still there. */
    public void findBackup() {
        Tasks.create(() -> services.latestBackup(damaged).filter(b -> Files.exists(Path.of(b.target()))))
                .title(texts.text("recovery.lookingForBackup"))
                .onSuccess(found -> found.ifPresent(b -> {
                    backup.set(b);
                    backupText.set(texts.text("recovery.backupFound", b.target(), b.blobs()));
                }))
                .run(background);
    }

    /** Builds a new vault in {@code chosen} (or a new folder inside it when it is not empty) and shows the report. */
    public void recoverInto(Path chosen) {
        Path target = newFolder(chosen, "casevault-recovered-");
        start(texts.text("recovery.recovering", target.toString()));
        Tasks.create((ProgressRelay p) -> services.recover(damaged, target, p))
                .title(texts.text("recovery.recovering", target.toString())).progress(progress)
                .onSuccess(this::recovered)
                .onError(e -> result.set(texts.text("recovery.failed", texts.describe(e))))
                .andFinally(() -> busy.set(false))
                .run(background);
    }

    /** Restores the latest backup into {@code chosen} (or a new folder inside it) and opens it. */
    public void restoreInto(Path chosen) {
        BackupLog.Entry b = backup.get();
        if (b == null) {
            return;
        }
        Path target = newFolder(chosen, "casevault-restored-");
        start(texts.text("recovery.restoring", target.toString()));
        Tasks.create((ProgressRelay p) -> services.restore(Path.of(b.target()), target, p))
                .title(texts.text("recovery.restoring", target.toString())).progress(progress)
                .onSuccess(r -> openVault.accept(r.vault()))
                .onError(e -> result.set(texts.text("recovery.failed", texts.describe(e))))
                .andFinally(() -> busy.set(false))
                .run(background);
    }

    /** Opens the vault the recovery built. */
    public void openRecovered() {
        Optional.ofNullable(recovered.get()).ifPresent(openVault);
    }

    private void start(String what) {
        busy.set(true);
        result.set(what);
        resultDetails.set("");
    }

    private void recovered(RecoveryReport r) {
        StringBuilder text = new StringBuilder(texts.text(r.summary())).append(' ').append(texts.text(r.losses()));
        r.backupAdvice().ifPresent(a -> text.append(' ').append(texts.text(a)));
        if (!r.verify().ok()) {
            text.append(' ').append(texts.text("recovery.notSound", r.verify().problems().size()));
        }
        result.set(text.toString());
        resultDetails.set(String.join("\n", r.details()));
        recovered.set(r.vault());
    }

    private Path newFolder(Path chosen, String prefix) {
        try (Stream<Path> s = Files.list(chosen)) {
            if (s.findAny().isEmpty()) {
                return chosen;
            }
        } catch (IOException e) {
            return chosen; // missing, or unreadable: the service says what is wrong with it
        }
        return chosen.resolve(prefix + LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss")));
    }

    public StringProperty sentence() {
        return sentence;
    }

    public StringProperty details() {
        return details;
    }

    public StringProperty backupText() {
        return backupText;
    }

    public ObjectProperty<BackupLog.Entry> backup() {
        return backup;
    }

    public StringProperty result() {
        return result;
    }

    public StringProperty resultDetails() {
        return resultDetails;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public ObjectProperty<Path> recovered() {
        return recovered;
    }

    public ProgressRelay progress() {
        return progress;
    }
}
