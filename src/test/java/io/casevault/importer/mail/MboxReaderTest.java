package io.casevault.importer.mail;

import io.casevault.domain.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MboxReaderTest {

    private static String message(int i, String eol) {
        return String.join(eol, "From: Zhang San <zs@example.com>", "To: support@wallet.example",
                "Subject: message " + i, "Date: Mon, 4 Nov 2024 10:0" + (i % 10) + ":00 +0800",
                "Message-ID: <m" + i + "@example.com>", "", "Body of message " + i + ".", "");
    }

    /** An mbox as Thunderbird writes it: "From - date" separators, each message followed by an empty line. */
    private static byte[] mbox(List<String> messages, String separator, String eol) {
        StringBuilder out = new StringBuilder();
        for (String m : messages) {
            out.append(separator).append(eol).append(m).append(eol);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<MboxEntry> readAll(byte[] mbox) throws IOException {
        List<MboxEntry> entries = new ArrayList<>();
        try (MboxReader reader = new MboxReader(new ByteArrayInputStream(mbox), "inbox.mbox")) {
            reader.forEachRemaining(entries::add);
        }
        return entries;
    }

    @ParameterizedTest(name = "line ends {0}")
    @ValueSource(strings = {"LF", "CRLF"})
    void eachMessageIsItsExactBytesWithoutTheSeparatorLineAndFramingEmptyLine(String ends) throws IOException {
        String eol = ends.equals("LF") ? "\n" : "\r\n";
        List<String> messages = List.of(message(1, eol), message(2, eol), message(3, eol));
        byte[] mbox = mbox(messages, "From - Mon Nov 04 10:00:00 2024", eol);

        List<MboxEntry> entries = readAll(mbox);

        assertThat(entries).extracting(MboxEntry::number).containsExactly(1, 2, 3);
        for (int i = 0; i < 3; i++) {
            MboxEntry e = entries.get(i);
            assertThat(new String(e.bytes(), StandardCharsets.UTF_8)).isEqualTo(messages.get(i));
            // the bytes are a slice of the file: the hash of an exhibit can be checked against the mbox itself
            byte[] slice = new byte[(int) e.length()];
            System.arraycopy(mbox, (int) e.offset(), slice, 0, slice.length);
            assertThat(slice).isEqualTo(e.bytes());
        }
    }

    @Test
    void quotedFromLinesStayAsStoredAndDoNotSplitMessages() throws IOException {
        String body = "From: a@example.com\nSubject: quoting\nDate: Mon, 4 Nov 2024 10:00:00 +0800\n\n"
                + "Hello\n>From the start it failed.\n>>From here on, mboxrd quoting.\n"
                + "From what I can tell, nothing arrived.\n\nFrom my phone at 10:30\n";
        byte[] mbox = mbox(List.of(body, message(2, "\n")), "From zs@example.com Mon Nov  4 10:00:00 2024", "\n");

        List<MboxEntry> entries = readAll(mbox);

        assertThat(entries).hasSize(2);
        assertThat(new String(entries.get(0).bytes(), StandardCharsets.UTF_8)).isEqualTo(body);
        MailMessage m = Mails.PARSER.parse(entries.get(0).bytes(), new MailOrigin("inbox.mbox", 1));
        assertThat(m.text()).contains(">From the start it failed.", ">>From here on", "From my phone at 10:30");
    }

    @Test
    void aFileThatDoesNotStartWithASeparatorIsNotAnMbox() {
        byte[] eml = message(1, "\n").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new MboxReader(new ByteArrayInputStream(eml), "saved.mbox"))
                .isInstanceOf(MailException.class)
                .hasMessage("'saved.mbox' is not an mbox file: it does not start with a \"From \" line.");
        assertThat(MboxReader.looksLikeMbox(eml)).isFalse();
        assertThat(MboxReader.looksLikeMbox("\nFrom - Mon Nov 04 10:00:00 2024\n".getBytes(StandardCharsets.UTF_8)))
                .isTrue();
    }

    /** Many lines, or one line alone longer than the limit (which is then not kept in memory either). */
    @ParameterizedTest(name = "{0} lines of {1} bytes")
    @CsvSource({"5000, 1", "1, 3000000"})
    void aMessageOverTheLimitIsSkippedAndTheNextOneRead(int lines, int width) throws IOException {
        String big = message(1, "\n") + ("x".repeat(width) + "\n").repeat(lines);
        byte[] mbox = mbox(List.of(big, message(2, "\n")), "From - Mon Nov 04 10:00:00 2024", "\n");

        List<MboxEntry> entries = new ArrayList<>();
        try (MboxReader reader = new MboxReader(new ByteArrayInputStream(mbox), "inbox.mbox", 10_000)) {
            reader.forEachRemaining(entries::add);
        }

        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).tooLarge()).isTrue();
        assertThat(entries.get(0).bytes()).isEmpty();
        assertThat(entries.get(0).length()).isEqualTo(big.length());
        assertThat(entries.get(1).tooLarge()).isFalse();
        assertThat(new String(entries.get(1).bytes(), StandardCharsets.UTF_8)).isEqualTo(message(2, "\n"));
    }

    @Test
    void readingIsStreamingSoOnlyTheCurrentMessageIsRead() throws IOException {
        List<String> messages = new ArrayList<>();
        for (int i = 1; i <= 3000; i++) {
            messages.add(message(i, "\n") + "padding ".repeat(100) + "\n");
        }
        byte[] mbox = mbox(messages, "From - Mon Nov 04 10:00:00 2024", "\n");
        CountingStream in = new CountingStream(new ByteArrayInputStream(mbox));

        try (MboxReader reader = new MboxReader(in, "big.mbox")) {
            MboxEntry first = reader.next();
            assertThat(first.number()).isEqualTo(1);
            assertThat(in.count).as("bytes read for the first of %d", mbox.length).isLessThan(200_000);
            int n = 1;
            while (reader.hasNext()) {
                n = reader.next().number();
            }
            assertThat(n).isEqualTo(3000);
        }
    }

    @Test
    void anMboxWithOneBrokenMessageReadsTheOthersAndNamesTheBrokenOne() throws IOException {
        String broken = "this line is not a header\n\u0000\u0001 garbage\n";
        byte[] mbox = mbox(List.of(message(1, "\n"), broken, message(3, "\n")), "From - Mon Nov 04 10:00:00 2024",
                "\n");
        List<MailItem> items = new ArrayList<>();

        try (MailFileReader reader = MailFileReader.open(new ByteArrayInputStream(mbox), "inbox.mbox",
                Mails.PARSER)) {
            assertThat(reader.isMbox()).isTrue();
            reader.forEachRemaining(items::add);
        }

        assertThat(items).hasSize(3);
        assertThat(items.get(0)).isInstanceOf(MailItem.Read.class);
        assertThat(items.get(2)).isInstanceOfSatisfying(MailItem.Read.class,
                r -> assertThat(r.message().subject()).isEqualTo("message 3"));
        assertThat(items.get(1)).isInstanceOfSatisfying(MailItem.Failed.class, f -> {
            Reason reason = f.reason();
            assertThat(reason.english()).isEqualTo(
                    "Message 2 of 'inbox.mbox' is not an e-mail: it has no From, Date or Message-ID header.");
            assertThat(reason.key()).isEqualTo("mail.notMail");
        });
    }

    @Test
    void aSingleEmlIsOneItemAndANonMailFileOneFailure() throws IOException {
        byte[] eml = message(7, "\r\n").getBytes(StandardCharsets.UTF_8);
        try (MailFileReader reader = MailFileReader.open(new ByteArrayInputStream(eml), "a.eml", Mails.PARSER)) {
            assertThat(reader.isMbox()).isFalse();
            MailItem item = reader.next();
            assertThat(item).isInstanceOfSatisfying(MailItem.Read.class, r -> {
                assertThat(r.bytes()).isEqualTo(eml);
                assertThat(r.origin()).isEqualTo(MailOrigin.file("a.eml"));
            });
            assertThat(reader.hasNext()).isFalse();
        }
        byte[] text = "shopping list\nmilk\n".getBytes(StandardCharsets.UTF_8);
        try (MailFileReader reader = MailFileReader.open(new ByteArrayInputStream(text), "notes.txt",
                Mails.PARSER)) {
            assertThat(reader.next()).isInstanceOfSatisfying(MailItem.Failed.class, f -> assertThat(f.reason()
                    .english()).isEqualTo("'notes.txt' is not an e-mail: it has no From, Date or Message-ID header."));
        }
    }

    @Test
    void aGmailTakeoutMboxGivesGmailThreadIds() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[][] rows = {
            {"1815000000000000001", "1815000000000000001", "Payment failed", "", "Mon, 4 Nov 2024 10:00:00 +0000"},
            {"1815000000000000002", "1815000000000000001", "Re: Payment failed", "<g1@mail.gmail.com>",
                "Mon, 4 Nov 2024 12:00:00 +0000"},
            {"1815000000000000003", "1815000000000000003", "Your statement", "", "Tue, 5 Nov 2024 08:00:00 +0000"},
        };
        int n = 0;
        for (String[] r : rows) {
            n++;
            out.writeBytes(("From " + r[0] + "@xxx Mon Nov 04 10:00:00 +0000 2024\n"
                    + "X-GM-THRID: " + r[1] + "\nX-Gmail-Labels: Inbox,Category Updates,Opened\n"
                    + "Delivered-To: me@gmail.example\nMessage-ID: <g" + n + "@mail.gmail.com>\n"
                    + (r[3].isEmpty() ? "" : "In-Reply-To: " + r[3] + "\n")
                    + "Date: " + r[4] + "\nFrom: me@gmail.example\nSubject: " + r[2]
                    + "\nContent-Type: text/plain; charset=\"UTF-8\"\n\nbody " + n + "\n\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        List<MailThreads.Entry> entries = new ArrayList<>();
        try (MailFileReader reader = MailFileReader.open(new ByteArrayInputStream(out.toByteArray()),
                "All mail Including Spam and Trash.mbox", Mails.PARSER)) {
            reader.forEachRemaining(item -> entries.add(MailThreads.Entry.of(((MailItem.Read) item).message())));
        }

        List<MailThreads.MailThread> threads = MailThreads.group(entries);

        assertThat(entries).extracting(e -> e.gmailThreadId().orElseThrow()).containsExactly(
                "1815000000000000001", "1815000000000000001", "1815000000000000003");
        assertThat(threads).hasSize(2);
        assertThat(threads.get(0).subject()).isEqualTo("Payment failed");
        assertThat(threads.get(0).messages()).extracting(MailThreads.Entry::subject)
                .containsExactly("Payment failed", "Re: Payment failed");
    }

    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(0, n);
            return n;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }
    }
}
