package io.casevault.domain;

import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * Bytes held in memory with their SHA-256, hashed once from them: the hash that finds an e-mail attachment's twins in
 * an import also names the file it is staged to, instead of hashing the same bytes again. Only {@link #of} makes one,
 * so the hash is always of these bytes. They are not copied: whoever hands them over does not change them afterwards.
 */
public final class HashedBytes {
    private final byte[] bytes;
    private final String sha256;

    private HashedBytes(byte[] bytes) {
        this.bytes = bytes;
        this.sha256 = Hashes.hex(Hashes.sha256().digest(bytes));
    }

    /** Hashes {@code bytes}, which must not change afterwards. */
    public static HashedBytes of(byte[] bytes) {
        return new HashedBytes(Objects.requireNonNull(bytes, "bytes"));
    }

    /** The SHA-256 of the bytes, in lower-case hex. */
    public String sha256() {
        return sha256;
    }

    public int size() {
        return bytes.length;
    }

    /** The bytes to write out, from the start, each time it is called; read-only. */
    public ByteBuffer buffer() {
        return ByteBuffer.wrap(bytes).asReadOnlyBuffer();
    }
}
