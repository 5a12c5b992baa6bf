package io.casevault.ui.shell;

import io.casevault.app.CaseSummary;
import io.casevault.ui.prefs.Language;
import io.casevault.ui.prefs.Theme;
import javafx.beans.binding.BooleanBinding;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the menus show and do besides opening dialogs: the theme and language (which rebuild the window), the backup
 * reminder, the vault to open and the case a bundle is exported from.
 */
public final class MenusViewModel {
    /** The "Backup reminder" choices in days; 0 is never. */
    static final List<Integer> REMINDER_CHOICES = List.of(3, 7, 14, 30, 0);

    private final ShellActions shell;
    private final CaseListViewModel cases;
    private final Path vaultDir;

    public MenusViewModel(ShellActions shell, CaseListViewModel cases, Path vaultDir) {
        this.shell = Objects.requireNonNull(shell);
        this.cases = Objects.requireNonNull(cases);
        this.vaultDir = Objects.requireNonNull(vaultDir);
    }

    public Theme theme() {
        return shell.theme();
    }

    public void switchTheme(Theme theme) {
        shell.switchTheme(theme);
    }

    public Language language() {
        return shell.language();
    }

    public void switchLanguage(Language language) {
        shell.switchLanguage(language);
    }

    public List<Integer> reminderChoices() {
        return REMINDER_CHOICES;
    }

    public int reminderDays() {
        return shell.backupReminderDays();
    }

    public void chooseReminderDays(int days) {
        shell.setBackupReminderDays(days);
    }

    /** The open vault's folder (About names it). */
    public Path vaultDir() {
        return vaultDir;
    }

    /** Where "Open vault…" starts: the folder around the open vault. */
    public Optional<Path> openVaultStart() {
        return Optional.ofNullable(vaultDir.getParent());
    }

    public void openVault(Path dir) {
        shell.openVault(dir);
    }

    /** The case "Export case bundle…" exports. */
    public Optional<CaseSummary> selectedCase() {
        return cases.selected();
    }

    /** True while no case is selected: nothing to export. */
    public BooleanBinding noCaseSelected() {
        return cases.selectedId().isNull();
    }

    public void quit() {
        shell.quit();
    }
}
