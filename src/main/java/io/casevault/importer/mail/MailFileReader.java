package io.casevault.importer.mail;

import io.casevault.domain.Reason;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The messages of one mail file, .eml or mbox (told apart by the content, not the name), read one at a time: an mbox
 * message that cannot be read becomes a {@link MailItem.Failed} naming the file and its number, and the next one is
 * read. A single file that is not mail gives one {@link MailItem.Failed}; so does an mbox file whose first line is
 * not a separator but which is not a message either.
 */
public final class MailFileReader implements Iterator<MailItem>, Closeable {
    private static final int SNIFF = 1024;

    private final InputStream in;
    private final String fileName;
    private final MailParser parser;
    private final MboxReader mbox;
    private boolean singleDone;

    private MailFileReader(InputStream in, String fileName, MailParser parser, MboxReader mbox) {
        this.in = in;
        this.fileName = fileName;
        this.parser = parser;
        this.mbox = mbox;
    }

    /** Opens {@code in} (which the reader closes) as an mbox when it starts with a separator, else as one message. */
    public static MailFileReader open(InputStream in, String fileName, MailParser parser) throws IOException {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(parser, "parser");
        BufferedInputStream buffered = new BufferedInputStream(Objects.requireNonNull(in, "in"), 64 * 1024);
        buffered.mark(SNIFF);
        byte[] head = buffered.readNBytes(SNIFF);
        buffered.reset();
        MboxReader mbox = MboxReader.looksLikeMbox(head) ? new MboxReader(buffered, fileName) : null;
        return new MailFileReader(buffered, fileName, parser, mbox);
    }

    public boolean isMbox() {
        return mbox != null;
    }

    @Override
    public boolean hasNext() {
        return mbox != null ? mbox.hasNext() : !singleDone;
    }

    @Override
    public MailItem next() {
        return nextUnread().parse(parser);
    }

    /**
     * The next message with its bytes as stored, not parsed yet: the caller may parse it on another thread (a
     * {@link MailParser} keeps no state between messages).
     */
    public Unread nextUnread() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        if (mbox != null) {
            MboxEntry entry = mbox.next();
            MailOrigin origin = new MailOrigin(fileName, entry.number());
            return entry.tooLarge() ? Unread.tooLarge(origin) : new Unread(origin, entry.bytes());
        }
        singleDone = true;
        MailOrigin origin = MailOrigin.file(fileName);
        try {
            byte[] bytes = in.readNBytes(MboxReader.DEFAULT_MAX_MESSAGE_BYTES + 1);
            return bytes.length > MboxReader.DEFAULT_MAX_MESSAGE_BYTES ? Unread.tooLarge(origin)
                    : new Unread(origin, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One message of the file as stored; no bytes when it is larger than a message may be. */
    public record Unread(MailOrigin origin, byte[] bytes) {
        public Unread {
            Objects.requireNonNull(origin, "origin");
        }

        static Unread tooLarge(MailOrigin origin) {
            return new Unread(origin, null);
        }

        /** The message read, or why it cannot be. */
        public MailItem parse(MailParser parser) {
            if (bytes == null) {
                return MailFileReader.tooLarge(origin);
            }
            try {
                return new MailItem.Read(origin, bytes, parser.parse(bytes, origin));
            } catch (MailException e) {
                return new MailItem.Failed(origin, e.reason());
            }
        }

        /** The stored size in bytes (0 when too large to be read). */
        public int size() {
            return bytes == null ? 0 : bytes.length;
        }
    }

    private static MailItem tooLarge(MailOrigin origin) {
        Reason what = origin.describe();
        long mb = MboxReader.DEFAULT_MAX_MESSAGE_BYTES / (1024 * 1024);
        return new MailItem.Failed(origin, Reason.of("mail.tooLarge", MailParser.capitalised(what)
                + " is larger than " + mb + " MB, more than mail services send; it was not read.", what, mb));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
