package io.casevault.ui.backup;

import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Optional;

/** Where to write or read a backup or a case bundle: native file dialogs in the app, fixed answers in tests. */
public interface BackupChoices {

    Optional<Path> backupTarget(Window owner, String suggestedName);

    Optional<Path> backupSource(Window owner);

    /** A folder for the restored vault: an empty one is used as it is, in another a new subfolder is made. */
    Optional<Path> restoreFolder(Window owner);

    Optional<Path> bundleTarget(Window owner, String suggestedName);

    Optional<Path> bundleSource(Window owner);
}
