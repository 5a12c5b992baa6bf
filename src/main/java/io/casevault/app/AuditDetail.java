package io.casevault.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the JSON detail of an audit event, keys in insertion order so the hashed text is stable. */
final class AuditDetail {
    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    private final Map<String, Object> fields = new LinkedHashMap<>();

    static AuditDetail of(String key, Object value) {
        return new AuditDetail().and(key, value);
    }

    AuditDetail and(String key, Object value) {
        fields.put(key, value == null ? null : value instanceof Number || value instanceof Boolean ? value : value.toString());
        return this;
    }

    /** A field change, old → new. */
    static AuditDetail change(String field, Object oldValue, Object newValue) {
        return of("field", field).and("old", oldValue).and("new", newValue);
    }

    String json() {
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain maps always serialise", e);
        }
    }
}
