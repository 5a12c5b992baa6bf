package io.casevault.vault;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.casevault.domain.AuditEntry;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares every evidence row with the audit entry that recorded it being added ({@code evidence}/{@code added}: its
 * case, exhibit number, SHA-256, file name, size and media type). The audit log is hash-chained, so its entry is the
 * trusted copy: a byte that changed in the row itself (a bad sector, a half-written copy) and that SQLite's integrity
 * check cannot see — it only checks the file's structure — is found here. A row whose entry is missing (a case taken
 * in from a bundle records the bundle, not each exhibit) is not checked, nor is a recorded row that is gone (a recovery
 * leaves out a row whose original was damaged, and says so) or a row of a purged case.
 */
final class EvidenceRowCheck {
    private static final JsonFactory JSON = new JsonFactory();

    /** What an "added" entry says about the row, as far as it says it (older entries record fewer fields). */
    private record Recorded(long seq, Long caseId, Map<String, String> fields) {
    }

    private record Row(long caseId, int exhibit, String sha256, String file, long size, String mediaType) {
        String field(String name) {
            return switch (name) {
                case "exhibit" -> "E-" + exhibit;
                case "sha256" -> sha256;
                case "file" -> file;
                case "size" -> Long.toString(size);
                case "mediaType" -> mediaType;
                default -> null;
            };
        }
    }

    private static final List<String> COMPARED = List.of("exhibit", "sha256", "file", "size", "mediaType");

    private EvidenceRowCheck() {
    }

    static void check(Vault vault, AuditLog audit, List<Problem> problems) {
        Map<Long, Recorded> recorded = new LinkedHashMap<>();
        Set<Long> purgedCases = new HashSet<>();
        Map<Long, Row> rows = new HashMap<>();
        vault.read(h -> {
            audit.forEach(h, e -> note(e, recorded, purgedCases));
            h.createQuery("SELECT id, case_id, exhibit_no, sha256, original_name, size, media_type FROM evidence")
                    .map((rs, ctx) -> rows.put(rs.getLong(1), new Row(rs.getLong(2), rs.getInt(3), rs.getString(4),
                            rs.getString(5), rs.getLong(6), rs.getString(7)))).list();
            return null;
        });
        recorded.forEach((id, r) -> {
            if (r.caseId() != null && purgedCases.contains(r.caseId())) {
                return; // its rows are gone on purpose, and their ids may have been given to rows taken in since
            }
            Row row = rows.get(id);
            if (row == null) {
                return; // a recovery leaves out a row whose original was damaged, and its report says so
            }
            List<String> changed = new ArrayList<>();
            if (r.caseId() != null && r.caseId() != row.caseId()) {
                changed.add("its case is " + row.caseId() + ", was " + r.caseId());
            }
            for (String name : COMPARED) {
                String was = r.fields().get(name);
                if (was != null && !was.equals(row.field(name))) {
                    changed.add("its " + label(name) + " is " + row.field(name) + ", was " + was);
                }
            }
            if (!changed.isEmpty()) {
                problems.add(new Problem(Problem.Kind.EVIDENCE_ROW_CHANGED, exhibit(r) + " of case " + r.caseId()
                        + " no longer matches what audit entry " + r.seq() + " recorded when it was added: "
                        + String.join("; ", changed) + ".", changed));
            }
        });
    }

    private static void note(AuditEntry e, Map<Long, Recorded> recorded, Set<Long> purgedCases) {
        if ("case".equals(e.entity()) && "purged".equals(e.action()) && e.entityId() != null) {
            purgedCases.add(e.entityId());
        } else if ("evidence".equals(e.entity()) && "added".equals(e.action()) && e.entityId() != null) {
            Map<String, String> fields = fields(e.detail());
            if (fields.containsKey("sha256")) {
                recorded.put(e.entityId(), new Recorded(e.seq(), e.caseId(), fields));
            }
        }
    }

    /** The top-level scalar fields of an entry's JSON detail, as text; none when it is not a JSON object. */
    static Map<String, String> fields(String detail) {
        Map<String, String> fields = new HashMap<>();
        try (JsonParser p = JSON.createParser(Objects.requireNonNullElse(detail, ""))) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Map.of();
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (value.isScalarValue() && value != JsonToken.VALUE_NULL) {
                    fields.put(name, p.getText());
                } else {
                    p.skipChildren();
                }
            }
        } catch (IOException e) {
            return Map.of(); // not JSON: nothing to compare with
        }
        return fields;
    }

    private static String exhibit(Recorded r) {
        String n = r.fields().get("exhibit");
        String file = r.fields().get("file");
        String sha = r.fields().get("sha256");
        return "Evidence " + (n == null ? "#" + sha.substring(0, Math.min(12, sha.length())) : n)
                + (file == null ? "" : " (" + file + ")");
    }

    private static String label(String field) {
        return switch (field) {
            case "exhibit" -> "exhibit number";
            case "sha256" -> "SHA-256";
            case "file" -> "file name";
            case "mediaType" -> "media type";
            default -> field;
        };
    }
}
