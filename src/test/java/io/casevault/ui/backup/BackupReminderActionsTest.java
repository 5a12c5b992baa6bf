package io.casevault.ui.backup;

import io.casevault.app.Progress;
import io.casevault.app.backup.BackupResult;
import io.casevault.app.backup.BundleExportResult;
import io.casevault.app.backup.BundleImportResult;
import io.casevault.app.backup.RestoreResult;
import io.casevault.ui.UiFixture;
import io.casevault.ui.ViewModelFixture;
import io.casevault.ui.common.Background;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The backup reminder the window shows at start, without the toolkit. */
class BackupReminderActionsTest {
    private final ViewModelFixture.Messages messages = new ViewModelFixture.Messages();
    private Optional<Instant> lastBackup = Optional.empty();
    private boolean hasCases = true;

    private final BackupActions actions = new BackupActions(new BackupActions.Services() {
        @Override
        public BackupResult backup(Path target, Progress progress) {
            throw new AssertionError("no backup without the user asking");
        }

        @Override
        public RestoreResult restore(Path backup, Path target, Progress progress) {
            throw new AssertionError("not asked");
        }

        @Override
        public BundleExportResult exportBundle(long caseId, Path target, Progress progress) {
            throw new AssertionError("not asked");
        }

        @Override
        public BundleImportResult importBundle(Path bundle, Progress progress) {
            throw new AssertionError("not asked");
        }

        @Override
        public Optional<Instant> lastBackup() {
            return lastBackup;
        }

        @Override
        public boolean hasCases() {
            return hasCases;
        }
    }, new NoChoices(), ViewModelFixture.TEXTS, Background.direct(), messages, UiFixture.CLOCK, UiFixture.ZONE, () -> null,
            dir -> { }, id -> { });

    /** The user cancels every file dialog. */
    private static final class NoChoices implements BackupChoices {
        @Override
        public Optional<Path> backupTarget(javafx.stage.Window owner, String suggestedName) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> backupSource(javafx.stage.Window owner) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> restoreFolder(javafx.stage.Window owner) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> bundleTarget(javafx.stage.Window owner, String suggestedName) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> bundleSource(javafx.stage.Window owner) {
            return Optional.empty();
        }
    }

    @Test
    void aVaultNeverBackedUpIsRemindedWithABackUpNowAction() {
        actions.remindIfDue(7);
        assertThat(messages.all).singleElement().satisfies(m -> {
            assertThat(m.title()).isEqualTo("Time for a backup");
            assertThat(m.text()).isEqualTo("This vault has never been backed up. A copy on another disk keeps your "
                    + "evidence safe if this computer fails.");
            assertThat(m.actionText()).isEqualTo("Back up now");
        });
    }

    @Test
    void anOldBackupIsRemindedWithItsAgeAndARecentOneIsNot() {
        lastBackup = Optional.of(UiFixture.NOW.minus(Duration.ofDays(3)));
        actions.remindIfDue(7);
        assertThat(messages.all).isEmpty();
        lastBackup = Optional.of(UiFixture.NOW.minus(Duration.ofDays(9)));
        actions.remindIfDue(7);
        assertThat(messages.all).singleElement().satisfies(m -> assertThat(m.text()).contains("9"));
    }

    @Test
    void anEmptyVaultOrATurnedOffReminderSaysNothing() {
        actions.remindIfDue(0);
        hasCases = false;
        actions.remindIfDue(7);
        assertThat(messages.all).isEmpty();
    }
}
