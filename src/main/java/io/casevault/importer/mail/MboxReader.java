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
 * written by a careless program does not split a message. A line of more than 16 KB is never a separator.
 *
 * <p>The file is read in blocks and only lines starting {@code From } are looked at one by one; the bytes between
 * them go into the message in one copy each.
 */
public final class MboxReader implements Iterator<MboxEntry>, Closeable {
    /** More than any mail service accepts (Gmail: 25 MB of attachments, about 34 MB encoded). */
    public static final int DEFAULT_MAX_MESSAGE_BYTES = 48 * 1024 * 1024;

    private static final Pattern POSTMARK = Pattern.compile("^From \\S+\\s+(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\s+"
            + "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\s+\\d{1,2}\\s+\\d{1,2}:\\d{2}(:\\d{2})?\\s+"
            + "(\\S+\\s+)?\\d{4}\\s*$");
    /** The size of the message buffer kept between messages. */
    private static final int KEPT_BUFFER = 256 * 1024;
    private static final int BUFFER = 64 * 1024;
    /** A line starting "From " that is longer is no separator: it is a line of the message. */
    private static final int MAX_SEPARATOR = 16 * 1024;
    private static final byte[] FROM = {'F', 'r', 'o', 'm', ' '};
    private static final Pattern LOOSE = Pattern.compile("^From .*\\d{1,2}:\\d{2}.*\\b(19|20)\\d{2}\\b.*");

    private final InputStream in;
    private final String fileName;
    private final int maxBytes;
    /** The bytes read from the file and not consumed yet: {@link #pos} to {@link #end}. */
    private final byte[] buffer = new byte[BUFFER];
    private int pos;
    private int end;
    /** The offset in the file of {@code buffer[0]}. */
    private long base;
    /** The message being read: its first {@link #held} bytes. */
    private byte[] message = new byte[KEPT_BUFFER];
    private int held;
    /** The bytes of the message being read, also those not kept because it is longer than the limit. */
    private long length;
    private int number;
    private boolean lineIsSeparator;
    /** The stream has ended (a separator line that ends the file without a line break starts no message). */
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
        boolean separator;
        try {
            while (fill(1) && isLineBreak(buffer[pos])) {
                pos++;
            }
            separator = fill(FROM.length) && startsFrom() && separatorLine(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!separator) {
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
        return isSeparator(bytes, 0, bytes.length, true);
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

    /**
     * Reads from after the current separator line to the next one (or the end), consuming that separator. The lines
     * are not copied one by one: the bytes between two lines that start {@code From } (or a refill of the buffer) are
     * kept in one copy, and only a line starting {@code From } is looked at whole.
     */
    private MboxEntry readMessage() throws IOException {
        number++;
        long offset = base + pos;
        held = 0;
        length = 0;
        lineIsSeparator = false;
        boolean previousBlank = true;
        int run = pos; // the first byte of the message not kept yet
        while (true) {
            // at the start of a line
            if (end - pos < FROM.length) {
                keep(run, pos);
                boolean more = fill(FROM.length);
                run = pos;
                if (!more && pos == end) {
                    break;
                }
            }
            if (end - pos >= FROM.length && startsFrom()) {
                keep(run, pos);
                lineIsSeparator = separatorLine(previousBlank);
                run = pos; // past a separator, else at a line that only looks like one and stays in the message
                if (lineIsSeparator) {
                    break;
                }
            }
            boolean blank = true;
            int i = pos;
            while (true) {
                if (blank) {
                    while (i < end && buffer[i] == '\r') {
                        i++;
                    }
                    blank = i == end || buffer[i] == '\n';
                }
                i = i < end ? ByteScan.indexOf(buffer, (byte) '\n', i, end) : -1;
                if (i >= 0) {
                    pos = i + 1;
                    break;
                }
                // the line goes on past the buffer: keep what is read of it and read on
                pos = end;
                keep(run, pos);
                if (!fill(1)) {
                    break;
                }
                run = pos;
                i = pos;
            }
            previousBlank = blank;
            if (pos == end && eof) {
                break;
            }
        }
        keep(run, pos);
        length -= trailingBlankLine(length);
        byte[] content = length <= maxBytes ? Arrays.copyOf(message, (int) length) : new byte[0];
        if (message.length > KEPT_BUFFER) {
            message = new byte[KEPT_BUFFER]; // one large message does not keep its buffer for all that follow
        }
        return new MboxEntry(number, offset, length, content);
    }

    /** Appends buffer bytes {@code from} to {@code to} to the message (counted, not kept once over the limit). */
    private void keep(int from, int to) {
        int count = to - from;
        if (count <= 0) {
            return;
        }
        length += count;
        if (length > maxBytes) {
            held = 0;
            return;
        }
        if (held + count > message.length) {
            message = Arrays.copyOf(message, Math.max(message.length * 2, held + count));
        }
        System.arraycopy(buffer, from, message, held, count);
        held += count;
    }

    /**
     * Whether the line at {@link #pos}, which starts {@code From }, is a separator; a separator is consumed, another
     * line is left where it is. A line longer than the buffer is no separator (a postmark line is far shorter).
     */
    private boolean separatorLine(boolean previousBlank) throws IOException {
        int i = pos + FROM.length;
        while (true) {
            int lineBreak = ByteScan.indexOf(buffer, (byte) '\n', i, end);
            i = lineBreak < 0 ? end : lineBreak;
            int scanned = i - pos;
            if (i < end || scanned >= MAX_SEPARATOR) {
                break;
            }
            if (!fill(scanned + 1)) {
                break; // the file ends in this line
            }
            i = pos + scanned;
        }
        int length = Math.min(i + 1, end) - pos;
        if (length > MAX_SEPARATOR || !isSeparator(buffer, pos, length, previousBlank)) {
            return false;
        }
        pos += length;
        return true;
    }

    private boolean startsFrom() {
        for (int k = 0; k < FROM.length; k++) {
            if (buffer[pos + k] != FROM[k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Makes at least {@code count} bytes available from {@link #pos} unless the stream ends first (then {@link #eof}
     * is set); moves what is left to the front of the buffer first. Whether {@code count} bytes are there.
     */
    private boolean fill(int count) throws IOException {
        if (end - pos >= count) {
            return true;
        }
        if (pos > 0) {
            System.arraycopy(buffer, pos, buffer, 0, end - pos);
            base += pos;
            end -= pos;
            pos = 0;
        }
        while (end < count) {
            int n = in.read(buffer, end, buffer.length - end);
            if (n < 0) {
                eof = true;
                return false;
            }
            end += n;
        }
        return true;
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

    private static boolean isSeparator(byte[] bytes, int from, int length, boolean previousBlank) {
        if (length < FROM.length || !Arrays.equals(bytes, from, from + FROM.length, FROM, 0, FROM.length)) {
            return false;
        }
        String text = new String(bytes, from, length, StandardCharsets.ISO_8859_1).strip();
        return POSTMARK.matcher(text).matches() || previousBlank && LOOSE.matcher(text).matches();
    }

    private static boolean isLineBreak(byte b) {
        return b == '\r' || b == '\n';
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
