package io.casevault.ui.common;

import io.casevault.domain.DomainException;
import io.casevault.domain.Reason;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every sentence a service can show has a Chinese translation that fills in exactly the values the code passes, and
 * no translation lingers unused. The call sites are read from the sources, so a new {@code Reason.of} without a
 * translation fails here.
 */
class ReasonTranslationsTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path CHINESE = Path.of("src/main/resources/io/casevault/ui/reasons_zh_CN.properties");
    private static final Pattern CALL = Pattern.compile("Reason\\.of\\(\\s*\"([A-Za-z0-9_.]+)\"(\\s*\\+)?");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    /** Key (or key prefix ending in '.') → number of values each call passes, per call site. */
    private static final Map<String, List<Integer>> CALLS = new HashMap<>();
    private static Properties chinese;

    @BeforeAll
    static void read() throws IOException {
        chinese = new Properties();
        try (Reader r = Files.newBufferedReader(CHINESE, StandardCharsets.UTF_8)) {
            chinese.load(r);
        }
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String src = Files.readString(f, StandardCharsets.UTF_8);
                Matcher m = CALL.matcher(src);
                while (m.find()) {
                    int open = src.indexOf('(', m.start());
                    int values = topLevelArguments(src, open) - 2;
                    CALLS.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(values);
                }
            }
        }
    }

    @Test
    void theSourcesUseReasons() {
        assertThat(CALLS).hasSizeGreaterThan(100).containsKeys("media.png.crc", "evidence.notPicture",
                "import.row.wide", "output.noFolder");
    }

    @Test
    void everyReasonHasAChineseTranslationThatFillsOnlyTheValuesGiven() {
        List<String> problems = new ArrayList<>();
        CALLS.forEach((key, sites) -> {
            List<String> keys = key.endsWith(".")
                    ? chinese.stringPropertyNames().stream().filter(k -> k.startsWith(key)).toList() : List.of(key);
            if (keys.isEmpty() || !chinese.containsKey(keys.get(0))) {
                problems.add(key + ": no Chinese translation");
                return;
            }
            for (String k : keys) {
                int highest = highestPlaceholder(chinese.getProperty(k));
                for (int values : sites) {
                    if (highest >= values) {
                        problems.add(k + ": the translation uses {" + highest + "} but the code passes " + values);
                    }
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void noTranslationIsUnused() {
        List<String> unused = chinese.stringPropertyNames().stream()
                .filter(k -> !CALLS.containsKey(k) && CALLS.keySet().stream()
                        .noneMatch(prefix -> prefix.endsWith(".") && k.startsWith(prefix)))
                .sorted().toList();
        assertThat(unused).isEmpty();
    }

    @Test
    void everyTranslationIsAValidPattern() {
        for (String k : chinese.stringPropertyNames()) {
            String pattern = chinese.getProperty(k);
            assertThat(pattern).as(k).isNotBlank().doesNotContain("'");
            new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE); // throws on a malformed pattern
        }
    }

    @Test
    void aReasonIsShownInChineseWithItsValuesAndEnglishOtherwise() {
        Reason crc = Reason.of("media.png.crc", "not a valid PNG: chunk IDAT has a wrong CRC", "IDAT");
        assertThat(Texts.translate(crc, Locale.SIMPLIFIED_CHINESE)).isEqualTo("不是有效的 PNG：块 IDAT 的 CRC 校验错误");
        assertThat(Texts.translate(crc, Locale.ENGLISH)).isEqualTo("not a valid PNG: chunk IDAT has a wrong CRC");
        assertThat(Texts.translate(Reason.plain("Disk full"), Locale.SIMPLIFIED_CHINESE)).isEqualTo("Disk full");
        assertThat(Texts.translate(Reason.of("no.such.key", "Plain English"), Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("Plain English");
    }

    @Test
    void aNestedReasonIsTranslatedWithTheSentenceAroundIt() {
        Reason inner = Reason.of("import.amountEmpty", "the amount is empty");
        Reason outer = Reason.of("import.inFile", "In a.csv, the amount is empty", "a.csv", inner);
        assertThat(Texts.translate(outer, Locale.SIMPLIFIED_CHINESE)).isEqualTo("a.csv：金额为空");
    }

    @Test
    void anErrorIsDescribedByTheFirstReasonInItsCauses() {
        var error = new IllegalStateException("Adding evidence failed",
                new DomainException(Reason.of("money.empty", "Amount must not be empty.")));
        assertThat(Texts.of(Locale.SIMPLIFIED_CHINESE).describe(error)).isEqualTo("金额不能为空。");
        assertThat(Texts.of(Locale.ENGLISH).describe(error)).isEqualTo("Amount must not be empty.");
        assertThat(Texts.of(Locale.SIMPLIFIED_CHINESE).describe(new IllegalStateException("boom"))).isEqualTo("boom");
    }

    private static int highestPlaceholder(String pattern) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        int highest = -1;
        while (m.find()) {
            highest = Math.max(highest, Integer.parseInt(m.group(1)));
        }
        return highest;
    }

    /** Counts the comma-separated arguments of the call whose '(' is at {@code open}, skipping strings and nesting. */
    private static int topLevelArguments(String src, int open) {
        int depth = 0;
        int args = 1;
        for (int i = open; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c == '"') {
                i = endOfString(src, i);
            } else if (c == '\'') {
                i = src.indexOf('\'', i + (src.charAt(i + 1) == '\\' ? 3 : 2));
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (--depth == 0) {
                    return args;
                }
            } else if (c == ',' && depth == 1) {
                args++;
            }
        }
        throw new IllegalStateException("unbalanced call at " + open);
    }

    private static int endOfString(String src, int quote) {
        for (int i = quote + 1; i < src.length(); i++) {
            if (src.charAt(i) == '\\') {
                i++;
            } else if (src.charAt(i) == '"') {
                return i;
            }
        }
        throw new IllegalStateException("unterminated string at " + quote);
    }
}
