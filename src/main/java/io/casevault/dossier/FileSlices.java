package io.casevault.dossier;

import io.casevault.domain.Hashes;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadView;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;

/**
 * PDF stream data read straight from slices of a vault file (a whole JPEG, the IDAT chunks of a PNG, an original to
 * attach), so the bytes are never copied into PDFBox's stream cache: {@code save} reads them from the file once and
 * writes them to the dossier. The file is opened on first read and closed at the end, so a thousand exhibits do not
 * hold a thousand open files. When an expected SHA-256 is given, the bytes are hashed as {@code save} reads them and
 * a mismatch fails the save: the dossier never certifies a file that changed after it was checked.
 */
final class FileSlices implements RandomAccessRead {
    private static final int BUFFER = 1 << 18;

    private final Path file;
    private final long[] offsets;
    private final long[] lengths;
    private final long length;
    private final String expectedSha256;
    private final MessageDigest digest;
    private long digested;

    private FileChannel channel;
    private ByteBuffer buffer;
    private long bufferStart = -1;
    private long position;
    private boolean closed;

    private FileSlices(Path file, long[] offsets, long[] lengths, String expectedSha256) {
        this.file = file;
        this.offsets = offsets;
        this.lengths = lengths;
        long total = 0;
        for (long l : lengths) {
            total += l;
        }
        this.length = total;
        this.expectedSha256 = expectedSha256;
        this.digest = expectedSha256 == null ? null : Hashes.sha256();
    }

    /** The whole file, checked against its SHA-256 while it is written out. */
    static FileSlices whole(Path file, long size, String expectedSha256) {
        return new FileSlices(file, new long[] {0}, new long[] {size}, expectedSha256);
    }

    /** Several byte ranges of a file, read one after the other as if they were one. */
    static FileSlices ranges(Path file, long[] offsets, long[] lengths) {
        return ranges(file, offsets, lengths, null);
    }

    /** Several byte ranges of a file, checked together against their SHA-256 (when not null) while written out. */
    static FileSlices ranges(Path file, long[] offsets, long[] lengths, String expectedSha256) {
        return new FileSlices(file, offsets.clone(), lengths.clone(), expectedSha256);
    }

    /** A PDF stream whose raw (encoded) data are these slices; the caller fills in the dictionary. */
    COSStream stream() throws IOException {
        return new COSStream(null, new RandomAccessReadView(this, 0, length, true));
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) == 1 ? one[0] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        checkOpen();
        if (position >= length) {
            return -1;
        }
        if (len == 0) {
            return 0;
        }
        fill();
        int at = (int) (position - bufferStart);
        int n = Math.min(len, buffer.limit() - at);
        buffer.get(at, b, off, n);
        if (expectedSha256 != null && position == digested) {
            digest.update(b, off, n);
            digested += n;
            if (digested == length) {
                verify();
            }
        }
        position += n;
        if (position >= length) {
            release();
        }
        return n;
    }

    /** Makes the buffer hold the byte at {@link #position}, reading the next stretch of the slices. */
    private void fill() throws IOException {
        if (buffer != null && bufferStart >= 0 && position >= bufferStart && position < bufferStart + buffer.limit()) {
            return;
        }
        if (channel == null) {
            channel = FileChannel.open(file, StandardOpenOption.READ);
            buffer = ByteBuffer.allocate((int) Math.min(BUFFER, Math.max(length, 1)));
        }
        buffer.clear();
        long logical = position;
        int slice = 0;
        long sliceStart = 0;
        while (slice < lengths.length && sliceStart + lengths[slice] <= logical) {
            sliceStart += lengths[slice++];
        }
        while (buffer.hasRemaining() && slice < lengths.length) {
            long inSlice = logical - sliceStart;
            long want = Math.min(buffer.remaining(), lengths[slice] - inSlice);
            int limit = buffer.position() + (int) want;
            ByteBuffer part = buffer.duplicate().limit(limit);
            long filePos = offsets[slice] + inSlice;
            while (part.hasRemaining()) {
                if (channel.read(part, filePos + (part.position() - buffer.position())) < 0) {
                    throw new EOFException(file + " is shorter than when the dossier was prepared");
                }
            }
            buffer.position(limit);
            logical += want;
            sliceStart += lengths[slice++];
        }
        buffer.flip();
        bufferStart = position;
    }

    private void verify() throws IOException {
        String actual = Hashes.hex(digest.digest());
        if (!actual.equals(expectedSha256)) {
            throw new IOException(file.getFileName() + " changed while the dossier was written: SHA-256 " + actual
                    + " instead of " + expectedSha256 + "; run verify on the vault");
        }
    }

    /** Closes the file between reads; it is reopened if the data are read again. */
    private void release() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
            buffer = null;
            bufferStart = -1;
        }
    }

    @Override
    public long getPosition() {
        return position;
    }

    @Override
    public void seek(long newPosition) throws IOException {
        checkOpen();
        if (newPosition < 0) {
            throw new IOException("Negative position " + newPosition);
        }
        if (newPosition == 0 && digest != null) {
            digest.reset(); // read again from the start: hash again
            digested = 0;
        }
        position = Math.min(newPosition, length);
    }

    @Override
    public long length() {
        return length;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public boolean isEOF() {
        return position >= length;
    }

    @Override
    public RandomAccessReadView createView(long start, long viewLength) {
        return new RandomAccessReadView(this, start, viewLength);
    }

    @Override
    public void close() throws IOException {
        closed = true;
        release();
    }

    private void checkOpen() throws IOException {
        if (closed) {
            throw new IOException("The data of " + file.getFileName() + " have been closed");
        }
    }
}
