package io.casevault;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Under a full JDK (as with {@code java -jar}) a command's statements go through Jdbi without it registering its
 * Flight Recorder event, whose class generation cost every command some 90 ms before its work began.
 */
class CommandLineRecorderTest {

    @Test
    void aCommandRunsItsStatementsWithoutSettingUpTheFlightRecorder(@TempDir Path tmp) throws Exception {
        Path classes = tmp.resolve("classes.log");

        initInNewJvm(tmp, "-Xlog:class+load=info:file=" + classes);

        String loaded = Files.readString(classes);
        assertThat(loaded).as("Jdbi asked whether the recorder is there")
                .contains("org.jdbi.v3.core.statement.internal.JfrSupport ");
        assertThat(loaded).doesNotContain("jdk.jfr.internal.MetadataRepository ");
    }

    @Test
    void aRecordingTheUserStartsWithTheJvmStillRecords(@TempDir Path tmp) throws Exception {
        Path recording = tmp.resolve("r.jfr");

        initInNewJvm(tmp, "-XX:StartFlightRecording=filename=" + recording);

        assertThat(recording).isNotEmptyFile();
        try (jdk.jfr.consumer.RecordingFile events = new jdk.jfr.consumer.RecordingFile(recording)) {
            assertThat(events.hasMoreEvents()).isTrue();
        }
    }

    /** Runs {@code init} of a vault in {@code tmp} in a JVM of its own with {@code jvmOption}; it must succeed. */
    private static void initInNewJvm(Path tmp, String jvmOption) throws Exception {
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                jvmOption, "-cp", System.getProperty("java.class.path"),
                "-Dcasevault.logDir=" + tmp.resolve("logs"), Launcher.class.getName(),
                "--vault", tmp.resolve("vault").toString(), "init"))
                .redirectErrorStream(true).redirectOutput(tmp.resolve("out.txt").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(tmp.resolve("out.txt"))).isZero();
    }
}
