package io.casevault;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JVMs that {@code java -jar} starts again take the app-image launcher's options from copies in the code
 * ({@link JarRelaunch#JIT_OPTIONS}, {@link CommandRelaunch#COMPILE_OPTIONS}): they must be the launcher's, as
 * packaging/linux/build.sh gives them to jpackage.
 */
class LauncherOptionsTest {

    private static List<String> launcherOptions() throws IOException {
        String script = Files.readString(Path.of("packaging/linux/build.sh"));
        List<String> options = new ArrayList<>();
        Matcher m = Pattern.compile("--java-options '?(-XX:(?:Tier4|CompileCommand|-C1)[^\\s']+)").matcher(script);
        while (m.find()) {
            options.add(m.group(1));
        }
        return options;
    }

    /**
     * The options build.sh hands launcher.sh for the command line's imports (after the image's folder): its array
     * import_options, one or more a line, some in single quotes.
     */
    private static List<String> importOptions() throws IOException {
        String script = Files.readString(Path.of("packaging/linux/build.sh"));
        assertThat(script).as("build.sh hands launcher.sh the array")
                .contains("\"$HERE/launcher.sh\" \"$DIST/$APP_NAME\" \"${import_options[@]}\"\n");
        Matcher block = Pattern.compile("\n *local import_options=\\(\n(.*?)\n *\\)\n", Pattern.DOTALL).matcher(script);
        assertThat(block.find()).as("build.sh has the array import_options").isTrue();
        List<String> options = new ArrayList<>();
        for (String word : block.group(1).strip().split("\\s+")) {
            options.add(word.startsWith("'") && word.endsWith("'") ? word.substring(1, word.length() - 1) : word);
        }
        return options;
    }

    @Test
    void anImportsRestartedJvmHasTheOptionsTheLauncherAddsForImports() throws IOException {
        assertThat(importOptions()).isNotEmpty().containsExactlyElementsOf(CommandRelaunch.IMPORT_OPTIONS);
    }

    @Test
    void theRestartedJvmsHaveExactlyTheLaunchersCompilerOptions() throws IOException {
        List<String> copies = new ArrayList<>(JarRelaunch.JIT_OPTIONS);
        copies.addAll(CommandRelaunch.COMPILE_OPTIONS);

        assertThat(launcherOptions()).isNotEmpty().containsExactlyInAnyOrderElementsOf(copies);
    }
}
