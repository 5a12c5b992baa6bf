package io.casevault.ui.shell;

import javafx.css.CssParser;
import javafx.css.ParsedValue;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JavaFX reads a binary stylesheet (.bss) beside a .css of the same name instead of parsing the text: the build makes
 * one for each of the app's stylesheets (pom.xml, exec-maven-plugin), and each must say what its text says.
 */
class BinaryStylesheetsTest {
    private static final Path RESOURCES = Path.of("src/main/resources");

    @Test
    void everyStylesheetOfTheAppHasABinaryTwinWithTheSameRules() throws IOException {
        List<Path> stylesheets;
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            stylesheets = files.filter(f -> f.toString().endsWith(".css")).sorted().toList();
        }
        assertThat(stylesheets).extracting(f -> f.getFileName().toString())
                .contains("casevault.css", "timeline.css", "evidence.css");

        for (Path css : stylesheets) {
            String name = "/" + RESOURCES.relativize(css).toString().replace('\\', '/');
            URL text = BinaryStylesheetsTest.class.getResource(name);
            URL binary = BinaryStylesheetsTest.class.getResource(name.replaceAll("\\.css$", ".bss"));
            assertThat(binary).as("the binary stylesheet beside %s", name).isNotNull();

            Stylesheet parsed = new CssParser().parse(text);
            Stylesheet loaded = Stylesheet.loadBinary(binary);
            assertThat(loaded).as("%s read from its binary twin", name).isNotNull();
            assertThat(rules(loaded)).as(name).isNotEmpty().isEqualTo(rules(parsed));
        }
    }

    /** Each rule's selectors and declarations (a binary stylesheet decodes a rule's declarations when asked). */
    private static List<String> rules(Stylesheet stylesheet) {
        return stylesheet.getRules().stream().map(BinaryStylesheetsTest::describe).toList();
    }

    private static String describe(Rule rule) {
        return rule.getSelectors() + " " + rule.getDeclarations().stream()
                .map(d -> d.getProperty() + ": " + value(d.getParsedValue()) + (d.isImportant() ? " !important" : ""))
                .toList();
    }

    /** A parsed value as text, nested values and their converters included (its own text names arrays by identity). */
    private static String value(Object value) {
        if (value instanceof ParsedValue<?, ?> parsed) {
            String converter = parsed.getConverter() == null ? "" : parsed.getConverter().getClass().getSimpleName();
            return converter + "(" + value(parsed.getValue()) + ")";
        }
        if (value instanceof Object[] values) {
            return Arrays.stream(values).map(BinaryStylesheetsTest::value).toList().toString();
        }
        return String.valueOf(value);
    }
}
