package io.casevault.ui.backup;

import io.casevault.ui.common.Texts;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/** The platform's file and folder dialogs. */
public final class NativeBackupChoices implements BackupChoices {
    private final Texts texts;

    public NativeBackupChoices(Texts texts) {
        this.texts = texts;
    }

    @Override
    public Optional<Path> backupTarget(Window owner, String suggestedName) {
        return save(owner, "backup.chooseTarget", suggestedName, filter("backup.files", "*.cvbackup", "*.zip"));
    }

    @Override
    public Optional<Path> backupSource(Window owner) {
        return open(owner, "backup.chooseSource", filter("backup.files", "*.cvbackup", "*.zip"));
    }

    @Override
    public Optional<Path> restoreFolder(Window owner) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(texts.text("backup.chooseRestoreFolder"));
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> bundleTarget(Window owner, String suggestedName) {
        return save(owner, "bundle.chooseTarget", suggestedName, filter("bundle.files", "*.cvbundle"));
    }

    @Override
    public Optional<Path> bundleSource(Window owner) {
        return open(owner, "bundle.chooseSource", filter("bundle.files", "*.cvbundle"));
    }

    private FileChooser.ExtensionFilter filter(String key, String... patterns) {
        return new FileChooser.ExtensionFilter(texts.text(key), patterns);
    }

    private Optional<Path> save(Window owner, String titleKey, String name, FileChooser.ExtensionFilter filter) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.text(titleKey));
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(filter);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    private Optional<Path> open(Window owner, String titleKey, FileChooser.ExtensionFilter filter) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.text(titleKey));
        chooser.getExtensionFilters().add(filter);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }
}
