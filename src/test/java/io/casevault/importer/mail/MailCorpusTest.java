package io.casevault.importer.mail;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real-world messages from the Debian package libpython3.11-testsuite (CPython's e-mail test data, msg_*.txt under
 * /usr/lib/python3.x/test/test_email/data: messages from Postfix, mailman digests, delivery reports, Mac and
 * Windows mailers, broken boundaries). Runs only where that package is installed ({@code apt-get install
 * libpython3.11-testsuite}), or with -Dcasevault.mailCorpus=DIR.
 */
@EnabledIf("corpusPresent")
class MailCorpusTest {
    private static final Map<String, MailItem> ITEMS = new TreeMap<>();

    static Optional<Path> corpus() {
        String given = System.getProperty("casevault.mailCorpus");
        if (given != null) {
            return Optional.of(Path.of(given)).filter(Files::isDirectory);
        }
        try (Stream<Path> pythons = Files.list(Path.of("/usr/lib"))) {
            return pythons.filter(p -> p.getFileName().toString().startsWith("python3"))
                    .map(p -> p.resolve("test/test_email/data")).filter(Files::isDirectory).sorted().findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static boolean corpusPresent() {
        return corpus().isPresent();
    }

    @BeforeAll
    static void readAll() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(corpus().orElseThrow())) {
            files = list.filter(p -> p.getFileName().toString().matches("msg_\\d+a?\\.txt")).sorted().toList();
        }
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f);
                 MailFileReader reader = MailFileReader.open(in, f.getFileName().toString(), Mails.PARSER)) {
                ITEMS.put(f.getFileName().toString(), reader.next());
                assertThat(reader.hasNext()).isFalse();
            }
        }
    }

    @Test
    void everyMessageIsReadOrRefusedInOneSentenceForTheRightReason() throws IOException {
        assertThat(ITEMS).hasSizeGreaterThan(40);
        List<String> refused = new ArrayList<>();
        for (Map.Entry<String, MailItem> e : ITEMS.entrySet()) {
            boolean looksLikeMail = hasMailHeader(corpus().orElseThrow().resolve(e.getKey()));
            if (e.getValue() instanceof MailItem.Failed failed) {
                refused.add(e.getKey());
                assertThat(failed.reason().english()).as(e.getKey()).startsWith("'" + e.getKey() + "' is not");
                assertThat(looksLikeMail).as(e.getKey() + " has a From, Date or Message-ID header").isFalse();
            } else {
                assertThat(looksLikeMail).as(e.getKey()).isTrue();
            }
        }
        assertThat(refused).contains("msg_19.txt");
    }

    @Test
    void aPostfixMessageGivesSenderSubjectTimeAndSummary() {
        MailMessage m = read("msg_01.txt");

        assertThat(m.from()).map(MailAddress::address).contains("bbb@ddd.com");
        assertThat(m.subject()).isEqualTo("This is a test message");
        assertThat(m.date()).map(MailDate::at).contains(Instant.parse("2001-05-04T18:05:44Z"));
        assertThat(m.messageId()).contains("15090.61304.110929.45684@aaa.zzz.org");
        assertThat(m.summary()).isEqualTo("Hi,\nDo you like this message?\n-Me");
    }

    @Test
    void namedInlineTextPartsGiveTheTextWhenThereIsNoOther() {
        assertThat(read("msg_04.txt").summary()).startsWith("a simple kind of mirror\nto reflect upon our own");
    }

    @Test
    void imageAttachmentsOfARealMessageKeepTheirNamesAndBytes() throws IOException {
        MailMessage m = read("msg_22.txt");

        assertThat(m.attachments()).extracting(MailAttachment::fileName).contains("wibble.JPG", "wibble2.JPG");
        for (MailAttachment a : m.attachments()) {
            if (a.fileName().startsWith("wibble")) {
                assertThat(a.mediaType()).isEqualTo("image/jpeg");
                try (InputStream in = a.open()) {
                    byte[] bytes = in.readAllBytes();
                    assertThat(bytes).hasSize((int) a.size());
                    assertThat(bytes[0] & 0xFF).as("JPEG start of image").isEqualTo(0xFF);
                    assertThat(bytes[1] & 0xFF).isEqualTo(0xD8);
                }
            }
        }
    }

    private static MailMessage read(String name) {
        MailItem item = ITEMS.get(name);
        assertThat(item).as(name).isInstanceOf(MailItem.Read.class);
        return ((MailItem.Read) item).message();
    }

    /** An independent look at the header block: any From, Date or Message-ID line before the first empty line. */
    private static boolean hasMailHeader(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        for (String line : text.split("\r?\n")) {
            if (line.isEmpty()) {
                return false;
            }
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("from:") || lower.startsWith("date:") || lower.startsWith("message-id:")) {
                return true;
            }
        }
        return false;
    }
}
