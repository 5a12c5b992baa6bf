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
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Which command lines `java -jar` starts again with the launcher's JIT options, and how. */
class BulkAddRelaunchTest {

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

        assertThat(BulkAddRelaunch.addsMany(add(vault, BulkAddRelaunch.MANY_FILES, random))).isTrue();
        assertThat(BulkAddRelaunch.addsMany(add(List.of(), BulkAddRelaunch.MANY_FILES + seed * 40, random))).isTrue();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(ints = {1, 2, 3, 4})
    void anAddOfAFewFilesRunsInTheFirstJvm(int seed) {
        Random random = new Random(seed);

        assertThat(BulkAddRelaunch.addsMany(add(List.of("--vault", "v"), BulkAddRelaunch.MANY_FILES - 1, random)))
                .isFalse();
        assertThat(BulkAddRelaunch.addsMany(add(List.of(), random.nextInt(BulkAddRelaunch.MANY_FILES), random)))
                .isFalse();
    }

    @Test
    void anImportOfManyMessagesOrMuchMailIsStartedAgainAndASmallOneIsNot(@TempDir Path tmp) throws IOException {
        List<String> many = new ArrayList<>(List.of("--vault", "v", "mail", "import", "--case", "1", "--me",
                "me@example.com"));
        for (int i = 0; i < BulkAddRelaunch.MANY_FILES; i++) {
            many.add("m" + i + ".eml");
        }
        Path mbox = tmp.resolve("Inbox.mbox");
        try (RandomAccessFile f = new RandomAccessFile(mbox.toFile(), "rw")) {
            f.setLength(BulkAddRelaunch.MUCH_MAIL);
        }
        Path eml = Files.writeString(tmp.resolve("one.eml"), "From: a@example.com\r\n\r\nhello\r\n");

        assertThat(BulkAddRelaunch.importsMuchMail(many.toArray(String[]::new))).isTrue();
        assertThat(BulkAddRelaunch.importsMuchMail(new String[] {"mail", "import", "--case", "1", mbox.toString()}))
                .isTrue();
        assertThat(BulkAddRelaunch.importsMuchMail(new String[] {"mail", "import", "--case", "1", eml.toString(),
            tmp.resolve("missing.mbox").toString()})).isFalse();
        // the value of --me is no file
        assertThat(BulkAddRelaunch.importsMuchMail(new String[] {"mail", "import", "--me", mbox.toString(),
            eml.toString()})).isFalse();
        assertThat(BulkAddRelaunch.addsMany(many.toArray(String[]::new))).isFalse();
    }

    @Test
    void otherCommandsRunInTheFirstJvmHoweverLong() {
        List<String> many = new ArrayList<>(List.of("--vault", "v", "case", "list"));
        for (int i = 0; i < 100; i++) {
            many.add("m" + i + ".eml");
        }
        assertThat(BulkAddRelaunch.addsMany(many.toArray(String[]::new))).isFalse();
        assertThat(BulkAddRelaunch.importsMuchMail(many.toArray(String[]::new))).isFalse();
        assertThat(BulkAddRelaunch.addsMany(new String[] {"evidence", "text", "--case", "1"})).isFalse();
        assertThat(BulkAddRelaunch.addsMany(new String[] {"--vault"})).isFalse();
        assertThat(BulkAddRelaunch.addsMany(new String[0])).isFalse();
    }

    @Test
    void theSecondJvmHasTheLaunchersOptionsAndIsNeverStartedAgain() {
        List<String> line = BulkAddRelaunch.line("/usr/bin/java", List.of("-Xmx1g", "-jar", "casevault.jar",
                "evidence", "add", "--case", "1", "a.png"));

        assertThat(line.get(0)).isEqualTo("/usr/bin/java");
        assertThat(line).containsAll(JarRelaunch.JIT_OPTIONS).containsAll(BulkAddRelaunch.COMPILE_OPTIONS)
                .contains("-Dcasevault.relaunched=true");
        assertThat(line.subList(line.indexOf("-Xmx1g"), line.size())).containsExactly("-Xmx1g", "-jar",
                "casevault.jar", "evidence", "add", "--case", "1", "a.png");
        assertThat(line.indexOf("-XX:CompileCommand=quiet"))
                .isLessThan(line.indexOf(BulkAddRelaunch.COMPILE_OPTIONS.get(1)));
    }
}
