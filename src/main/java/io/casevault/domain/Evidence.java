package io.casevault.domain;

import java.time.Instant;
import java.util.List;

/** An original file kept in the vault for a case, identified by its SHA-256 and numbered as an exhibit. */
public record Evidence(long id, long caseId, String sha256, String originalName, String mediaType, long size,
                       Integer width, Integer height, int orientation, Instant capturedAt, CaptureSource captureSource,
                       Instant importedAt, String caption, List<String> tags, int exhibitNo, Instant trashedAt)
        implements Trashable {

    public Evidence {
        Checks.positiveId(id, "Evidence id");
        if (!Hashes.isSha256Hex(sha256)) {
            throw new DomainException("Evidence hash must be 64 lowercase hex digits.");
        }
        Checks.required(originalName, "Original file name");
        Checks.required(mediaType, "Media type");
        if (orientation < 1 || orientation > 8) {
            throw new DomainException("EXIF orientation must be 1 to 8, not " + orientation + ".");
        }
        Checks.notNull(captureSource, "Capture time source");
        Checks.notNull(importedAt, "Import time");
        caption = Checks.orEmpty(caption);
        tags = List.copyOf(tags);
        if (exhibitNo < 1) {
            throw new DomainException("Exhibit number must be 1 or more.");
        }
    }

    /** The label used in the dossier and on screen: E-1, E-2 … */
    public String exhibit() {
        return "E-" + exhibitNo;
    }

    public boolean isImage() {
        return mediaType.startsWith("image/");
    }

    /** The time to show and sort by: when captured if known, else when imported. */
    public Instant effectiveTime() {
        return capturedAt != null ? capturedAt : importedAt;
    }
}
