package io.casevault.ocr;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class NativeLibraryCacheTest {

    @Test
    void theLibrariesAreExtractedOnceAndOnlyTheMissingOnesAgain(@TempDir Path cache) throws Exception {
        String before = System.getProperty(NativeLibraryCache.PATH_PROPERTY);
        System.clearProperty(NativeLibraryCache.PATH_PROPERTY);
        try {
            Path folder = NativeLibraryCache.use(cache, "ONNX Runtime 1.23.2").orElseThrow();
            assertThat(folder).isEqualTo(cache.resolve("onnxruntime-ONNXRuntime1.23.2")
                    .resolve(NativeLibraryCache.platform().orElseThrow()));
            assertThat(System.getProperty(NativeLibraryCache.PATH_PROPERTY)).isEqualTo(folder.toString());
            Path library = folder.resolve(System.mapLibraryName("onnxruntime").replace("jnilib", "dylib"));
            assertThat(library).isRegularFile();
            assertThat(Files.size(library)).isGreaterThan(1_000_000);
            try (Stream<Path> files = Files.list(folder)) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
            }

            FileTime extracted = FileTime.fromMillis(1_000_000_000_000L);
            Files.setLastModifiedTime(library, extracted);
            System.clearProperty(NativeLibraryCache.PATH_PROPERTY);
            assertThat(NativeLibraryCache.use(cache, "ONNX Runtime 1.23.2")).hasValue(folder);
            assertThat(Files.getLastModifiedTime(library)).as("not written again").isEqualTo(extracted);
        } finally {
            restore(before);
        }
    }

    @Test
    void aPathSetByTheUserIsLeftAlone(@TempDir Path cache) throws Exception {
        String before = System.getProperty(NativeLibraryCache.PATH_PROPERTY);
        System.setProperty(NativeLibraryCache.PATH_PROPERTY, "/somewhere/else");
        try {
            assertThat(NativeLibraryCache.use(cache, "ONNX Runtime 1.23.2")).isEmpty();
            assertThat(System.getProperty(NativeLibraryCache.PATH_PROPERTY)).isEqualTo("/somewhere/else");
            try (Stream<Path> files = Files.list(cache)) {
                assertThat(files).isEmpty();
            }
        } finally {
            restore(before);
        }
    }

    /**
     * In a fresh process (ONNX Runtime loads once per process), an engine started with a cache folder leaves
     * nothing in the temp folder; the libraries stay in the cache for the next start.
     */
    @Test
    void anEngineStartedWithACacheLeavesNothingInTheTempFolder(@TempDir Path root) throws Exception {
        Path cache = root.resolve("cache");
        String out = startEngine(root, List.of(), cache);
        assertThat(out).contains("lines: 0");
        try (Stream<Path> files = Files.walk(cache)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .contains(System.mapLibraryName("onnxruntime4j_jni").replace("jnilib", "dylib"));
        }
    }

    /**
     * As the installed application starts (its launcher names the folder of its own libraries in
     * {@code onnxruntime.native.path}): ONNX Runtime loads them from there, nothing goes into the temp folder and no
     * second copy into the cache.
     */
    @Test
    void anEngineWhoseLibraryFolderIsGivenLoadsFromItAndCopiesNothing(@TempDir Path root) throws Exception {
        String before = System.getProperty(NativeLibraryCache.PATH_PROPERTY);
        System.clearProperty(NativeLibraryCache.PATH_PROPERTY);
        Path installed;
        try {
            installed = NativeLibraryCache.use(root.resolve("installed"), "ONNX Runtime 1.23.2").orElseThrow();
        } finally {
            restore(before);
        }
        Path cache = root.resolve("cache");
        String out = startEngine(root, List.of("-D" + NativeLibraryCache.PATH_PROPERTY + "=" + installed), cache);
        assertThat(out).contains("lines: 0");
        assertThat(cache).doesNotExist();
    }

    /** Starts an engine in a child process with its own temp folder, which must be empty afterwards; its output. */
    private static String startEngine(Path root, List<String> options, Path cache) throws Exception {
        Path temp = Files.createDirectories(root.resolve("tmp"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Djava.io.tmpdir=" + temp));
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), StartEngine.class.getName(),
                cache.toString()));
        Path log = root.resolve("out.txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String out = Files.readString(log);
        assertThat(process.exitValue()).as(out).isZero();
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).isEmpty();
        }
        return out;
    }

    private static void restore(String value) {
        if (value == null) {
            System.clearProperty(NativeLibraryCache.PATH_PROPERTY);
        } else {
            System.setProperty(NativeLibraryCache.PATH_PROPERTY, value);
        }
    }

    /** The child process of the test above. */
    public static final class StartEngine {
        public static void main(String[] args) throws Exception {
            try (OcrEngine engine = OcrEngine.load(OcrSettings.defaults().withNativeLibraryCache(Path.of(args[0])))) {
                System.out.println("lines: " + engine.recognise(
                        new java.awt.image.BufferedImage(32, 32, java.awt.image.BufferedImage.TYPE_INT_RGB))
                        .lines().size());
            }
        }
    }
}
