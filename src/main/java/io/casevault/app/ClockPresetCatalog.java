package io.casevault.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casevault.domain.Channel;
import io.casevault.domain.DomainException;
import io.casevault.domain.guidance.ClockPreset;
import io.casevault.domain.guidance.ClockRules;
import io.casevault.domain.guidance.DayCount;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** Reads the response-time presets from their data file, {@code io/casevault/guidance/clock-presets.json}. */
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
        JsonNode root = new ObjectMapper().readTree(in);
        List<ClockPreset> presets = new ArrayList<>();
        for (JsonNode p : root.path("presets")) {
            String id = text(p, "id", "?");
            presets.add(new ClockPreset(id, channels(p.path("channels"), id), text(p, "jurisdiction", id),
                    p.path("days").asInt(0), DayCount.valueOf(text(p, "dayCount", id)),
                    text(p.path("label"), "en", id), text(p.path("label"), "zh", id),
                    text(p.path("description"), "en", id), text(p.path("description"), "zh", id),
                    text(p.path("source").path("title"), "en", id), text(p.path("source").path("title"), "zh", id),
                    p.path("source").path("url").asText(null),
                    channels(p.path("defaultFor"), id)));
        }
        if (presets.isEmpty()) {
            throw new DomainException("The preset file " + RESOURCE + " lists no presets.");
        }
        return new ClockRules(presets);
    }

    private static String text(JsonNode node, String field, String id) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new DomainException("Preset " + id + " in " + RESOURCE + " has no text \"" + field + "\".");
        }
        return v.asText();
    }

    private static List<Channel> channels(JsonNode array, String id) {
        List<Channel> out = new ArrayList<>();
        for (JsonNode c : array) {
            try {
                out.add(Channel.valueOf(c.asText()));
            } catch (IllegalArgumentException e) {
                throw new DomainException("Preset " + id + " in " + RESOURCE + " names an unknown channel \""
                        + c.asText() + "\".");
            }
        }
        return out;
    }
}
