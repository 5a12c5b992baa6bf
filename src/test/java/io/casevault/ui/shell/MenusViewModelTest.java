package io.casevault.ui.shell;

import io.casevault.domain.CaseStatus;
import io.casevault.ui.UiFixture;
import io.casevault.ui.ViewModelFixture;
import io.casevault.ui.prefs.Language;
import io.casevault.ui.prefs.Theme;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The menus' state and commands that reach the shell, without the toolkit. */
class MenusViewModelTest {
    private final List<String> asked = new ArrayList<>();
    private int reminderDays = 7;

    private final ShellActions shell = new ShellActions() {
        @Override
        public void openVault(Path dir) {
            asked.add("open " + dir);
        }

        @Override
        public void switchLanguage(Language language) {
            asked.add("language " + language);
        }

        @Override
        public void switchTheme(Theme theme) {
            asked.add("theme " + theme);
        }

        @Override
        public Language language() {
            return Language.CHINESE;
        }

        @Override
        public Theme theme() {
            return Theme.DARK;
        }

        @Override
        public void quit() {
            asked.add("quit");
        }

        @Override
        public int backupReminderDays() {
            return reminderDays;
        }

        @Override
        public void setBackupReminderDays(int days) {
            reminderDays = days;
        }

        @Override
        public java.util.Optional<java.nio.file.Path> evidenceFolder() {
            return java.util.Optional.empty();
        }

        @Override
        public void setEvidenceFolder(java.nio.file.Path folder) {
            throw new AssertionError("the menus never remember a folder");
        }
    };

    private final CaseListViewModel cases = ViewModelFixture.caseList(List.of(ViewModelFixture.summary(
            ViewModelFixture.aCase(4, "Frozen wallet", CaseStatus.DRAFT, UiFixture.TODAY, false))));

    private final MenusViewModel menus = new MenusViewModel(shell, cases, Path.of("/home/li/vaults/main"));

    @Test
    void themeLanguageAndVaultChoicesGoToTheShell() {
        assertThat(menus.theme()).isEqualTo(Theme.DARK);
        assertThat(menus.language()).isEqualTo(Language.CHINESE);
        menus.switchTheme(Theme.LIGHT);
        menus.switchLanguage(Language.ENGLISH);
        menus.openVault(Path.of("/tmp/other"));
        menus.quit();
        assertThat(asked).containsExactly("theme LIGHT", "language ENGLISH", "open /tmp/other", "quit");
    }

    @Test
    void openVaultStartsBesideTheOpenVault() {
        assertThat(menus.openVaultStart()).contains(Path.of("/home/li/vaults"));
    }

    @Test
    void theReminderChoiceIsRemembered() {
        assertThat(menus.reminderChoices()).containsExactly(3, 7, 14, 30, 0);
        menus.chooseReminderDays(30);
        assertThat(menus.reminderDays()).isEqualTo(30);
    }

    @Test
    void aBundleCanBeExportedOnlyWhileACaseIsSelected() {
        assertThat(menus.noCaseSelected().get()).isTrue();
        assertThat(menus.selectedCase()).isEmpty();
        cases.reload(null);
        assertThat(menus.noCaseSelected().get()).isFalse();
        assertThat(menus.selectedCase()).map(s -> s.theCase().id()).contains(4L);
    }
}
