package io.casevault.ui.common;

import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The application icon (rendered from {@code packaging/icons/casevault.svg}) in the sizes a window manager picks
 * from: 16 and 32 px are drawn for small sizes, so the title bar and the task switcher stay readable.
 */
public final class AppIcons {
    private static final int[] SIZES = {16, 32, 48, 64, 128, 256};
    private static volatile List<Image> icons;

    private AppIcons() {
    }

    /** Every size, smallest first; loaded once. */
    public static List<Image> all() {
        List<Image> loaded = icons;
        if (loaded == null) {
            loaded = Arrays.stream(SIZES).mapToObj(AppIcons::load).toList();
            icons = loaded;
        }
        return loaded;
    }

    /** The smallest icon at least {@code size} pixels wide, else the largest. */
    public static Image atLeast(int size) {
        return all().stream().filter(i -> i.getWidth() >= size).findFirst()
                .orElseGet(() -> all().get(all().size() - 1));
    }

    /** Gives a window the application icon. */
    public static void apply(Stage stage) {
        stage.getIcons().setAll(all());
    }

    /**
     * Gives a window the application icon, its images decoded on {@code executor} (off the FX thread, so the window
     * need not wait for them) and set on the FX thread when they are ready.
     */
    public static void applyInBackground(Stage stage, Executor executor) {
        CompletableFuture.supplyAsync(AppIcons::all, executor)
                .thenAccept(images -> Platform.runLater(() -> stage.getIcons().setAll(images)))
                .exceptionally(e -> {
                    LoggerFactory.getLogger(AppIcons.class).warn("The application icon could not be loaded", e);
                    return null;
                });
    }

    /**
     * Gives a window the application icon once its scene shows other content than {@code placeholder} (after the
     * first layout pass with it), decoded on {@code executor}: at start the images do not take the cores from the
     * window's first frames.
     */
    public static void applyAfterContent(Stage stage, Scene scene, Parent placeholder, Executor executor) {
        AfterLayout.once(scene, () -> scene.getRoot() != placeholder, () -> applyInBackground(stage, executor));
    }

    private static Image load(int size) {
        String path = "/io/casevault/ui/icons/casevault-" + size + ".png";
        return new Image(Objects.requireNonNull(AppIcons.class.getResource(path), path).toExternalForm());
    }
}
