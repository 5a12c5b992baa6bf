package io.casevault.media;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A small buffered, forward-only reader over a file channel. Hot loops may work on {@link #buf} between
 * {@link #pos} and {@link #limit} directly to avoid a method call per byte.
 */
final class ByteSource implements Closeable {

    private static final int BUFFER_SIZE = 64 * 1024;

    final byte[] buf = new byte[BUFFER_SIZE];
    int pos;
    int limit;

    private final FileChannel channel;
    private final long size;
    private final ByteBuffer wrapper = ByteBuffer.wrap(buf);
    /** File offset of {@code buf[0]}. */
    private long bufStart;

    private ByteSource(FileChannel channel) throws IOException {
        this.channel = channel;
        this.size = channel.size();
    }

    static ByteSource open(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            return new ByteSource(channel);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    long size() {
        return size;
    }

    long position() {
        return bufStart + pos;
    }

    long remaining() {
        return Math.max(0, size - position());
    }

    /** Makes at least one byte available in {@link #buf}; returns false at end of file. */
    boolean fill() throws IOException {
        if (pos < limit) {
            return true;
        }
        bufStart += limit;
        pos = 0;
        limit = 0;
        wrapper.clear();
        int n;
        do {
            n = channel.read(wrapper, bufStart);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        limit = n;
        return true;
    }

    /** Returns the next byte (0..255) or -1 at end of file. */
    int read() throws IOException {
        if (pos >= limit && !fill()) {
            return -1;
        }
        return buf[pos++] & 0xFF;
    }

    int readUnsignedByte() throws IOException {
        int b = read();
        if (b < 0) {
            throw new EOFException();
        }
        return b;
    }

    int readUnsignedShortBigEndian() throws IOException {
        return (readUnsignedByte() << 8) | readUnsignedByte();
    }

    int readUnsignedShortLittleEndian() throws IOException {
        return readUnsignedByte() | (readUnsignedByte() << 8);
    }

    long readUnsignedIntBigEndian() throws IOException {
        return ((long) readUnsignedShortBigEndian() << 16) | readUnsignedShortBigEndian();
    }

    void readFully(byte[] dst, int off, int len) throws IOException {
        while (len > 0) {
            if (pos >= limit && !fill()) {
                throw new EOFException();
            }
            int n = Math.min(len, limit - pos);
            System.arraycopy(buf, pos, dst, off, n);
            pos += n;
            off += n;
            len -= n;
        }
    }

    /** Skips forward; the caller checks {@link #remaining()} first when skipping past the end matters. */
    void skip(long n) {
        if (n <= limit - pos) {
            pos += (int) n;
            return;
        }
        bufStart = position() + n;
        pos = 0;
        limit = 0;
    }

    /** Goes back to the start of the file, keeping the buffer when it already holds the start. */
    void rewind() {
        if (bufStart == 0) {
            pos = 0;
        } else {
            bufStart = 0;
            pos = 0;
            limit = 0;
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
