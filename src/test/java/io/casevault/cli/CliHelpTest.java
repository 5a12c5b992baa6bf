package io.casevault.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every command and subcommand answers --help and `help COMMAND`, with an example; the command list is whole. */
class CliHelpTest {
    @TempDir
    Path dir;

    /** Every command path below the root, e.g. ["case", "add"], read from the real command tree. */
    static List<List<String>> commands() {
        CommandLine root = Cli.commandLine(new CliContext(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), Clock.systemUTC(), java.time.ZoneOffset.UTC, v -> 0));
        List<List<String>> paths = new ArrayList<>();
        collect(root, List.of(), paths);
        return paths;
    }

    private static void collect(CommandLine cl, List<String> path, List<List<String>> paths) {
        for (var e : cl.getSubcommands().entrySet()) {
            List<String> sub = new ArrayList<>(path);
            sub.add(e.getKey());
            paths.add(sub);
            collect(e.getValue(), sub, paths);
        }
    }

    @Test
    void theTreeHasEveryCommandOfTheContract() {
        assertThat(commands()).extracting(p -> String.join(" ", p)).contains("init", "case add", "case list",
                "case show", "case status", "case trash", "case restore", "case export-bundle", "case import-bundle",
                "tx add", "tx import", "evidence add", "followup add", "timeline", "export", "letter", "calendar",
                "verify", "backup", "restore", "help");
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyCommandAnswersHelpWithAnExample(List<String> path) {
        List<String> args = new ArrayList<>(path);
        args.add("--help");
        CliHarness.Result r = new CliHarness(dir.resolve("v")).run(args.toArray(String[]::new));

        assertThat(r.code()).as("exit of %s", args).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("Usage: casevault " + String.join(" ", path)).contains("\nExample:\n");
        assertExampleLinesAreWhole(r.out());
        assertThat(Files.exists(dir.resolve("v"))).as("help must not create a vault").isFalse();
    }

    @ParameterizedTest
    @MethodSource("commands")
    void theHelpCommandShowsTheSameHelp(List<String> path) {
        List<String> help = new ArrayList<>(List.of("help"));
        help.addAll(path);
        List<String> option = new ArrayList<>(path);
        option.add("--help");
        CliHarness cli = new CliHarness(dir.resolve("v"));

        CliHarness.Result viaCommand = cli.run(help.toArray(String[]::new));
        assertThat(viaCommand.code()).isZero();
        assertThat(viaCommand.out()).isEqualTo(cli.run(option.toArray(String[]::new)).out());
    }

    static List<Arguments> commandLines() {
        return List.of(
                Arguments.of(List.of("evidence", "add", "--case", "1", "a.png"), List.of(EvidenceCommand.class)),
                Arguments.of(List.of("--vault", "case", "case", "list"), List.of(CaseCommand.class)),
                Arguments.of(List.of("--vault=/v", "verify", "--json"), List.of(VerifyCommand.class)),
                Arguments.of(List.of("--help", "case"), RootCommand.COMMANDS),
                Arguments.of(List.of("help", "evidence", "add"), RootCommand.COMMANDS),
                Arguments.of(List.of("evidnce", "add"), RootCommand.COMMANDS),
                Arguments.of(List.of("--vault", "/v"), RootCommand.COMMANDS),
                Arguments.of(List.of(), RootCommand.COMMANDS));
    }

    @ParameterizedTest
    @MethodSource("commandLines")
    void aLineThatPlainlyNamesACommandBuildsOnlyThatOne(List<String> line, List<Class<?>> built) {
        assertThat(Cli.commandsFor(line.toArray(String[]::new))).isEqualTo(built);
    }

    @Test
    void aMistypedCommandIsAUsageErrorAndTheRootHelpStillListsEveryCommand() {
        CliHarness cli = new CliHarness(dir.resolve("v"));
        CliHarness.Result r = cli.run("evidnce", "add");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("'evidnce'").contains("See `casevault --help`.");
        String help = cli.ok("--help");
        for (Class<?> command : RootCommand.COMMANDS) {
            assertThat(help).contains("\n  " + command.getAnnotation(CommandLine.Command.class).name() + " ");
        }
    }

    @Test
    void theCommandListShowsWholeFirstSentences() {
        String out = new CliHarness(dir.resolve("v")).ok("--help");
        String list = out.substring(out.indexOf("Commands:"), out.indexOf("\nExample:"));
        // each entry starts at two spaces and a name; its description (with continuation lines) ends a sentence
        for (String entry : list.split("\n  (?=[a-z])")) {
            if (entry.startsWith("Commands:")) {
                continue;
            }
            assertThat(entry.strip()).as("command list entry").endsWith(".");
        }
    }

    @Test
    void aUsageErrorPointsAtHelpThatExistsAndEndsTheLine() {
        CliHarness cli = new CliHarness(dir.resolve("v"));
        CliHarness.Result r = cli.run("case", "add");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("See `casevault case add --help`.").endsWith(System.lineSeparator());
        assertThat(cli.run("case", "add", "--help").code()).isZero();
        CliHarness.Result group = cli.run("case");
        assertThat(group.code()).isEqualTo(2);
        assertThat(group.err()).contains("See `casevault case --help`.");
        CliHarness.Result unknown = cli.run("help", "case", "purge");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("There is no command `casevault case purge`. See `casevault case --help`."
                + System.lineSeparator());
    }

    @Test
    void backupRestoreAndBundlesPrintJson() throws Exception {
        CliHarness cli = new CliHarness(dir.resolve("v"));
        cli.ok("init");
        String id = cli.ok("case", "add", "--title", "转账未到账", "--provider", "Alipay");
        Path screenshot = dir.resolve("shot.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", screenshot.toFile());
        cli.ok("evidence", "add", "--case", id, screenshot.toString());
        ObjectMapper json = new ObjectMapper();

        JsonNode backup = json.readTree(cli.ok("backup", "--out", dir.resolve("b.cvbackup").toString(), "--json"));
        assertThat(backup.get("kind").asText()).isEqualTo("archive");
        assertThat(backup.get("originals").asInt()).isEqualTo(1);
        assertThat(backup.get("missing")).isEmpty();

        JsonNode restored = json.readTree(cli.ok("restore", dir.resolve("b.cvbackup").toString(), "--vault",
                dir.resolve("restored").toString(), "--json"));
        assertThat(restored.get("ok").asBoolean()).isTrue();
        assertThat(restored.get("originals").asInt()).isEqualTo(1);

        JsonNode exported = json.readTree(cli.ok("case", "export-bundle", id, "--out",
                dir.resolve("c.cvbundle").toString(), "--json"));
        assertThat(exported.get("evidence").asInt()).isEqualTo(1);

        CliHarness other = new CliHarness(dir.resolve("other"));
        other.ok("init");
        JsonNode first = json.readTree(other.ok("case", "import-bundle", dir.resolve("c.cvbundle").toString(),
                "--json"));
        JsonNode again = json.readTree(other.ok("case", "import-bundle", dir.resolve("c.cvbundle").toString(),
                "--json"));
        assertThat(first.get("alreadyImported").asBoolean()).isFalse();
        assertThat(first.get("title").asText()).isEqualTo("转账未到账");
        assertThat(again.get("alreadyImported").asBoolean()).isTrue();
        assertThat(again.get("caseId").asLong()).isEqualTo(first.get("caseId").asLong());
    }

    /** After "Example:", each line is indented or ends with a continuation backslash: nothing was wrapped. */
    private static void assertExampleLinesAreWhole(String help) {
        String[] lines = help.substring(help.indexOf("\nExample:\n") + 10).split("\n");
        boolean continues = true;
        for (String line : lines) {
            if (!continues || line.isEmpty()) {
                break;
            }
            assertThat(line).as("example line of %s", Arrays.toString(lines)).startsWith("  ");
            continues = line.endsWith("\\");
        }
    }
}
