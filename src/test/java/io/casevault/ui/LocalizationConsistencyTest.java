package io.casevault.ui;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the two languages complete and the bundles honest: every key in both, every key the code or an FXML file
 * names exists, and no key lingers unused. Keys built at run time ({@code "status." + s.name()}) count as used by
 * their prefix.
 */
class LocalizationConsistencyTest {
    private static final Path BUNDLES = Path.of("src/main/resources/io/casevault/ui");
    private static final Path SOURCES = Path.of("src/main");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
    private static final Pattern JAVA_KEY = Pattern.compile("(?:text|getString)\\(\\s*\"([A-Za-z0-9_.]+)\"");
    private static final Pattern ANY_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)+)\"");
    private static final Pattern DYNAMIC_PREFIX = Pattern.compile("\"([a-z][A-Za-z0-9_.]*\\.)\"\\s*\\+");

    private static Set<String> english;
    private static Set<String> chinese;
    private static String javaSource;
    private static String fxmlSource;

    @BeforeAll
    static void read() throws IOException {
        english = keys(BUNDLES.resolve("messages.properties"));
        chinese = keys(BUNDLES.resolve("messages_zh_CN.properties"));
        javaSource = concat(SOURCES.resolve("java/io/casevault/ui"), ".java");
        fxmlSource = concat(SOURCES.resolve("resources"), ".fxml");
    }

    private static Set<String> keys(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    private static String concat(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(suffix)).map(f -> {
                try {
                    return Files.readString(f, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(Collectors.joining("\n"));
        }
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void everyEnglishKeyIsTranslatedToChinese() {
        assertThat(difference(english, chinese)).as("keys missing from messages_zh_CN.properties").isEmpty();
    }

    @Test
    void everyChineseKeyExistsInEnglish() {
        assertThat(difference(chinese, english)).as("keys missing from messages.properties").isEmpty();
    }

    @Test
    void everyKeyAnFxmlFileNamesExists() {
        assertThat(difference(matches(FXML_KEY, fxmlSource), english)).as("FXML %keys without a bundle entry")
                .isEmpty();
    }

    @Test
    void everyKeyTheCodeAsksForExists() {
        Set<String> asked = matches(JAVA_KEY, javaSource).stream().filter(k -> !k.endsWith("."))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(difference(asked, english)).as("text(\"…\") keys without a bundle entry").isEmpty();
    }

    @Test
    void everyEnumValueShownToTheUserHasItsName() {
        Set<String> needed = new TreeSet<>();
        Stream.of(io.casevault.domain.CaseStatus.values()).forEach(v -> needed.add("status." + v.name()));
        Stream.of(io.casevault.domain.Category.values()).forEach(v -> needed.add("case.category." + v.name()));
        Stream.of(io.casevault.domain.Direction.values()).forEach(v -> needed.add("tx.direction." + v.name()));
        Stream.of(io.casevault.domain.IncidentDate.Kind.values())
                .forEach(v -> needed.add("newcase.incident." + v.name()));
        assertThat(difference(needed, english)).as("enum values without a name in the bundle").isEmpty();
    }

    @Test
    void noKeyIsUnused() {
        Set<String> used = new HashSet<>(matches(FXML_KEY, fxmlSource));
        used.addAll(matches(ANY_LITERAL, javaSource));
        Set<String> prefixes = matches(DYNAMIC_PREFIX, javaSource);
        Set<String> unused = english.stream().filter(k -> !used.contains(k))
                .filter(k -> prefixes.stream().noneMatch(k::startsWith)).collect(Collectors.toCollection(TreeSet::new));
        assertThat(unused).as("bundle keys nothing uses").isEmpty();
    }

    @Test
    void chineseTextIsActuallyChinese() {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(BUNDLES.resolve("messages_zh_CN.properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(p.getProperty("tx.tab")).isEqualTo("交易记录");
        assertThat(p.getProperty("caselist.heading")).isEqualTo("案件");
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
