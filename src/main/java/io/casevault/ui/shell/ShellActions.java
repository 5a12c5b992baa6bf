package io.casevault.ui.shell;

import io.casevault.ui.prefs.Language;
import io.casevault.ui.prefs.Theme;

import java.nio.file.Path;
import java.util.Optional;

/** What the main window asks of the application around it: things that rebuild or replace the window. */
public interface ShellActions {

    void openVault(Path dir);

    void switchLanguage(Language language);

    void switchTheme(Theme theme);

    Language language();

    Theme theme();

    void quit();

    /** Days after a backup before the window reminds the user to back up again; 0 is never. */
    int backupReminderDays();

    void setBackupReminderDays(int days);

    /** The folder the file chooser for evidence opened last, if it was remembered. */
    Optional<Path> evidenceFolder();

    void setEvidenceFolder(Path folder);
}
