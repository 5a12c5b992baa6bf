package io.casevault.dossier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.casevault.domain.Case;
import io.casevault.domain.Evidence;
import io.casevault.domain.Hashes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The JSON manifest attached to the dossier: one entry per exhibit with its file name, SHA-256, size and times, and
 * the name of its attachment (none for redacted exhibits). Its own SHA-256 is printed on the cover, so a recipient
 * can check the manifest, then every attachment against it.
 */
final class Manifest {
    static final String FILE_NAME = "manifest.json";
    /** Characters a file name cannot hold on some system, and control characters. */
    private static final Pattern UNSAFE_IN_NAME = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]");

    private final byte[] json;
    private final String sha256;

    private Manifest(byte[] json) {
        this.json = json;
        this.sha256 = Hashes.hex(Hashes.sha256().digest(json));
    }

    static Manifest of(Case c, List<ExhibitInput> exhibits, Instant generatedAt, boolean attachOriginals) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", "casevault-dossier-manifest/1");
        root.put("case", Map.of("id", c.id(), "title", c.title(), "provider", c.provider()));
        root.put("generatedAt", generatedAt.toString());
        List<Map<String, Object>> items = new ArrayList<>();
        for (ExhibitInput x : exhibits) {
            Evidence e = x.evidence();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("exhibit", e.exhibit());
            m.put("file", e.originalName());
            m.put("sha256", e.sha256());
            m.put("size", e.size());
            m.put("mediaType", e.mediaType());
            m.put("capturedAt", e.capturedAt() == null ? null : e.capturedAt().toString());
            m.put("captureSource", e.captureSource().name());
            m.put("importedAt", e.importedAt().toString());
            m.put("caption", e.caption());
            m.put("redacted", x.isRedacted());
            m.put("attachment", attachmentName(x, attachOriginals));
            items.add(m);
        }
        root.put("exhibits", items);
        try {
            return new Manifest(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The manifest is plain maps and lists", e);
        }
    }

    /** The name the original is attached under, or null when it is not attached (redacted, or originals off). */
    static String attachmentName(ExhibitInput x, boolean attachOriginals) {
        if (!attachOriginals || x.isRedacted()) {
            return null;
        }
        String name = UNSAFE_IN_NAME.matcher(x.evidence().originalName()).replaceAll("_");
        return x.evidence().exhibit() + "_" + name;
    }

    byte[] json() {
        return json.clone();
    }

    int size() {
        return json.length;
    }

    String sha256() {
        return sha256;
    }
}
