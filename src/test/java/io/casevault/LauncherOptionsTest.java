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
        Matcher m = Pattern.compile("--java-options '?(-XX:(?:Tier4|CompileCommand)[^\\s']+)").matcher(script);
        while (m.find()) {
            options.add(m.group(1));
        }
        return options;
    }

    @Test
    void theRestartedJvmsHaveExactlyTheLaunchersCompilerOptions() throws IOException {
        List<String> copies = new ArrayList<>(JarRelaunch.JIT_OPTIONS);
        copies.addAll(CommandRelaunch.COMPILE_OPTIONS);

        assertThat(launcherOptions()).isNotEmpty().containsExactlyInAnyOrderElementsOf(copies);
    }
}
