package io.casevault.ui.common;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One way to build a view: every FXML file is listed in {@link FxmlView}, names its controller, and that controller
 * exists; every TestFX test class is named {@code *UiTest}, so the toolkit-free tests are the {@code *Test} rest.
 */
class FxmlViewTest {
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern CONTROLLER = Pattern.compile("fx:controller=\"([^\"]+)\"");
    /** How a TestFX test class starts the toolkit (built here so this file does not match itself). */
    private static final String TESTFX = "@ExtendWith(" + "ApplicationExtension.class)";

    @Test
    void everyFxmlFileIsListedOnceAndNamesAControllerThatExists() throws IOException {
        List<String> listed = Arrays.stream(FxmlView.values()).map(FxmlView::path).toList();
        List<String> files;
        try (Stream<Path> all = Files.walk(RESOURCES)) {
            files = all.filter(p -> p.toString().endsWith(".fxml"))
                    .map(p -> "/" + RESOURCES.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
        assertThat(listed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(files);
        for (String file : files) {
            String text = Files.readString(RESOURCES.resolve(file.substring(1)));
            Matcher m = CONTROLLER.matcher(text);
            assertThat(m.find()).as("%s names its controller with fx:controller", file).isTrue();
            assertThat(classExists(m.group(1))).as("controller %s of %s", m.group(1), file).isTrue();
        }
    }

    @Test
    void everyTestFxTestIsNamedUiTest() throws IOException {
        try (Stream<Path> all = Files.walk(Path.of("src/test/java"))) {
            List<String> misnamed = all.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> read(p).contains(TESTFX))
                    .map(p -> p.getFileName().toString())
                    .filter(name -> !name.endsWith("UiTest.java"))
                    .toList();
            assertThat(misnamed).isEmpty();
        }
    }

    private static boolean classExists(String name) {
        try {
            Class.forName(name, false, FxmlViewTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
