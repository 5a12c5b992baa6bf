package io.casevault.ui.evidence;

import io.casevault.ui.common.Texts;
import javafx.css.PseudoClass;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import javax.imageio.ImageIO;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Files and screenshots dropped on the evidence view, pasted into it (Ctrl+V outside a text field) or chosen, handed
 * to the view model: files (folders included) are added, an image becomes a PNG.
 */
final class FileIntake {
    private static final PseudoClass DROP = PseudoClass.getPseudoClass("drop-target");

    private final EvidenceViewModel vm;
    private final ChooserFolder folder;

    FileIntake(EvidenceViewModel vm, ChooserFolder folder) {
        this.vm = vm;
        this.folder = folder;
    }

    /** Takes drops on {@code root} (marked while a drag of files is over it) and Ctrl+V, which calls {@code paste}. */
    void install(Node root, Runnable paste) {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() || e.getDragboard().hasImage()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        root.setOnDragEntered(e -> root.pseudoClassStateChanged(DROP, e.getDragboard().hasFiles()));
        root.setOnDragExited(e -> root.pseudoClassStateChanged(DROP, false));
        root.setOnDragDropped(e -> {
            e.setDropCompleted(accept(Transfer.of(e.getDragboard())));
            e.consume();
        });
        KeyCombination pasteKey = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            boolean inText = root.getScene() != null && root.getScene().getFocusOwner() instanceof TextInputControl;
            if (pasteKey.match(e) && !inText) {
                paste.run();
                e.consume();
            }
        });
    }

    /** Adds the files or the image a drop or paste carries; false when it carries neither or no case is shown. */
    boolean accept(Transfer transfer) {
        if (!vm.hasCase()) {
            return false;
        }
        List<File> files = transfer.files();
        if (!files.isEmpty()) {
            vm.adding().files(files.stream().map(File::toPath).toList());
            return true;
        }
        Optional<Image> image = transfer.image();
        if (image.isPresent()) {
            Image img = image.get();
            vm.adding().png(() -> png(img));
            return true;
        }
        return false;
    }

    /** Lets the user choose files to add, images first, starting in the folder last used. */
    void choose(Window owner, Texts texts) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.text("evidence.chooser.title"));
        chooser.setInitialDirectory(folder.start().toFile());
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(texts.text("evidence.chooser.images"),
                        "*.png", "*.jpg", "*.jpeg", "*.webp", "*.gif", "*.bmp", "*.PNG", "*.JPG", "*.JPEG"),
                new FileChooser.ExtensionFilter(texts.text("evidence.chooser.all"), "*"));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        if (files != null && !files.isEmpty()) {
            List<Path> chosen = files.stream().map(File::toPath).toList();
            folder.filesChosen(chosen);
            if (vm.hasCase()) {
                vm.adding().files(chosen);
            }
        }
    }

    /** Lets the user choose a folder whose files are added, as when a folder is dropped. */
    void chooseFolder(Window owner, Texts texts) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(texts.text("evidence.chooser.folderTitle"));
        chooser.setInitialDirectory(folder.start().toFile());
        File chosen = chooser.showDialog(owner);
        if (chosen != null) {
            folder.folderChosen(chosen.toPath());
            if (vm.hasCase()) {
                vm.adding().files(List.of(chosen.toPath()));
            }
        }
    }

    /** Lets the user choose saved e-mails (.eml, .mbox) to import. */
    void chooseMail(Window owner, Texts texts) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.text("menu.file.importMail"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(texts.text("evidence.chooser.mail"), "*.eml", "*.mbox", "*.EML"),
                new FileChooser.ExtensionFilter(texts.text("evidence.chooser.all"), "*"));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        if (files != null && !files.isEmpty() && vm.hasCase()) {
            vm.adding().files(files.stream().map(File::toPath).toList());
        }
    }

    private static byte[] png(Image image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out)) {
            throw new IOException("no PNG writer");
        }
        return out.toByteArray();
    }
}
