package io.casevault.ocr;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How to start the engine: which model files, how many threads one recognition may use (1 by default, so a
 * laptop stays usable while screenshots are read in the background), and optionally a cache folder for ONNX
 * Runtime's native libraries (see {@link NativeLibraryCache}; without one ONNX Runtime unpacks them into the temp
 * folder on every start).
 */
public record OcrSettings(ModelFiles models, int threads, Path nativeLibraryCache) {

    public OcrSettings {
        Objects.requireNonNull(models, "models");
        if (threads < 1 || threads > 64) {
            throw new IllegalArgumentException("threads must be 1 to 64, not " + threads);
        }
    }

    /** The bundled models, one thread, no native library cache. */
    public static OcrSettings defaults() {
        return new OcrSettings(ModelFiles.bundled(), 1, null);
    }

    public OcrSettings withModels(ModelFiles files) {
        return new OcrSettings(files, threads, nativeLibraryCache);
    }

    public OcrSettings withThreads(int count) {
        return new OcrSettings(models, count, nativeLibraryCache);
    }

    public OcrSettings withNativeLibraryCache(Path folder) {
        return new OcrSettings(models, threads, Objects.requireNonNull(folder, "folder"));
    }

    public Optional<Path> nativeLibraryFolder() {
        return Optional.ofNullable(nativeLibraryCache);
    }
}
