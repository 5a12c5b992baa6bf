package io.casevault.ui.recovery;

import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/** Where the recovered or restored vault goes: a native folder chooser in the app, a fixed answer in tests. */
@FunctionalInterface
public interface RecoveryChoices {
    Optional<Path> folder(Window owner, String title);

    /** The platform's folder chooser. */
    static RecoveryChoices nativeChooser() {
        return (owner, title) -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(title);
            return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
        };
    }
}
