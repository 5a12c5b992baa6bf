package io.casevault.vault;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The application's bundled files kept as files: copied once out of the jar, checked before every use. */
class BundledFilesTest {
    private static final String ENTRY = "io/casevault/fonts/Sample.ttf";

    @TempDir
    Path dir;

    @Test
    void aFileInAJarIsCopiedOnceAndThenUsedWhereItIs() throws IOException {
        byte[] bytes = bytes(7, 300_000);
        URL resource = resourceInJar(bytes);
        Path cache = dir.resolve("cache");

        Path first = BundledFiles.asFile(resource, cache).orElseThrow();
        assertThat(first).startsWith(cache).hasFileName("Sample.ttf").hasBinaryContent(bytes);
        Files.setLastModifiedTime(first, java.nio.file.attribute.FileTime.fromMillis(0));

        Path second = BundledFiles.asFile(resource, cache).orElseThrow();
        assertThat(second).isEqualTo(first).hasBinaryContent(bytes);
        assertThat(Files.getLastModifiedTime(second).toMillis()).as("not written again").isZero();
    }

    /** A copy that was cut short, grew, or had a byte changed, is made again before it is used. */
    @ParameterizedTest
    @ValueSource(strings = {"cut short", "longer", "one byte changed", "empty"})
    void aDamagedCopyIsMadeAgainBeforeUse(String damage) throws IOException {
        byte[] bytes = bytes(11, 200_000);
        URL resource = resourceInJar(bytes);
        Path cache = dir.resolve("cache");
        Path copy = BundledFiles.asFile(resource, cache).orElseThrow();

        byte[] damaged = switch (damage) {
            case "cut short" -> java.util.Arrays.copyOf(bytes, bytes.length / 2);
            case "longer" -> java.util.Arrays.copyOf(bytes, bytes.length + 1);
            case "one byte changed" -> {
                byte[] b = bytes.clone();
                b[new Random(3).nextInt(b.length)] ^= 0x5A;
                yield b;
            }
            default -> new byte[0];
        };
        Files.write(copy, damaged);

        assertThat(BundledFiles.asFile(resource, cache)).contains(copy);
        assertThat(copy).hasBinaryContent(bytes);
    }

    @Test
    void aResourceThatIsAFileAlreadyIsNotCopied() throws IOException {
        Path file = Files.write(dir.resolve("Sample.ttf"), bytes(5, 1000));

        assertThat(BundledFiles.asFile(file.toUri().toURL(), dir.resolve("cache"))).contains(file);
        assertThat(dir.resolve("cache")).doesNotExist();
    }

    @Test
    void withoutACacheFolderTheCallerReadsTheResourceItself() throws IOException {
        URL resource = resourceInJar(bytes(13, 1000));
        Path notAFolder = Files.writeString(dir.resolve("cache"), "a file where the folder should be");

        assertThat(BundledFiles.asFile(resource, notAFolder)).isEmpty();
        assertThat(BundledFiles.asFile(null, dir.resolve("other"))).isEmpty();
    }

    @Test
    void sqliteLoadsItsLibraryFromAKeptCopyOfTheOneItCarries() throws IOException {
        String path = System.getProperty(BundledFiles.SQLITE_PATH);
        String name = System.getProperty(BundledFiles.SQLITE_NAME);
        System.clearProperty(BundledFiles.SQLITE_PATH);
        System.clearProperty(BundledFiles.SQLITE_NAME);
        try {
            BundledFiles.keepSqliteLibrary(dir);

            Path library = Path.of(System.getProperty(BundledFiles.SQLITE_PATH), System.getProperty(BundledFiles.SQLITE_NAME));
            assertThat(library).startsWith(dir).isRegularFile();
            URL inJar = org.sqlite.SQLiteJDBCLoader.class.getResource(
                    org.sqlite.util.LibraryLoaderUtil.getNativeLibResourcePath() + "/" + library.getFileName());
            try (var in = inJar.openStream()) {
                assertThat(library).hasBinaryContent(in.readAllBytes());
            }
        } finally {
            restore(BundledFiles.SQLITE_PATH, path);
            restore(BundledFiles.SQLITE_NAME, name);
        }
    }

    @Test
    void thePlatformsLibraryFolderIsWorkedOutOnceThenReadWhileItHoldsTheLibrary() throws IOException {
        String name = org.sqlite.util.LibraryLoaderUtil.getNativeLibName();
        String real = org.sqlite.util.LibraryLoaderUtil.getNativeLibResourcePath();
        Path folder = dir.resolve("sqlite-jdbc");

        assertThat(BundledFiles.platformFolder(folder, name)).isEqualTo(real);
        List<Path> remembered;
        try (var files = Files.list(folder)) {
            remembered = files.toList();
        }
        assertThat(remembered).singleElement().satisfies(f -> assertThat(f).hasContent(real));

        // what is remembered is read, not worked out again: another platform's folder the jar has is taken as it is
        Files.writeString(remembered.get(0), "/org/sqlite/native/Linux/aarch64");
        assertThat(BundledFiles.platformFolder(folder, name)).isEqualTo("/org/sqlite/native/Linux/aarch64");

        // a folder without the library, or nonsense, is worked out again and remembered anew
        for (String wrong : List.of("/org/sqlite/native/Nowhere/x86_64", "", "not a path")) {
            Files.writeString(remembered.get(0), wrong);
            assertThat(BundledFiles.platformFolder(folder, name)).isEqualTo(real);
            assertThat(remembered.get(0)).hasContent(real);
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    private URL resourceInJar(byte[] bytes) throws IOException {
        Path jar = Files.createTempFile(dir, "app", ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
            zip.putNextEntry(new JarEntry(ENTRY));
            zip.write(bytes);
            zip.closeEntry();
        }
        try (JarFile check = new JarFile(jar.toFile())) {
            assertThat(check.getJarEntry(ENTRY).getSize()).isEqualTo(bytes.length);
        }
        return new URL("jar:" + jar.toUri() + "!/" + ENTRY);
    }

    private static byte[] bytes(long seed, int size) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }
}
