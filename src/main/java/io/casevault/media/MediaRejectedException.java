package io.casevault.media;

import io.casevault.domain.Explained;
import io.casevault.domain.Reason;

import java.util.Objects;

/**
 * Thrown when a file is an image that must not be imported: corrupt, truncated, undecodable, empty, or a
 * decompression bomb. The message is one user-readable English sentence without the file name; {@link #reason()}
 * carries its key for a translation.
 */
public final class MediaRejectedException extends Exception implements Explained {

    private static final long serialVersionUID = 1L;

    private final transient Reason why;

    public MediaRejectedException(Reason why) {
        super(Objects.requireNonNull(why, "why").english());
        this.why = why;
    }

    @Override
    public Reason reason() {
        return why;
    }
}
