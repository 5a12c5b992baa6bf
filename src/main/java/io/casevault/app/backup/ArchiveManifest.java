package io.casevault.app.backup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casevault.domain.Hashes;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code manifest.json} of a backup or a case bundle: what kind of file it is and every entry with its SHA-256 and
 * size, so that each byte read back can be checked before anything becomes visible.
 */
record ArchiveManifest(String format, int version, Instant createdAt, Map<String, String> properties,
                       List<Entry> entries) {
    static final String NAME = "manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One file of the archive. */
    record Entry(String path, String sha256, long size) {
        Entry {
            if (!Hashes.isSha256Hex(sha256) || size < 0 || !isSafePath(path)) {
                throw new IllegalArgumentException("a malformed entry: " + path);
            }
        }
    }

    ArchiveManifest {
        Objects.requireNonNull(format);
        properties = Map.copyOf(properties);
        entries = List.copyOf(entries);
    }

    String property(String key) {
        String v = properties.get(key);
        if (v == null) {
            throw new IllegalArgumentException("the manifest has no " + key);
        }
        return v;
    }

    Entry entry(String path) {
        return entries.stream().filter(e -> e.path().equals(path)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the manifest does not list " + path));
    }

    long totalBytes() {
        return entries.stream().mapToLong(Entry::size).sum();
    }

    byte[] toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", format);
        m.put("version", version);
        m.put("createdAt", createdAt.toString());
        m.put("properties", properties);
        m.put("entries", entries.stream().map(e -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("path", e.path());
            x.put("sha256", e.sha256());
            x.put("size", e.size());
            return x;
        }).toList());
        try {
            return JSON.writeValueAsBytes(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a manifest is plain maps and lists", e);
        }
    }

    /** @throws IllegalArgumentException with the reason when the bytes are no manifest of {@code format} */
    static ArchiveManifest parse(byte[] json, String format) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("its manifest is not readable JSON");
        }
        if (root == null || !format.equals(root.path("format").asText())) {
            throw new IllegalArgumentException("its manifest is not one of a " + format);
        }
        try {
            Map<String, String> props = new LinkedHashMap<>();
            root.path("properties").fields().forEachRemaining(e -> props.put(e.getKey(), e.getValue().asText()));
            List<Entry> entries = new ArrayList<>();
            for (JsonNode e : root.path("entries")) {
                entries.add(new Entry(e.path("path").asText(), e.path("sha256").asText(), e.path("size").asLong(-1)));
            }
            return new ArchiveManifest(format, root.path("version").asInt(), Instant.parse(root.path("createdAt")
                    .asText()), props, entries);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("its manifest has no valid creation time");
        }
    }

    /** Relative, forward slashes, no {@code ..}: an entry can never land outside the folder it is restored into. */
    static boolean isSafePath(String path) {
        if (path == null || path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains(":")) {
            return false;
        }
        for (String part : path.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                return false;
            }
        }
        return true;
    }

    static String blobPath(String sha256) {
        return "blobs/sha256/" + sha256.substring(0, 2) + "/" + sha256;
    }
}
