package io.casevault.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casevault.domain.Channel;
import io.casevault.domain.DomainException;
import io.casevault.domain.guidance.ClockPreset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The presets are read with Jackson's streaming parser (the case list needs them at start): the same presets as the
 * data file says, read here with the object mapper; broken entries named; and the object mapper not loaded.
 */
class ClockPresetCatalogTest {
    private static final String PRESET = """
            {"id": "p1", "channels": ["HOTLINE", "EMAIL"], "defaultFor": ["HOTLINE"], "jurisdiction": "any",
             "days": 7, "dayCount": "CALENDAR", "label": {"en": "Seven days", "zh": "七天"},
             "description": {"en": "A week", "zh": "一周"},
             "source": {"title": {"en": "Terms", "zh": "条款"}, "url": %s}}""";

    @Test
    void readsEveryPresetOfTheBundledFileAsItsJsonSays() throws Exception {
        JsonNode file;
        try (InputStream in = ClockPresetCatalog.class.getResourceAsStream(ClockPresetCatalog.RESOURCE)) {
            file = new ObjectMapper().readTree(in);
        }
        List<ClockPreset> presets = ClockPresetCatalog.bundled().presets();

        assertThat(presets).hasSize(file.path("presets").size()).hasSizeGreaterThan(3);
        for (int i = 0; i < presets.size(); i++) {
            JsonNode p = file.path("presets").get(i);
            ClockPreset read = presets.get(i);
            assertThat(read.id()).isEqualTo(p.path("id").asText());
            assertThat(read.channels()).isEqualTo(channels(p.path("channels")));
            assertThat(read.defaultFor()).isEqualTo(channels(p.path("defaultFor")));
            assertThat(read.jurisdiction()).isEqualTo(p.path("jurisdiction").asText());
            assertThat(read.days()).isEqualTo(p.path("days").asInt());
            assertThat(read.dayCount().name()).isEqualTo(p.path("dayCount").asText());
            assertThat(read.label(false)).isEqualTo(p.path("label").path("en").asText());
            assertThat(read.label(true)).isEqualTo(p.path("label").path("zh").asText());
            assertThat(read.description(false)).isEqualTo(p.path("description").path("en").asText());
            assertThat(read.description(true)).isEqualTo(p.path("description").path("zh").asText());
            assertThat(read.sourceTitle(false)).isEqualTo(p.path("source").path("title").path("en").asText());
            assertThat(read.sourceTitle(true)).isEqualTo(p.path("source").path("title").path("zh").asText());
            assertThat(read.sourceUrl()).isEqualTo(p.path("source").path("url").asText(null));
        }
    }

    @Test
    void aPresetWithALinkKeepsItAndOneWithNullHasNone() throws Exception {
        String two = "{\"presets\": [" + PRESET.formatted("\"https://example.org/rule\"") + ", "
                + PRESET.formatted("null").replace("\"p1\"", "\"p2\"")
                .replace("\"defaultFor\": [\"HOTLINE\"]", "\"defaultFor\": []") + "]}";

        List<ClockPreset> presets = ClockPresetCatalog.parse(json(two)).presets();

        assertThat(presets).extracting(ClockPreset::id).containsExactly("p1", "p2");
        assertThat(presets.get(0).sourceUrl()).isEqualTo("https://example.org/rule");
        assertThat(presets.get(1).sourceUrl()).isNull();
        assertThat(presets.get(0).channels()).containsExactly(Channel.HOTLINE, Channel.EMAIL);
        assertThat(presets.get(0).days()).isEqualTo(7);
        assertThat(presets.get(1).defaultFor()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"zh\": \"七天\"|\"zh\": \" \"|Preset p1 in /io/casevault/guidance/clock-presets.json has no text \"zh\".",
        "\"label\"|\"labels\"|Preset p1 in /io/casevault/guidance/clock-presets.json has no text \"en\".",
        "\"EMAIL\"|\"FAX\"|Preset p1 in /io/casevault/guidance/clock-presets.json names an unknown channel \"FAX\".",
        "\"id\": \"p1\"|\"id\": 5|Preset ? in /io/casevault/guidance/clock-presets.json has no text \"id\"."})
    void aBrokenPresetIsNamedWithItsField(String from, String to, String sentence) {
        String broken = "{\"presets\": [" + PRESET.formatted("null").replace(from, to) + "]}";

        assertThatThrownBy(() -> ClockPresetCatalog.parse(json(broken)))
                .isInstanceOf(DomainException.class).hasMessage(sentence);
    }

    @Test
    void aFileWithoutPresetsIsRefused() {
        assertThatThrownBy(() -> ClockPresetCatalog.parse(json("{\"note\": \"none\"}")))
                .isInstanceOf(DomainException.class)
                .hasMessage("The preset file /io/casevault/guidance/clock-presets.json lists no presets.");
    }

    @Test
    void readingThePresetsLoadsNoObjectMapper() throws Exception {
        try (Isolated loader = new Isolated()) {
            Class<?> catalog = Class.forName(ClockPresetCatalog.class.getName(), true, loader);

            Object rules = catalog.getMethod("bundled").invoke(null);

            assertThat(rules).isNotNull();
            assertThat(loader.loaded("com.fasterxml.jackson.core.JsonFactory")).isTrue();
            assertThat(loader.loaded("com.fasterxml.jackson.databind.ObjectMapper")).isFalse();
            assertThat(loader.loaded("com.fasterxml.jackson.databind.JsonNode")).isFalse();
        }
    }

    private static List<Channel> channels(JsonNode array) {
        List<Channel> out = new ArrayList<>();
        array.forEach(c -> out.add(Channel.valueOf(c.asText())));
        return out;
    }

    private static InputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The test's class path in a loader of its own, which tells which classes it has loaded. */
    private static final class Isolated extends URLClassLoader {
        Isolated() throws Exception {
            super(classPath(), ClassLoader.getPlatformClassLoader());
        }

        boolean loaded(String name) {
            return findLoadedClass(name) != null;
        }

        private static URL[] classPath() throws Exception {
            List<URL> urls = new ArrayList<>();
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                urls.add(new File(entry).toURI().toURL());
            }
            return urls.toArray(URL[]::new);
        }
    }
}
