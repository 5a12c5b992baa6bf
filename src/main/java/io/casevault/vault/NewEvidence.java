package io.casevault.vault;

import io.casevault.domain.CaptureSource;

import java.time.Instant;

/** The columns of an evidence row before it has an id and an exhibit number. */
public record NewEvidence(long caseId, String sha256, String originalName, String mediaType, long size,
                          Integer width, Integer height, int orientation, Instant capturedAt,
                          CaptureSource captureSource, Instant importedAt, String caption) {
}
