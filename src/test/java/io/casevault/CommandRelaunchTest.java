package io.casevault;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Which command lines `java -jar` starts again with the launcher's JIT options, and how. */
class CommandRelaunchTest {

    private static String[] add(List<String> before, int files, Random random) {
        List<String> line = new ArrayList<>(before);
        line.add("evidence");
        line.add("add");
        List<String> rest = new ArrayList<>(List.of("--case", "3"));
        if (random.nextBoolean()) {
            rest.addAll(List.of("--caption", "from the phone"));
        }
        if (random.nextBoolean()) {
            rest.add("--json");
        }
        for (int i = 0; i < files; i++) {
            // before or after the options, never between one and its value
            rest.add(random.nextBoolean() ? 0 : rest.size(), "shot-" + i + ".png");
        }
        line.addAll(rest);
        return line.toArray(String[]::new);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void anAddOfManyFilesIsStartedAgainWhereverItsOptionsStand(int seed) {
        Random random = new Random(seed);
        List<String> vault = seed % 2 == 0 ? List.of("--vault", "/tmp/v") : List.of("--vault=/tmp/v");

        assertThat(CommandRelaunch.addsMany(add(vault, CommandRelaunch.MANY_FILES, random))).isTrue();
        assertThat(CommandRelaunch.addsMany(add(List.of(), CommandRelaunch.MANY_FILES + seed * 40, random))).isTrue();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(ints = {1, 2, 3, 4})
    void anAddOfAFewFilesRunsInTheFirstJvm(int seed) {
        Random random = new Random(seed);

        assertThat(CommandRelaunch.addsMany(add(List.of("--vault", "v"), CommandRelaunch.MANY_FILES - 1, random)))
                .isFalse();
        assertThat(CommandRelaunch.addsMany(add(List.of(), random.nextInt(CommandRelaunch.MANY_FILES), random)))
                .isFalse();
    }

    @Test
    void anImportOfManyMessagesOrMuchMailIsStartedAgainAndASmallOneIsNot(@TempDir Path tmp) throws IOException {
        List<String> many = new ArrayList<>(List.of("--vault", "v", "mail", "import", "--case", "1", "--me",
                "me@example.com"));
        for (int i = 0; i < CommandRelaunch.MANY_FILES; i++) {
            many.add("m" + i + ".eml");
        }
        Path mbox = tmp.resolve("Inbox.mbox");
        try (RandomAccessFile f = new RandomAccessFile(mbox.toFile(), "rw")) {
            f.setLength(CommandRelaunch.MUCH_MAIL);
        }
        Path eml = Files.writeString(tmp.resolve("one.eml"), "From: a@example.com\r\n\r\nhello\r\n");

        assertThat(CommandRelaunch.importsMuchMail(many.toArray(String[]::new))).isTrue();
        assertThat(CommandRelaunch.importsMuchMail(new String[] {"mail", "import", "--case", "1", mbox.toString()}))
                .isTrue();
        assertThat(CommandRelaunch.importsMuchMail(new String[] {"mail", "import", "--case", "1", eml.toString(),
            tmp.resolve("missing.mbox").toString()})).isFalse();
        // the value of --me is no file
        assertThat(CommandRelaunch.importsMuchMail(new String[] {"mail", "import", "--me", mbox.toString(),
            eml.toString()})).isFalse();
        assertThat(CommandRelaunch.addsMany(many.toArray(String[]::new))).isFalse();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void anExportOfAnySizeIsStartedAgainButItsHelpIsNot(int seed) {
        Random random = new Random(seed);
        List<String> line = new ArrayList<>(switch (seed % 3) {
            case 0 -> List.of("--vault", "/tmp/v");
            case 1 -> List.of("--vault=/tmp/v");
            default -> List.<String>of();
        });
        line.add("export");
        List<String> options = new ArrayList<>(List.of("--case", "3", "--out", "d.pdf"));
        for (String flag : List.of("--no-originals", "--audit-log", "--split")) {
            if (random.nextBoolean()) {
                options.add(flag);
            }
        }
        line.addAll(options);
        List<String> help = new ArrayList<>(line);
        help.add(line.indexOf("export") + 1 + random.nextInt(options.size() + 1), random.nextBoolean() ? "-h"
                : "--help");

        assertThat(CommandRelaunch.exports(line.toArray(String[]::new))).isTrue();
        assertThat(CommandRelaunch.exports(help.toArray(String[]::new))).isFalse();
    }

    @Test
    void otherCommandsRunInTheFirstJvmHoweverLong() {
        List<String> many = new ArrayList<>(List.of("--vault", "v", "case", "list"));
        for (int i = 0; i < 100; i++) {
            many.add("m" + i + ".eml");
        }
        assertThat(CommandRelaunch.addsMany(many.toArray(String[]::new))).isFalse();
        assertThat(CommandRelaunch.importsMuchMail(many.toArray(String[]::new))).isFalse();
        assertThat(CommandRelaunch.addsMany(new String[] {"evidence", "text", "--case", "1"})).isFalse();
        assertThat(CommandRelaunch.addsMany(new String[] {"--vault"})).isFalse();
        assertThat(CommandRelaunch.addsMany(new String[0])).isFalse();
        assertThat(CommandRelaunch.exports(new String[] {"export-originals", "--case", "1", "--out", "d"})).isFalse();
        assertThat(CommandRelaunch.exports(new String[] {"case", "export-bundle", "--case", "1"})).isFalse();
        assertThat(CommandRelaunch.exports(new String[] {"--vault", "export"})).isFalse();
        assertThat(CommandRelaunch.exports(new String[0])).isFalse();
    }

    @Test
    void theSecondJvmHasTheLaunchersOptionsAndIsNeverStartedAgain() {
        List<String> line = JarRelaunch.line("/usr/bin/java", List.of("-Xmx1g", "-jar", "casevault.jar",
                "evidence", "add", "--case", "1", "a.png"), null, Path.of("/cache/cds/a.jsa.part"),
                CommandRelaunch.COMPILE_OPTIONS);

        assertThat(line.get(0)).isEqualTo("/usr/bin/java");
        assertThat(line).containsAll(JarRelaunch.JIT_OPTIONS).containsAll(CommandRelaunch.COMPILE_OPTIONS)
                .contains("-Dcasevault.relaunched=true");
        assertThat(line.subList(line.indexOf("-Xmx1g"), line.size())).containsExactly("-Xmx1g", "-jar",
                "casevault.jar", "evidence", "add", "--case", "1", "a.png");
        assertThat(line.indexOf("-XX:CompileCommand=quiet"))
                .isLessThan(line.indexOf(CommandRelaunch.COMPILE_OPTIONS.get(1)));
    }

    @Test
    void eachCommandStartedAgainHasAnArchiveOfItsOwnKindAndTheOthersNone(@TempDir Path tmp) throws Exception {
        List<String> many = new ArrayList<>(List.of("--vault", "v", "evidence", "add", "--case", "1"));
        for (int i = 0; i < CommandRelaunch.MANY_FILES; i++) {
            many.add("f" + i + ".png");
        }
        Path mbox = tmp.resolve("big.mbox");
        try (RandomAccessFile f = new RandomAccessFile(mbox.toFile(), "rw")) {
            f.setLength(CommandRelaunch.MUCH_MAIL); // sparse
        }

        assertThat(CommandRelaunch.archiveKind(many.toArray(String[]::new))).contains(CommandRelaunch.ADD_ARCHIVE);
        assertThat(CommandRelaunch.archiveKind(new String[] {"mail", "import", "--case", "1", mbox.toString()}))
                .contains(CommandRelaunch.MAIL_ARCHIVE);
        assertThat(CommandRelaunch.archiveKind(new String[] {"export", "--case", "1", "--out", "d.pdf"}))
                .contains(CommandRelaunch.EXPORT_ARCHIVE);
        assertThat(CommandRelaunch.archiveKind(new String[] {"evidence", "add", "--case", "1", "a.png"})).isEmpty();
        assertThat(CommandRelaunch.archiveKind(new String[] {"case", "list"})).isEmpty();
        assertThat(List.of(CommandRelaunch.ADD_ARCHIVE, CommandRelaunch.MAIL_ARCHIVE, CommandRelaunch.EXPORT_ARCHIVE)
                .stream().map(k -> JarRelaunch.archive(Path.of("casevault.jar"), k)).distinct()).hasSize(3);
    }

    @Test
    void anAddsAndAnImportsSecondJvmsHaveTheImportOptionsAfterTheLaunchersAndAnExportsNot() {
        List<String> args = List.of("-Xmx1g", "-XX:+UseGCOverheadLimit", "-jar", "casevault.jar", "mail", "import",
                "--case", "1", "-XX:+UseG1GC.mbox");
        for (String kind : List.of(CommandRelaunch.ADD_ARCHIVE, CommandRelaunch.MAIL_ARCHIVE)) {
            List<String> options = CommandRelaunch.options(kind, args, Map.of("JAVA_TOOL_OPTIONS", "-Dx=GC"));
            assertThat(options).startsWith(CommandRelaunch.COMPILE_OPTIONS.toArray(String[]::new))
                    .endsWith(CommandRelaunch.IMPORT_OPTIONS.toArray(String[]::new)).contains("-XX:+UseParallelGC",
                            "-XX:CompileCommand=MaxNodeLimit,*.*,1");
            // the imports' Tier4 thresholds come after the launcher's, so they are the ones the JVM keeps
            List<String> line = JarRelaunch.line("/usr/bin/java", args, null, Path.of("/a.part"), options);
            assertThat(line.lastIndexOf("-XX:Tier4CompileThreshold=500"))
                    .isGreaterThan(line.indexOf("-XX:Tier4CompileThreshold=150000"));
        }
        assertThat(CommandRelaunch.options(CommandRelaunch.EXPORT_ARCHIVE, args, Map.of()))
                .containsExactlyElementsOf(CommandRelaunch.COMPILE_OPTIONS).doesNotContain("-XX:+UseParallelGC");
        assertThat(JarRelaunch.JIT_OPTIONS).noneMatch(o -> o.contains("GC"));
    }

    @Test
    void aCollectorTheUserChoseIsLeftAloneAsAJvmGivenTwoWouldNotStart() {
        List<String> plain = List.of("-jar", "casevault.jar", "evidence", "add", "a.png");
        List<String> g1 = List.of("-XX:+UseG1GC", "-jar", "casevault.jar", "evidence", "add", "a.png");
        for (Map<String, String> env : List.of(Map.of("JAVA_TOOL_OPTIONS", "-Xmx2g -XX:+UseSerialGC"),
                Map.of("JDK_JAVA_OPTIONS", "-XX:+UseZGC"), Map.of("_JAVA_OPTIONS", "-XX:-UseG1GC"))) {
            assertThat(CommandRelaunch.options(CommandRelaunch.ADD_ARCHIVE, plain, env)).as("%s", env)
                    .doesNotContain("-XX:+UseParallelGC").containsAll(CommandRelaunch.COMPILE_OPTIONS)
                    .contains("-XX:CompileCommand=MaxNodeLimit,*.*,1");
        }
        assertThat(CommandRelaunch.options(CommandRelaunch.ADD_ARCHIVE, g1, Map.of()))
                .doesNotContain("-XX:+UseParallelGC").contains("-XX:Tier4CompileThreshold=500");
        assertThat(CommandRelaunch.options(CommandRelaunch.ADD_ARCHIVE, plain, Map.of()))
                .contains("-XX:+UseParallelGC");
    }

    @Test
    void anExportsSecondJvmHasTheCompileOptionsAndTheExportsArchive() {
        List<String> line = JarRelaunch.line("/usr/bin/java", List.of("-jar", "casevault.jar", "export", "--case", "1",
                "--out", "d.pdf"), Path.of("/cache/cds/casevault-export-0000beef.jsa"), Path.of("/unused.part"),
                CommandRelaunch.COMPILE_OPTIONS);

        assertThat(line).containsAll(JarRelaunch.JIT_OPTIONS).containsAll(CommandRelaunch.COMPILE_OPTIONS)
                .contains("-XX:SharedArchiveFile=/cache/cds/casevault-export-0000beef.jsa",
                        "-Dcasevault.relaunched=true")
                .endsWith("-jar", "casevault.jar", "export", "--case", "1", "--out", "d.pdf");
    }
}
