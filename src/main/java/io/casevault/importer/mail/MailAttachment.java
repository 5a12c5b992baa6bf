package io.casevault.importer.mail;

import io.casevault.domain.HashedBytes;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;

/**
 * A file carried by a message: its name (decoded from RFC 2231 or RFC 2047, or made up from the media type when the
 * sender gave none), the declared media type, the decoded size, whether it is shown inside the message (an inline
 * image of a {@code multipart/related} HTML body) and its Content-ID. {@link #open()} streams the decoded bytes;
 * the media type is the sender's claim, so the importer sniffs the bytes again like any other file.
 */
public final class MailAttachment {
    private final String fileName;
    private final String mediaType;
    private final boolean inline;
    private final String contentId;
    private final byte[] content;

    MailAttachment(String fileName, String mediaType, boolean inline, String contentId, byte[] content) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
        this.inline = inline;
        this.contentId = contentId;
        this.content = Objects.requireNonNull(content, "content");
        if (fileName.isBlank()) {
            throw new IllegalArgumentException("fileName must not be blank");
        }
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The number of decoded bytes. */
    public long size() {
        return content.length;
    }

    public boolean inline() {
        return inline;
    }

    public Optional<String> contentId() {
        return Optional.ofNullable(contentId);
    }

    /** The decoded bytes with their SHA-256 (hashed on each call: an importer calls it once and keeps it). */
    public HashedBytes hashed() {
        return HashedBytes.of(content);
    }

    /** The decoded bytes, from the start, each time it is called. */
    public InputStream open() {
        return new ByteArrayInputStream(content);
    }

    @Override
    public String toString() {
        return fileName + " (" + mediaType + ", " + content.length + " bytes" + (inline ? ", inline" : "") + ")";
    }
}
