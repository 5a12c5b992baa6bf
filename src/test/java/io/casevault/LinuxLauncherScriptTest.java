package io.casevault;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * packaging/linux/launcher.sh replaces jpackage's native launcher in the app-image by a shell script: the script must
 * start the image's runtime with exactly the options, class path and main class of the image's CaseVault.cfg, with
 * {@code $APPDIR} the image's lib/app folder wherever the image is (a folder with spaces or a dollar sign in its name,
 * reached through a symbolic link), and hand the user's arguments over untouched.
 */
class LinuxLauncherScriptTest {
    /** An import option with a method pattern, which a shell would expand as a file name pattern. */
    private static final String PATTERN = "-XX:CompileCommand=MaxNodeLimit,*.*,1";

    @TempDir
    Path dir;
    private Path image;
    private Path app;

    @BeforeEach
    void anImageWithARuntimeThatPrintsItsArguments() throws IOException {
        assumeTrue(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux"));
        image = Files.createDirectories(dir.resolve("My Apps $HOME `x`").resolve("CaseVault"));
        app = Files.createDirectories(image.resolve("lib/app"));
        Files.createDirectories(image.resolve("bin"));
        Files.writeString(image.resolve("bin/CaseVault"), "the native launcher");
        Files.writeString(app.resolve("CaseVault.cfg"), String.join("\n",
                "[Application]",
                "app.classpath=$APPDIR/casevault.jar",
                "app.mainclass=io.casevault.Launcher",
                "app.classpath=$APPDIR/lib/a b.jar",
                "",
                "[JavaOptions]",
                "java-options=-Djpackage.app-version=0.1.0",
                "java-options=-XX:SharedArchiveFile=$APPDIR/casevault.jsa",
                "java-options=-XX:CompileCommand=CompileThresholdScaling,io.casevault.media.DeflateDecoder::*,0.1",
                "java-options=-Dquoted=\"say \\hi\"",
                ""));
        Path bin = Files.createDirectories(image.resolve("lib/runtime/bin"));
        Path java = bin.resolve("java");
        // prints the name it was started under, then each argument on a line of its own
        Files.writeString(java, "#!/bin/sh\nbasename \"$0\"\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void theScriptStartsTheRuntimeWithTheCfgsOptionsClassPathAndMainClassAndTheUsersArguments() throws Exception {
        assertThat(run(List.of("bash", "packaging/linux/launcher.sh", image.toString()))).isEmpty();

        Path launcher = image.resolve("bin/CaseVault");
        List<String> seen = run(List.of(launcher.toString(), "--vault", "/tmp/a vault", "$HOME", "*"));

        String appDir = app.toRealPath().toString();
        assertThat(seen).containsExactly(
                "CaseVault",
                "-Djpackage.app-path=" + launcher.toRealPath(),
                "-Djpackage.app-version=0.1.0",
                "-XX:SharedArchiveFile=" + appDir + "/casevault.jsa",
                "-XX:CompileCommand=CompileThresholdScaling,io.casevault.media.DeflateDecoder::*,0.1",
                "-Dquoted=\"say \\hi\"",
                "-cp", appDir + "/casevault.jar:" + appDir + "/lib/a b.jar",
                "io.casevault.Launcher",
                "--vault", "/tmp/a vault", "$HOME", "*");
    }

    @Test
    void throughASymbolicLinkTheScriptStillFindsItsImage() throws Exception {
        run(List.of("bash", "packaging/linux/launcher.sh", image.toString()));
        Path link = Files.createSymbolicLink(dir.resolve("casevault"), image.resolve("bin/CaseVault"));

        List<String> seen = run(List.of(link.toString(), "--version"));

        assertThat(seen).contains("-XX:SharedArchiveFile=" + app.toRealPath() + "/casevault.jsa").endsWith("--version");
    }

    @Test
    void theImportsOptionsGoOnlyToTheCommandLinesAddsAndMailImports() throws Exception {
        run(List.of("bash", "packaging/linux/launcher.sh", image.toString(), "-XX:+UseParallelGC", PATTERN,
                "-XX:Tier4CompileThreshold=500"));
        String launcher = image.resolve("bin/CaseVault").toString();

        for (List<String> imports : List.of(List.of("evidence", "add", "--case", "1", "a b.png"),
                List.of("--vault", "/tmp/a vault", "mail", "import", "--case", "1", "x.mbox"),
                List.of("--vault=/tmp/v", "evidence", "add", "--case", "1", "a.png"))) {
            List<String> seen = run(concat(launcher, imports));
            assertThat(seen).as("%s", imports).containsSubsequence("-XX:+UseParallelGC", PATTERN,
                    "-XX:Tier4CompileThreshold=500", "-cp").endsWith(imports.toArray(String[]::new));
            assertThat(seen.indexOf("-XX:Tier4CompileThreshold=500")).isLessThan(seen.indexOf("io.casevault.Launcher"));
        }
        for (List<String> others : List.of(List.<String>of(), List.of("/home/u/my.casevault"),
                List.of("--vault", "v", "export", "--case", "1", "--out", "d.pdf"), List.of("--vault"),
                List.of("--vault", "mail", "import"), List.of("mail"), List.of("case", "list", "evidence", "add"))) {
            List<String> seen = run(concat(launcher, others));
            assertThat(seen).as("%s", others).doesNotContain("-XX:+UseParallelGC", PATTERN)
                    .endsWith(others.toArray(String[]::new));
            assertThat(seen.subList(0, seen.indexOf("-cp"))).as("no empty word in place of the options")
                    .doesNotContain("").last().isEqualTo("-Dquoted=\"say \\hi\"");
        }
    }

    @Test
    void aCollectorTheUserChoseWhereEveryJavaReadsOptionsKeepsTheImportsCollectorOut() throws Exception {
        run(List.of("bash", "packaging/linux/launcher.sh", image.toString(), "-XX:+UseParallelGC", PATTERN));
        List<String> add = List.of(image.resolve("bin/CaseVault").toString(), "evidence", "add", "a.png");

        for (String variable : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS")) {
            assertThat(run(add, java.util.Map.of(variable, "-Xmx2g -XX:+UseSerialGC"))).as(variable)
                    .doesNotContain("-XX:+UseParallelGC").contains(PATTERN).endsWith("evidence", "add", "a.png");
        }
        assertThat(run(add, java.util.Map.of("JAVA_TOOL_OPTIONS", "-XX:-UseG1GC"))).doesNotContain("-XX:+UseParallelGC");
        assertThat(run(add, java.util.Map.of("JAVA_TOOL_OPTIONS", "-XX:+UseGCOverheadLimit -Dx=GC")))
                .contains("-XX:+UseParallelGC", PATTERN);
    }

    @Test
    void anImportOptionsMethodPatternReachesTheJvmAsWrittenWhateverFilesTheFolderHas(@TempDir Path folder)
            throws Exception {
        run(List.of("bash", "packaging/linux/launcher.sh", image.toString(), PATTERN));
        // a file the pattern would match as a shell glob
        Files.writeString(folder.resolve("-XX:CompileCommand=MaxNodeLimit,a.b,1"), "");
        ProcessBuilder builder = new ProcessBuilder(image.resolve("bin/CaseVault").toString(), "mail", "import",
                "*.mbox").directory(folder.toFile()).redirectErrorStream(true);
        Files.writeString(folder.resolve("x.mbox"), "");
        Process p = builder.start();
        List<String> seen = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();

        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).contains(PATTERN).doesNotContain("-XX:CompileCommand=MaxNodeLimit,a.b,1")
                .endsWith("mail", "import", "*.mbox");
    }

    @Test
    void anImportOptionThatIsNotAPlainOptionIsRefused() throws Exception {
        Process p = new ProcessBuilder("bash", "packaging/linux/launcher.sh", image.toString(), "-XX:+A; rm -rf x")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isNotZero();
        assertThat(out).contains("not a plain -XX: option");
        assertThat(Files.readString(image.resolve("bin/CaseVault"))).isEqualTo("the native launcher");
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new java.util.ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /** Runs a command from the repository's root and returns its output's lines; it must succeed. */
    private static List<String> run(List<String> command) throws Exception {
        return run(command, java.util.Map.of());
    }

    /** As {@link #run(List)}, with {@code env} set (and the variables java reads options from unset otherwise). */
    private static List<String> run(List<String> command, java.util.Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS"));
        builder.environment().putAll(env);
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out.lines().toList();
    }
}
