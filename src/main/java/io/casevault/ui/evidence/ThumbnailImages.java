package io.casevault.ui.evidence;

import io.casevault.domain.Evidence;
import io.casevault.domain.Redaction;
import javafx.application.Platform;
import javafx.scene.image.Image;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The grid's images, loaded lazily: the service makes or finds the cached PNG on its own pool, and JavaFX reads it
 * with background loading, so neither decoding nor file reading happens on the FX thread. A redacted exhibit's
 * thumbnail is read and burned ({@link RedactedThumbnail}) on {@code imageWork} and handed over only once its boxes
 * are black. A small LRU map keeps the images of recently shown cells, by hash and boxes. Used on the FX thread only.
 */
final class ThumbnailImages {
    private static final int KEEP = 400;

    private final Thumbnails service;
    private final int size;
    private final Executor imageWork;
    private final Map<String, Image> recent = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
            return size() > KEEP;
        }
    };

    ThumbnailImages(Thumbnails service, int size, Executor imageWork) {
        this.service = service;
        this.size = size;
        this.imageWork = imageWork;
    }

    /**
     * Calls {@code onReady} on the FX thread with the image, boxes burned in, or with empty when there is none
     * (placeholder).
     */
    void request(Evidence e, List<Redaction> boxes, Consumer<Optional<Image>> onReady) {
        String key = e.sha256() + "-o" + e.orientation() + (boxes.isEmpty() ? "" : "-" + boxes);
        Image known = recent.get(key);
        if (known != null) {
            onReady.accept(Optional.of(known));
            return;
        }
        service.thumbnail(e, size)
                .thenApplyAsync(path -> path.map(p -> boxes.isEmpty() ? load(p)
                        : RedactedThumbnail.burn(loadNow(p), e, boxes)), boxes.isEmpty() ? Runnable::run : imageWork)
                .whenComplete((image, error) -> Platform.runLater(() -> {
                    Optional<Image> shown = Optional.ofNullable(image).flatMap(i -> i);
                    shown.ifPresent(i -> recent.put(key, i));
                    onReady.accept(shown);
                }));
    }

    private static Image load(Path png) {
        return new Image(png.toUri().toString(), true);
    }

    /** Reads the whole PNG before returning: the pixels are needed at once. Not on the FX thread. */
    private static Image loadNow(Path png) {
        Image image = new Image(png.toUri().toString(), false);
        if (image.isError()) {
            throw new IllegalStateException("cannot read the thumbnail " + png, image.getException());
        }
        return image;
    }
}
