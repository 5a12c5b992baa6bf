package io.casevault.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.casevault.domain.Channel;
import io.casevault.domain.DomainException;
import io.casevault.domain.guidance.ClockPreset;
import io.casevault.domain.guidance.ClockRules;
import io.casevault.domain.guidance.DayCount;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the response-time presets from their data file, {@code io/casevault/guidance/clock-presets.json}. The case
 * list's deadlines need them at start, so the file is read with Jackson's streaming parser alone: its object mapper
 * (some 400 classes to load and verify) stays off the way to the first list.
 */
public final class ClockPresetCatalog {
    public static final String RESOURCE = "/io/casevault/guidance/clock-presets.json";

    private ClockPresetCatalog() {
    }

    /** The bundled presets; a broken data file is a build defect, reported with the preset and field. */
    public static ClockRules bundled() {
        try (InputStream in = ClockPresetCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The preset file " + RESOURCE + " is missing from the build");
            }
            return parse(in);
        } catch (IOException e) {
            throw new IllegalStateException("The preset file " + RESOURCE + " cannot be read: " + e.getMessage(), e);
        }
    }

    static ClockRules parse(InputStream in) throws IOException {
        Object root;
        try (JsonParser parser = new JsonFactory().createParser(in)) {
            parser.nextToken();
            root = value(parser);
        }
        List<ClockPreset> presets = new ArrayList<>();
        for (Object element : elements(field(root, "presets"))) {
            String id = text(element, "id", "?");
            Object label = field(element, "label");
            Object description = field(element, "description");
            Object source = field(element, "source");
            Object title = field(source, "title");
            presets.add(new ClockPreset(id, channels(field(element, "channels"), id),
                    text(element, "jurisdiction", id), days(field(element, "days")),
                    DayCount.valueOf(text(element, "dayCount", id)), text(label, "en", id), text(label, "zh", id),
                    text(description, "en", id), text(description, "zh", id), text(title, "en", id),
                    text(title, "zh", id), field(source, "url") instanceof String url ? url : null,
                    channels(field(element, "defaultFor"), id)));
        }
        if (presets.isEmpty()) {
            throw new DomainException("The preset file " + RESOURCE + " lists no presets.");
        }
        return new ClockRules(presets);
    }

    /**
     * The JSON value at the parser's current token: an object as a {@link Map}, an array as a {@link List}, text as a
     * {@link String}, a number as a {@link Number}, true or false as a {@link Boolean}, null as {@code null}.
     */
    private static Object value(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            throw new IOException("the file ends before its first value");
        }
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.put(name, value(parser));
                }
                return object;
            }
            case START_ARRAY -> {
                List<Object> array = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(parser));
                }
                return array;
            }
            case VALUE_STRING -> {
                return parser.getText();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return parser.getNumberValue();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return token == JsonToken.VALUE_TRUE;
            }
            default -> {
                return null;
            }
        }
    }

    /** The named field of an object; null when {@code node} is no object or has no such field. */
    private static Object field(Object node, String name) {
        return node instanceof Map<?, ?> object ? object.get(name) : null;
    }

    /** An array's elements; none for anything else. */
    private static List<?> elements(Object node) {
        return node instanceof List<?> array ? array : List.of();
    }

    private static int days(Object node) {
        return node instanceof Number n ? n.intValue() : 0;
    }

    private static String text(Object node, String field, String id) {
        if (!(field(node, field) instanceof String v) || v.isBlank()) {
            throw new DomainException("Preset " + id + " in " + RESOURCE + " has no text \"" + field + "\".");
        }
        return v;
    }

    private static List<Channel> channels(Object array, String id) {
        List<Channel> out = new ArrayList<>();
        for (Object c : elements(array)) {
            try {
                out.add(Channel.valueOf(String.valueOf(c)));
            } catch (IllegalArgumentException e) {
                throw new DomainException("Preset " + id + " in " + RESOURCE + " names an unknown channel \""
                        + c + "\".");
            }
        }
        return out;
    }
}
