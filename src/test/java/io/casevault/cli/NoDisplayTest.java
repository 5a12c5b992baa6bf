package io.casevault.cli;

import io.casevault.Launcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Without a command and without a display, the app says so in one sentence instead of crashing. */
class NoDisplayTest {

    @Test
    void startingTheWindowWithoutADisplayExplainsAndPointsToHelp(@TempDir Path tmp) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(),
                "-cp", System.getProperty("java.class.path"), "-Dcasevault.logDir=" + tmp.resolve("logs"),
                Launcher.class.getName(), "--vault", tmp.resolve("vault").toString()));
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(err).isEqualTo("No graphical display was found, so the CaseVault window cannot open; "
                + "use the command line instead (see `casevault --help`).");
        assertThat(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEmpty();
    }
}
