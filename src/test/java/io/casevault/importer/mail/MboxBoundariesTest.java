package io.casevault.importer.mail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link MboxReader} finds separators in bulk-read bytes, not line by line: these tests hold it to the format read one
 * line at a time (a separator is a postmark line, or a looser "From " line with a time and a year after an empty
 * line; the empty line before a separator is framing) wherever the lines fall against its buffer and the reads.
 */
class MboxBoundariesTest {
    private static final String POSTMARK = "From zs@example.com Mon Nov  4 10:00:00 2024";
    private static final String[] LINES = {"", "", "\r", "Hello", ">From the start it failed.", "From here on, no.",
        "From my phone at 10:30", "From a friend at 10:30 in 2024", POSTMARK, "From - Mon Nov 04 10:00:00 2024",
        "Fro", "From", "From ", "Subject: x", "x".repeat(70_000), "From " + "y".repeat(20_000) + " 10:30 2024",
        "y".repeat(65_530), "From x"};

    /** The mbox read one whole line at a time: each message's bytes, as the reader must give them. */
    private static List<String> lineByLine(byte[] mbox) {
        String text = new String(mbox, StandardCharsets.ISO_8859_1);
        List<String> lines = new ArrayList<>();
        for (int at = 0; at < text.length(); ) {
            int nl = text.indexOf('\n', at);
            int next = nl < 0 ? text.length() : nl + 1;
            lines.add(text.substring(at, next));
            at = next;
        }
        int i = 0;
        while (i < lines.size() && lines.get(i).replace("\r", "").replace("\n", "").isEmpty()) {
            i++;
        }
        List<String> messages = new ArrayList<>();
        boolean started = false;
        StringBuilder message = new StringBuilder();
        boolean previousBlank = true;
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            if (separator(line, previousBlank)) {
                if (started) {
                    messages.add(withoutFraming(message.toString()));
                }
                started = true;
                message.setLength(0);
                previousBlank = true;
                if (i == lines.size() - 1 && !line.endsWith("\n")) {
                    return messages; // a separator that ends the file without a line break starts nothing
                }
                continue;
            }
            message.append(line);
            previousBlank = line.replace("\r", "").replace("\n", "").isEmpty();
        }
        if (started) {
            messages.add(withoutFraming(message.toString()));
        }
        return messages;
    }

    private static boolean separator(String line, boolean previousBlank) {
        if (!line.startsWith("From ") || line.length() > 16 * 1024) {
            return false;
        }
        String text = line.strip();
        return text.matches("From \\S+\\s+(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov"
                + "|Dec)\\s+\\d{1,2}\\s+\\d{1,2}:\\d{2}(:\\d{2})?\\s+(\\S+\\s+)?\\d{4}\\s*")
                || previousBlank && text.matches("From .*\\d{1,2}:\\d{2}.*\\b(19|20)\\d{2}\\b.*");
    }

    private static String withoutFraming(String m) {
        if (m.endsWith("\r\n\r\n") || m.endsWith("\n\r\n")) {
            return m.substring(0, m.length() - 2);
        }
        return m.endsWith("\n\n") ? m.substring(0, m.length() - 1) : m;
    }

    private static byte[] randomMbox(Random random, String eol) {
        StringBuilder out = new StringBuilder(POSTMARK).append(eol);
        int lines = 50 + random.nextInt(400);
        for (int i = 0; i < lines; i++) {
            out.append(LINES[random.nextInt(LINES.length)]);
            if (i < lines - 1 || random.nextBoolean()) {
                out.append(random.nextInt(5) == 0 ? "\r\n" : eol);
            }
        }
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static List<String> read(InputStream in) throws IOException {
        List<String> messages = new ArrayList<>();
        try (MboxReader reader = new MboxReader(in, "inbox.mbox")) {
            while (reader.hasNext()) {
                MboxEntry e = reader.next();
                assertThat(e.length()).isEqualTo(e.bytes().length);
                messages.add(new String(e.bytes(), StandardCharsets.ISO_8859_1));
            }
        }
        return messages;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void messagesAreTheSameWhereverTheReadsAndTheBufferSplitTheLines(long seed) throws IOException {
        Random random = new Random(seed);
        byte[] mbox = randomMbox(random, seed % 2 == 0 ? "\n" : "\r\n");

        List<String> expected = lineByLine(mbox);

        assertThat(read(new ByteArrayInputStream(mbox))).isEqualTo(expected);
        assertThat(read(new Trickle(mbox, new Random(seed)))).isEqualTo(expected);
    }

    /** Each message's offset and length are its slice of the file, also when reads end inside separators. */
    @Test
    void offsetsAreSlicesOfTheFileAcrossReads() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        for (int i = 0; i < 300; i++) {
            file.writeBytes((POSTMARK + "\r\nSubject: " + i + "\r\n\r\n" + "body ".repeat(i * 7 + 1) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
        }
        byte[] mbox = file.toByteArray();

        try (MboxReader reader = new MboxReader(new Trickle(mbox, new Random(42)), "inbox.mbox")) {
            int n = 0;
            while (reader.hasNext()) {
                MboxEntry e = reader.next();
                byte[] slice = new byte[(int) e.length()];
                System.arraycopy(mbox, (int) e.offset(), slice, 0, slice.length);
                assertThat(slice).as("message %d", e.number()).isEqualTo(e.bytes());
                assertThat(new String(e.bytes(), StandardCharsets.US_ASCII)).startsWith("Subject: " + n + "\r\n")
                        .endsWith("\r\n").doesNotEndWith("\r\n\r\n");
                n++;
            }
            assertThat(n).isEqualTo(300);
        }
    }

    /** A stream that gives a few bytes at a time, so lines and separators are cut anywhere. */
    private static final class Trickle extends InputStream {
        private final byte[] bytes;
        private final Random random;
        private int pos;

        Trickle(byte[] bytes, Random random) {
            this.bytes = bytes;
            this.random = random;
        }

        @Override
        public int read() {
            return pos < bytes.length ? bytes[pos++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos >= bytes.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, 1 + random.nextInt(random.nextBoolean() ? 7 : 3000)), bytes.length - pos);
            System.arraycopy(bytes, pos, b, off, n);
            pos += n;
            return n;
        }
    }
}
