package io.casevault.importer.mail;

import io.casevault.domain.Reason;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Splits an mbox file (mboxo or mboxrd, as Thunderbird and Gmail Takeout write them, LF or CRLF lines) into its
 * messages one at a time, so a folder of thousands of messages is never in memory at once: only the message being
 * returned is.
 *
 * <p>What a message's bytes are: everything after its {@code From } separator line up to the next separator, minus
 * the one empty line that the mbox format puts before each separator (and at the end of the file). The separator
 * line itself is the mbox's framing, not part of the message. {@code >From } lines are <em>not</em> unquoted: mboxo
 * and mboxrd quote differently and a file does not say which it is, so unquoting could change a message's text
 * (a genuine {@code >From } line in mboxo); the bytes stay exactly as stored, and the hash of an exhibit taken from an
 * mbox can be checked against the very bytes of the mbox. A message longer than the limit is skipped (its entry has
 * no bytes) and the reader goes on with the next.
 *
 * <p>A separator is a line starting {@code From } that either is a full postmark ({@code From sender Mon Nov  4
 * 10:00:00 2024}) or follows an empty line and carries a time and a year; so an unquoted "From here on …" in a body
 * written by a careless program does not split a message.
 */
public final class MboxReader implements Iterator<MboxEntry>, Closeable {
    /** More than any mail service accepts (Gmail: 25 MB of attachments, about 34 MB encoded). */
    public static final int DEFAULT_MAX_MESSAGE_BYTES = 48 * 1024 * 1024;

    private static final Pattern POSTMARK = Pattern.compile("^From \\S+\\s+(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\s+"
            + "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\s+\\d{1,2}\\s+\\d{1,2}:\\d{2}(:\\d{2})?\\s+"
            + "(\\S+\\s+)?\\d{4}\\s*$");
    /** The size of the message buffer kept between messages. */
    private static final int KEPT_BUFFER = 256 * 1024;
    private static final Pattern LOOSE = Pattern.compile("^From .*\\d{1,2}:\\d{2}.*\\b(19|20)\\d{2}\\b.*");

    private final InputStream in;
    private final String fileName;
    private final int maxBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int bufferPos;
    private int bufferEnd;
    private byte[] line = new byte[256];
    /** The message being read: its first {@link #held} bytes. */
    private byte[] message = new byte[KEPT_BUFFER];
    private int held;
    private int lineLength;
    /** The bytes of the current line, also those not kept because the line alone is longer than the limit. */
    private long lineTotal;
    private long position;
    private int number;
    private boolean lineIsSeparator;
    private boolean eof;
    private MboxEntry next;

    /**
     * @throws MailException when the stream does not start with an mbox separator line
     */
    public MboxReader(InputStream in, String fileName) {
        this(in, fileName, DEFAULT_MAX_MESSAGE_BYTES);
    }

    public MboxReader(InputStream in, String fileName, int maxBytes) {
        this.in = Objects.requireNonNull(in, "in");
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.maxBytes = maxBytes;
        try {
            do {
                readLine();
            } while (!eof && isBlank(line, lineLength));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!isSeparator(line, lineLength, true)) {
            throw new MailException(Reason.of("mail.mbox.notMbox", "'" + fileName
                    + "' is not an mbox file: it does not start with a \"From \" line.", fileName));
        }
        lineIsSeparator = true;
    }

