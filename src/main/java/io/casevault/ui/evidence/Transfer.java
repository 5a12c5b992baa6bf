package io.casevault.ui.evidence;

import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;

import java.io.File;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a drop or a paste carries: files, or an image (a screenshot copied by the system tool). A {@link Clipboard}
 * is read through {@link #of}; a {@link javafx.scene.input.Dragboard} is a clipboard too, so drops and pastes share it.
 */
public interface Transfer {

    List<File> files();

    Optional<Image> image();

    default boolean isEmpty() {
        return files().isEmpty() && image().isEmpty();
    }

    static Transfer of(Clipboard clipboard) {
        Objects.requireNonNull(clipboard);
        return new Transfer() {
            @Override
            public List<File> files() {
                return clipboard.hasFiles() ? List.copyOf(clipboard.getFiles()) : List.of();
            }

            @Override
            public Optional<Image> image() {
                return clipboard.hasImage() ? Optional.ofNullable(clipboard.getImage()) : Optional.empty();
            }
        };
    }
}
