package io.casevault.media;

import java.util.Objects;

/**
 * Thrown when a file is an image that must not be imported: corrupt, truncated, undecodable, empty, or a
 * decompression bomb. The message is one user-readable English sentence without the file name.
 */
public final class MediaRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    public MediaRejectedException(String reason) {
        super(requireReason(reason));
    }

    /** The user-readable reason; same as {@link #getMessage()}. */
    public String reason() {
        return getMessage();
    }

    private static String requireReason(String reason) {
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("reason must not be blank");
        }
        return reason;
    }
}
