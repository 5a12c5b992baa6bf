package io.casevault.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the JSON detail of an audit event, keys in insertion order so the hashed text is stable. Uses Jackson's
 * streaming generator: the full object mapper costs a noticeable part of a CLI command's start-up.
 */
public final class AuditDetail {
    private static final JsonFactory JSON = new JsonFactory();
    private final Map<String, Object> fields = new LinkedHashMap<>();

    AuditDetail() {
    }

    public static AuditDetail of(String key, Object value) {
        return new AuditDetail().and(key, value);
    }

    public AuditDetail and(String key, Object value) {
        fields.put(key, value);
        return this;
    }

    /** A field change, old → new. */
    static AuditDetail change(String field, Object oldValue, Object newValue) {
        return of("field", field).and("old", oldValue).and("new", newValue);
    }

    /**
     * The detail {@code json} (an object {@link #json} made) with one more field at its end: the same text as
     * adding the field before {@link #json}, for a detail whose last field is known only later.
     */
    static String append(String json, String key, Object value) {
        if (!json.endsWith("}")) {
            throw new IllegalArgumentException("not a JSON object: " + json);
        }
        String field = of(key, value).json();
        return json.length() == 2 ? field : json.substring(0, json.length() - 1) + "," + field.substring(1);
    }

    public String json() {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            for (var e : fields.entrySet()) {
                Object v = e.getValue();
                if (v == null) {
                    g.writeNullField(e.getKey());
                } else if (v instanceof Long || v instanceof Integer) {
                    g.writeNumberField(e.getKey(), ((Number) v).longValue());
                } else if (v instanceof Boolean b) {
                    g.writeBooleanField(e.getKey(), b);
                } else {
                    g.writeStringField(e.getKey(), v.toString());
                }
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString();
    }
}