    /** Whether these first bytes of a file start an mbox (a postmark line, perhaps after empty lines). */
    public static boolean looksLikeMbox(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1).stripLeading();
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        byte[] bytes = first.getBytes(StandardCharsets.ISO_8859_1);
        return isSeparator(bytes, bytes.length, true);
    }

    public String fileName() {
        return fileName;
    }

    @Override
    public boolean hasNext() {
        if (next == null && lineIsSeparator && !eof) {
            try {
                next = readMessage();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return next != null;
    }

    @Override
    public MboxEntry next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        MboxEntry entry = next;
        next = null;
        return entry;
    }

    /** Reads from after the current separator line to the next one (or the end), leaving that separator in line. */
    private MboxEntry readMessage() throws IOException {
        number++;
        long offset = position;
        held = 0;
        long length = 0;
        boolean previousBlank = true;
        lineIsSeparator = false;
        while (true) {
            readLine();
            if (lineLength == 0 && eof) {
                break;
            }
            if (isSeparator(line, lineLength, previousBlank)) {
                lineIsSeparator = true;
                break;
            }
            previousBlank = isBlank(line, lineLength);
            length += lineTotal;
            if (length <= maxBytes) {
                hold(line, lineLength);
            } else {
                held = 0;
            }
            if (eof) {
                break;
            }
        }
        length -= trailingBlankLine(length);
        byte[] content = length <= maxBytes ? Arrays.copyOf(message, (int) length) : new byte[0];
        if (message.length > KEPT_BUFFER) {
            message = new byte[KEPT_BUFFER]; // one large message does not keep its buffer for all that follow
        }
        return new MboxEntry(number, offset, length, content);
    }

    /** Appends a line to the message read so far. */
    private void hold(byte[] bytes, int count) {
        if (held + count > message.length) {
            message = Arrays.copyOf(message, Math.max(message.length * 2, held + count));
        }
        System.arraycopy(bytes, 0, message, held, count);
        held += count;
    }

    /** The length of the empty line before the next separator: "\n" or "\r\n" after a line ending, else 0. */
    private int trailingBlankLine(long length) {
        if (length > held) {
            return length >= 1 ? 1 : 0; // skipped message: assume LF framing, only its length is reported
        }
        byte[] b = message;
        int n = held;
        if (n >= 4 && b[n - 4] == '\r' && b[n - 3] == '\n' && b[n - 2] == '\r' && b[n - 1] == '\n') {
            return 2;
        }
        if (n >= 2 && b[n - 2] == '\n' && b[n - 1] == '\n') {
            return 1;
        }
        if (n >= 3 && b[n - 3] == '\n' && b[n - 2] == '\r' && b[n - 1] == '\n') {
            return 2;
        }
        return 0;
    }

    /** Reads one line with its terminator into {@link #line}; sets {@link #eof} at the end of the stream. */
    private void readLine() throws IOException {
        lineLength = 0;
        lineTotal = 0;
        while (true) {
            if (bufferPos == bufferEnd) {
                int n = in.read(buffer);
                if (n < 0) {
                    eof = true;
                    return;
                }
                bufferPos = 0;
                bufferEnd = n;
            }
            int start = bufferPos;
            while (bufferPos < bufferEnd && buffer[bufferPos] != '\n') {
                bufferPos++;
            }
            boolean complete = bufferPos < bufferEnd;
            if (complete) {
                bufferPos++;
            }
            append(start, bufferPos - start);
            position += bufferPos - start;
            if (complete) {
                return;
            }
        }
    }

    /** Keeps at most the limit of a line (a message holding a longer one is skipped anyway), so heap stays flat. */
    private void append(int from, int count) {
        lineTotal += count;
        if (lineTotal > maxBytes + 1L) {
            return;
        }
        if (lineLength + count > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + count));
        }
        System.arraycopy(buffer, from, line, lineLength, count);
        lineLength += count;
    }

    private static boolean isSeparator(byte[] bytes, int length, boolean previousBlank) {
        if (length < 5 || bytes[0] != 'F' || bytes[1] != 'r' || bytes[2] != 'o' || bytes[3] != 'm'
                || bytes[4] != ' ') {
            return false;
        }
        String text = new String(bytes, 0, length, StandardCharsets.ISO_8859_1).strip();
        return POSTMARK.matcher(text).matches() || previousBlank && LOOSE.matcher(text).matches();
    }

    private static boolean isBlank(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] != '\r' && bytes[i] != '\n') {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
