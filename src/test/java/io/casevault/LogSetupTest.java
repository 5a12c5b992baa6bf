package io.casevault;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The log file is made by the first event that reaches it, in the usual format; a command that logs nothing makes none. */
class LogSetupTest {
    @TempDir
    Path logs;

    /** A context like the one SLF4J makes at start. */
    private static LoggerContext context() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        return context;
    }

    @Test
    void aRunThatLogsNothingAtInfoMakesNoFile() {
        LoggerContext context = context();
        LogSetup.install(context, logs.toString());

        context.getLogger("io.casevault.app.EvidenceImport").debug("staged {}", "a.png");
        context.stop();

        assertThat(logs.resolve("casevault.log")).doesNotExist();
    }

    @Test
    void theFirstEventOpensTheFileAndEveryEventIsWrittenInOrder() throws Exception {
        LoggerContext context = context();
        LogSetup.install(context, logs.toString());

        context.getLogger("io.casevault.app.ExportService").info("Exported case {}", 1);
        context.getLogger("io.casevault.cli.Cli").warn("Command refused: {}", "no such case");
        context.stop();

        String thread = Thread.currentThread().getName();
        assertThat(Files.readAllLines(logs.resolve("casevault.log")))
                .hasSize(2)
                .satisfies(lines -> {
                    assertThat(lines.get(0)).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3} INFO  \\["
                            + thread + "] io.casevault.app.ExportService - Exported case 1");
                    assertThat(lines.get(1)).endsWith("WARN  [" + thread + "] io.casevault.cli.Cli - Command refused: "
                            + "no such case");
                });
    }
}
