package io.casevault;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JarRelaunchTest {
    private static final String VM = "OpenJDK 64-Bit Server VM";

    @Test
    void aWindowStartedWithJavaJarIsStartedAgain() {
        assertThat(JarRelaunch.wanted("target/casevault.jar --vault v", "target/casevault.jar", VM, 17, false))
                .isTrue();
        assertThat(JarRelaunch.wanted("casevault.jar", "casevault.jar", "Java HotSpot(TM) 64-Bit Server VM", 21,
                false)).isTrue();
    }

    @ParameterizedTest(name = "{0} | {1} | {2} | {3} | refused {4}")
    @CsvSource(delimiter = '|', value = {
            // the app-image's launcher and the AppCDS recording name the main class, on a class path of many jars
            "io.casevault.Launcher --vault v | /opt/app/casevault.jar:/opt/app/lib.jar | OpenJDK 64-Bit Server VM | 17 | false",
            "io.casevault.Launcher | casevault.jar | OpenJDK 64-Bit Server VM | 17 | false",
            // a JVM that cannot write a dynamic archive, or not HotSpot's options
            "casevault.jar | casevault.jar | OpenJDK 64-Bit Server VM | 11 | false",
            "casevault.jar | casevault.jar | Eclipse OpenJ9 VM | 17 | false",
            // started again already, or told not to
            "casevault.jar | casevault.jar | OpenJDK 64-Bit Server VM | 17 | true",
    })
    void anyOtherStartOpensTheWindowItself(String command, String classPath, String vm, int feature,
                                           boolean refused) {
        assertThat(JarRelaunch.wanted(command, classPath, vm, feature, refused)).isFalse();
    }

    @Test
    void theSecondJvmRunsTheSameCommandWithTheArchiveAndTheLaunchersJitOptions() {
        List<String> line = JarRelaunch.line("/usr/bin/java", List.of("-Dx=1", "-jar", "casevault.jar", "--vault",
                "v"), Path.of("/cache/cds/a.jsa"), Path.of("/cache/cds/a.jsa.part"), List.of());

        assertThat(line.get(0)).isEqualTo("/usr/bin/java");
        assertThat(line).contains("-XX:SharedArchiveFile=/cache/cds/a.jsa", "-Dcasevault.relaunched=true")
                .containsAll(JarRelaunch.JIT_OPTIONS)
                .noneMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit"))
                .endsWith("-Dx=1", "-jar", "casevault.jar", "--vault", "v");
        // the JVM's own options come before -jar; what follows it is the application's
        assertThat(line.indexOf("-Dcasevault.relaunched=true")).isLessThan(line.indexOf("-jar"));
    }

    @Test
    void aJvmWithoutC1StartsWithoutTheC1Options() {
        List<String> line = JarRelaunch.line("java", List.of("-jar", "casevault.jar"), null,
                Path.of("/cache/cds/a.jsa.part"), List.of());

        assertThat(JarRelaunch.JIT_OPTIONS).anyMatch(o -> o.startsWith("-XX:-C1") || o.startsWith("-XX:+C1"));
        assertThat(line).contains("-XX:+IgnoreUnrecognizedVMOptions");
        assertThat(line.indexOf("-XX:+IgnoreUnrecognizedVMOptions")).isLessThan(line.indexOf("-jar"));
    }

    @Test
    void withoutAnArchiveYetTheSecondJvmMakesOneAsItExits() {
        List<String> line = JarRelaunch.line("java", List.of("-jar", "casevault.jar"), null,
                Path.of("/cache/cds/a.jsa.part"), List.of());

        assertThat(line).contains("-XX:ArchiveClassesAtExit=/cache/cds/a.jsa.part")
                .noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"));
    }

    @Test
    void anotherBuildOfTheJarGetsAnotherArchive(@TempDir Path dir) throws Exception {
        Path jar = Files.writeString(dir.resolve("casevault.jar"), "one build");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-11-01T00:00:00Z")));
        Path first = JarRelaunch.archive(jar);

        Files.writeString(jar, "another build, longer");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-11-02T00:00:00Z")));

        assertThat(JarRelaunch.archive(jar)).isNotEqualTo(first).hasParentRaw(first.getParent());
        assertThat(first.getFileName().toString()).startsWith("casevault-").endsWith(".jsa");
    }

    @Test
    void aNewArchiveRemovesThoseOfOtherBuildsAndOldLeftoversButNotAPartBeingWritten(@TempDir Path dir)
            throws Exception {
        Path current = Files.writeString(dir.resolve("casevault-0000beef.jsa"), "now");
        Path earlier = Files.writeString(dir.resolve("casevault-1234abcd.jsa"), "an earlier build");
        Path beingWritten = Files.writeString(dir.resolve("casevault-0000beef.jsa.4242.part"), "another start");
        Path leftover = Files.writeString(dir.resolve("casevault-0000beef.jsa.77.part"), "a killed start");
        Files.setLastModifiedTime(leftover, FileTime.from(Instant.now().minusSeconds(3 * 86_400)));
        Path unrelated = Files.writeString(dir.resolve("notes.txt"), "not ours");

        JarRelaunch.removeOthers(current);

        assertThat(current).exists();
        assertThat(beingWritten).exists();
        assertThat(unrelated).exists();
        assertThat(earlier).doesNotExist();
        assertThat(leftover).doesNotExist();
    }

    @Test
    void anExportsArchiveIsNamedApartAndNeitherKindRemovesTheOther(@TempDir Path dir) throws Exception {
        Path jar = Files.writeString(dir.resolve("casevault.jar"), "one build");
        Path window = JarRelaunch.archive(jar);
        Path export = JarRelaunch.archive(jar, CommandRelaunch.EXPORT_ARCHIVE);
        assertThat(export).isNotEqualTo(window).hasParentRaw(window.getParent());
        assertThat(export.getFileName().toString()).startsWith("casevault-export-").endsWith(".jsa");

        Path windows = Files.writeString(dir.resolve(window.getFileName().toString()), "the window's");
        Path exports = Files.writeString(dir.resolve(export.getFileName().toString()), "the export's");
        Path earlierExport = Files.writeString(dir.resolve("casevault-export-1234abcd.jsa"), "an earlier build's");
        Path earlierWindow = Files.writeString(dir.resolve("casevault-1234abcd.jsa"), "an earlier build's");

        JarRelaunch.removeOthers(exports);
        assertThat(windows).exists();
        assertThat(earlierWindow).exists();
        assertThat(earlierExport).doesNotExist();

        JarRelaunch.removeOthers(windows);
        assertThat(exports).exists();
        assertThat(earlierWindow).doesNotExist();
    }

    @Test
    void theFeatureNumberIsReadFromTheSpecificationVersion() {
        assertThat(JarRelaunch.feature("17")).isEqualTo(17);
        assertThat(JarRelaunch.feature("21")).isEqualTo(21);
        assertThat(JarRelaunch.feature("1.8")).isEqualTo(1);
        assertThat(JarRelaunch.feature("")).isZero();
        assertThat(JarRelaunch.feature(System.getProperty("java.specification.version")))
                .isEqualTo(Runtime.version().feature());
    }

    @Test
    void anArchivesNameHasItsKindAndEightHexDigits(@TempDir Path tmp) throws Exception {
        Path jar = Files.write(tmp.resolve("casevault.jar"), new byte[] {1});

        assertThat(JarRelaunch.archive(jar).getFileName().toString()).matches("casevault-[0-9a-f]{8}\\.jsa");
        assertThat(JarRelaunch.archive(jar, CommandRelaunch.ADD_ARCHIVE).getFileName().toString())
                .matches("casevault-add-[0-9a-f]{8}\\.jsa");
    }
}
