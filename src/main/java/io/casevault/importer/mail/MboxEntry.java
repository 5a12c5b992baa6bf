package io.casevault.importer.mail;

import java.util.Objects;

/**
 * One message of an mbox: its number (1 for the first), the offset of its first byte in the file, its length, and
 * its bytes exactly as they stand in the file (see {@link MboxReader} for what that means). A message longer than
 * the reader's limit has no bytes: {@link #tooLarge()}.
 */
public record MboxEntry(int number, long offset, long length, byte[] bytes) {

    public MboxEntry {
        Objects.requireNonNull(bytes, "bytes");
        if (number < 1 || offset < 0 || length < 0) {
            throw new IllegalArgumentException("number must be positive, offset and length not negative");
        }
        if (bytes.length != length && bytes.length != 0) {
            throw new IllegalArgumentException("bytes must be the whole message or none of it");
        }
    }

    /** The message was longer than the reader keeps in memory, so its bytes were skipped. */
    public boolean tooLarge() {
        return bytes.length != length;
    }
}
