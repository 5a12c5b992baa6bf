package io.casevault.ui.shell;

import io.casevault.ui.backup.BackupActions;
import io.casevault.ui.common.Texts;
import io.casevault.ui.common.WriteAccess;
import io.casevault.ui.prefs.Language;
import io.casevault.ui.prefs.Theme;
import javafx.fxml.FXML;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.DirectoryChooser;

import java.io.File;
import java.util.List;
import java.util.Objects;

/**
 * The menu bar: File (cases, vaults, backups, bundles), Edit, View (the case tabs, theme, language) and Help.
 */
public final class MenusController {
    private final MenusViewModel model;
    private final Texts texts;
    private final BackupActions backups;
    private final WindowCommands commands;
    private final WriteAccess writes;

    @FXML private MenuBar menuBar;
    @FXML private RadioMenuItem lightItem;
    @FXML private RadioMenuItem darkItem;
    @FXML private RadioMenuItem systemLanguageItem;
    @FXML private RadioMenuItem englishItem;
    @FXML private RadioMenuItem chineseItem;
    @FXML private Menu backupReminderMenu;
    @FXML private Menu viewMenu;
    @FXML private MenuItem exportBundleItem;
    @FXML private MenuItem importMailItem;
    @FXML private MenuItem newCaseItem;
    @FXML private MenuItem ownAddressesItem;
    @FXML private MenuItem importBundleItem;
    @FXML private MenuItem pasteItem;

    /** @param writes whether the vault may be changed: the items that change it are disabled while it may not */
    public MenusController(MenusViewModel model, Texts texts, BackupActions backups, WindowCommands commands,
                           WriteAccess writes) {
        this.writes = Objects.requireNonNull(writes);
        this.model = Objects.requireNonNull(model);
        this.texts = Objects.requireNonNull(texts);
        this.backups = Objects.requireNonNull(backups);
        this.commands = Objects.requireNonNull(commands);
    }

    @FXML
    private void initialize() {
        (model.theme() == Theme.DARK ? darkItem : lightItem).setSelected(true);
        switch (model.language()) {
            case ENGLISH -> englishItem.setSelected(true);
            case CHINESE -> chineseItem.setSelected(true);
            default -> systemLanguageItem.setSelected(true);
        }
        fillReminderMenu();
        fillTabItems();
        exportBundleItem.disableProperty().bind(model.noCaseSelected());
        writes.guard(importMailItem, model.noCaseSelected());
        for (MenuItem changesVault : new MenuItem[]{newCaseItem, ownAddressesItem, importBundleItem, pasteItem}) {
            writes.guard(changesVault);
        }
    }

    /**
     * View's first items: one per case tab, opened with Ctrl+1, Ctrl+2, … (⌘ on a Mac) in the tabs' order, as in a
     * browser; disabled while no case is selected.
     */
    private void fillTabItems() {
        List<String> keys = commands.tabKeys();
        int shown = Math.min(keys.size(), 9);
        for (int i = 0; i < shown; i++) {
            String key = keys.get(i);
            MenuItem item = new MenuItem(texts.text(key));
            item.setId("tabItem" + (i + 1));
            item.setAccelerator(new KeyCodeCombination(KeyCode.valueOf("DIGIT" + (i + 1)),
                    KeyCombination.SHORTCUT_DOWN));
            item.setOnAction(e -> commands.showTab(key));
            item.disableProperty().bind(model.noCaseSelected());
            viewMenu.getItems().add(i, item);
        }
        if (shown > 0) {
            viewMenu.getItems().add(shown, new SeparatorMenuItem());
        }
    }

    /** The "Backup reminder" menu: every 3, 7, 14 or 30 days, or never. */
    private void fillReminderMenu() {
        ToggleGroup group = new ToggleGroup();
        for (int days : model.reminderChoices()) {
            RadioMenuItem item = new RadioMenuItem(days == 0 ? texts.text("backup.reminder.never")
                    : texts.text("backup.reminder.days", days));
            item.setToggleGroup(group);
            item.setSelected(days == model.reminderDays());
            item.setOnAction(e -> model.chooseReminderDays(days));
            backupReminderMenu.getItems().add(item);
        }
    }

    @FXML
    private void newCase() {
        commands.newCase();
    }

    @FXML
    private void importMail() {
        commands.importMail();
    }

    @FXML
    private void ownAddresses() {
        commands.ownAddresses();
    }

    @FXML
    private void openVault() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(texts.text("menu.file.openVault.title"));
        model.openVaultStart().map(java.nio.file.Path::toFile).filter(File::isDirectory)
                .ifPresent(chooser::setInitialDirectory);
        File dir = chooser.showDialog(menuBar.getScene().getWindow());
        if (dir != null) {
            model.openVault(dir.toPath());
        }
    }

    @FXML
    private void backUp() {
        backups.backUp();
    }

    @FXML
    private void restoreBackup() {
        backups.restore();
    }

    @FXML
    private void exportBundle() {
        model.selectedCase().ifPresent(s -> backups.exportBundle(s.theCase().id(), s.theCase().title()));
    }

    @FXML
    private void importBundle() {
        backups.importBundle();
    }

    @FXML
    private void quit() {
        model.quit();
    }

    @FXML
    private void paste() {
        commands.paste();
    }

    @FXML
    private void find() {
        commands.find();
    }

    @FXML
    private void lightTheme() {
        model.switchTheme(Theme.LIGHT);
    }

    @FXML
    private void darkTheme() {
        model.switchTheme(Theme.DARK);
    }

    @FXML
    private void systemLanguage() {
        model.switchLanguage(Language.SYSTEM);
    }

    @FXML
    private void english() {
        model.switchLanguage(Language.ENGLISH);
    }

    @FXML
    private void chinese() {
        model.switchLanguage(Language.CHINESE);
    }

    @FXML
    private void about() {
        commands.about();
    }
}
