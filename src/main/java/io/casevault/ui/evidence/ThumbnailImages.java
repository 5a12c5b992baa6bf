package io.casevault.ui.evidence;

import io.casevault.domain.Evidence;
import javafx.application.Platform;
import javafx.scene.image.Image;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The grid's images, loaded lazily: the service makes or finds the cached PNG on its own pool, and JavaFX reads it
 * with background loading, so neither decoding nor file reading happens on the FX thread. A small LRU map keeps the
 * images of recently shown cells. Used on the FX thread only.
 */
final class ThumbnailImages {
    private static final int KEEP = 400;

    private final Thumbnails service;
    private final int size;
    private final Map<String, Image> recent = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
            return size() > KEEP;
        }
    };

    ThumbnailImages(Thumbnails service, int size) {
        this.service = service;
        this.size = size;
    }

    /** Calls {@code onReady} on the FX thread with the image, or with empty when there is none (placeholder). */
    void request(Evidence e, Consumer<Optional<Image>> onReady) {
        Image known = recent.get(e.sha256());
        if (known != null) {
            onReady.accept(Optional.of(known));
            return;
        }
        service.thumbnail(e, size).whenComplete((path, error) -> Platform.runLater(() -> {
            Optional<Image> image = Optional.ofNullable(path).flatMap(p -> p.map(this::load));
            image.ifPresent(i -> recent.put(e.sha256(), i));
            onReady.accept(image);
        }));
    }

    private Image load(Path png) {
        return new Image(png.toUri().toString(), true);
    }
}
