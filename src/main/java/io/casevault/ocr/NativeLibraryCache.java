package io.casevault.ocr;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps ONNX Runtime's native libraries in a cache folder instead of the temp folder.
 *
 * <p>Left alone, ONNX Runtime 1.23 copies its two libraries (about 22 MB on Linux) into a new
 * {@code onnxruntime-java*} folder under {@code java.io.tmpdir} on every start and only marks them for deletion at
 * exit: the folder itself is left behind empty on Linux (it is deleted before the files in it), everything is left
 * behind after a crash, and on Windows a loaded DLL cannot be deleted at all. When the system property
 * {@code onnxruntime.native.path} names a folder holding the libraries, it loads them from there and leaves only an
 * empty temp folder that it deletes at once. This class extracts the libraries once per runtime version into
 * {@code <cache>/onnxruntime-<version>/<os>-<arch>/} and sets that property.
 */
final class NativeLibraryCache {
    static final String PATH_PROPERTY = "onnxruntime.native.path";
    private static final Logger LOG = LoggerFactory.getLogger(NativeLibraryCache.class);
    private static final String COMPLETE = "complete";

    private NativeLibraryCache() {
    }

    /**
     * Extracts the libraries for this platform into the cache (once) and points ONNX Runtime at them; does nothing
     * when the property is already set or the application carries no library for this platform (ONNX Runtime then
     * loads as it would by itself). Must run before ONNX Runtime's first use in this process.
     *
     * @return the folder the libraries load from, when this call set it
     */
    static synchronized Optional<Path> use(Path cacheRoot, String runtimeVersion) throws IOException {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return Optional.empty();
        }
        Optional<String> platform = platform();
        if (platform.isEmpty()) {
            return Optional.empty();
        }
        List<String> libraries = List.of(libraryFile("onnxruntime"), libraryFile("onnxruntime4j_jni"));
        String resourceFolder = "/ai/onnxruntime/native/" + platform.get() + "/";
        if (libraries.stream().anyMatch(l -> NativeLibraryCache.class.getResource(resourceFolder + l) == null)) {
            return Optional.empty();
        }
        Path folder = cacheRoot.resolve("onnxruntime-" + runtimeVersion.replaceAll("[^0-9A-Za-z.]", ""))
                .resolve(platform.get());
        if (!Files.exists(folder.resolve(COMPLETE))) {
            Files.createDirectories(folder);
            for (String library : libraries) {
                extract(resourceFolder + library, folder.resolve(library));
            }
            Files.writeString(folder.resolve(COMPLETE), runtimeVersion);
            LOG.info("Extracted the ONNX Runtime native libraries into {}", folder);
        }
        System.setProperty(PATH_PROPERTY, folder.toAbsolutePath().toString());
        return Optional.of(folder);
    }

    private static void extract(String resource, Path target) throws IOException {
        Path part = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        try {
            try (InputStream in = NativeLibraryCache.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("the application has no " + resource);
                }
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            }
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** ONNX Runtime's name for this platform's folder of libraries, as its loader computes it. */
    static Optional<String> platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String o = os.contains("mac") || os.contains("darwin") ? "osx" : os.contains("win") ? "win"
                : os.contains("nux") ? "linux" : null;
        String a = arch.startsWith("amd64") || arch.startsWith("x86_64") ? "x64"
                : arch.startsWith("aarch64") ? "aarch64" : null;
        return o == null || a == null ? Optional.empty() : Optional.of(o + "-" + a);
    }

    private static String libraryFile(String name) {
        return System.mapLibraryName(name).replace("jnilib", "dylib");
    }
}
