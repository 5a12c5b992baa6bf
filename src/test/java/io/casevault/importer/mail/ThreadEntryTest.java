package io.casevault.importer.mail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import static io.casevault.importer.mail.Mails.b64;
import static io.casevault.importer.mail.Mails.b64Lines;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The thread entry read from a message's header alone is the one the full parse gives, for messages of every shape:
 * with and without Message-ID, folded references, encoded words, raw 8-bit UTF-8 or GBK headers (whose reading
 * depends on the body parts' character sets), no Date but Received, Gmail thread ids, LF or CRLF, multiparts, and
 * bytes that are no e-mail.
 */
class ThreadEntryTest {
    private static final Charset GBK = Charset.forName("GBK");
    private static final MailOrigin ORIGIN = MailOrigin.file("test.eml");

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void theHeaderAloneGivesTheEntryOfTheFullParse(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 40; i++) {
            byte[] bytes = randomMessage(random, i);
            assertThat(Mails.PARSER.threadEntry(bytes, ORIGIN)).as("message %d of seed %d:%n%s", i, seed,
                    new String(bytes, StandardCharsets.UTF_8)).isEqualTo(fullEntry(bytes));
        }
    }

    @Test
    void aRawGbkSubjectIsReadInTheCharsetTheBodyDeclares() {
        // raw 8-bit Big5 in the subject: read as Big5 because the body says so, not as the GB18030 default
        Charset big5 = Charset.forName("Big5");
        byte[] bytes = Mails.message().header("From: a@example.com").header("Subject", "轉帳未到", big5)
                .header("Date: Mon, 4 Nov 2024 10:00:00 +0800").header("Content-Type: text/plain; charset=Big5")
                .eol().raw("正文".getBytes(big5)).bytes();

        Optional<MailThreads.Entry> entry = Mails.PARSER.threadEntry(bytes, ORIGIN);

        assertThat(entry).map(MailThreads.Entry::subject).contains("轉帳未到");
        assertThat(entry).isEqualTo(fullEntry(bytes));
    }

    @Test
    void bytesThatAreNoMailGiveNoEntry() {
        assertThat(Mails.PARSER.threadEntry("just some text\nand more\n".getBytes(StandardCharsets.US_ASCII),
                ORIGIN)).isEmpty();
        assertThat(Mails.PARSER.threadEntry(Mails.message().header("X-Note: no sender").body("x").bytes(), ORIGIN))
                .isEmpty();
    }

    @Test
    void realWorldMessagesGiveTheSameEntryFromTheirHeader() throws IOException {
        Optional<Path> corpus = MailCorpusTest.corpus();
        List<Path> files = new ArrayList<>();
        if (corpus.isPresent()) {
            try (Stream<Path> list = Files.list(corpus.get())) {
                list.filter(p -> p.getFileName().toString().matches("msg_\\d+a?\\.txt")).sorted().forEach(files::add);
            }
        }
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            assertThat(Mails.PARSER.threadEntry(bytes, ORIGIN)).as(f.toString()).isEqualTo(fullEntry(bytes));
        }
    }

    private static Optional<MailThreads.Entry> fullEntry(byte[] bytes) {
        try {
            return Optional.of(MailThreads.Entry.of(Mails.PARSER.parse(bytes, ORIGIN)));
        } catch (MailException e) {
            return Optional.empty();
        }
    }

    private static byte[] randomMessage(Random random, int i) {
        Mails m = random.nextBoolean() ? Mails.message() : Mails.lfMessage();
        String fold = random.nextBoolean() ? "\r\n " : " ";
        if (random.nextInt(20) == 0) {
            return m.line("not a header line at all").body("text").bytes();
        }
        if (random.nextInt(10) > 0) {
            m.header(pick(random, "From: a@example.com", "From: =?UTF-8?B?" + b64("张三".getBytes(
                    StandardCharsets.UTF_8)) + "?= <zs@example.com>", "From: \"Li, Si\" <ls@example.com>"));
        }
        switch (random.nextInt(5)) {
            case 0 -> m.header("Subject: Transfer not received #" + i);
            case 1 -> m.header("Subject: =?gb2312?B?" + b64(("回复：转账未到账 " + i).getBytes(GBK)) + "?=");
            case 2 -> m.header("Subject", "关于转账 " + i + " 的投诉", GBK);
            case 3 -> m.header("Subject: Re: 退款进度" + fold + "第 " + i + " 次");
            default -> { } // no subject
        }
        if (random.nextInt(4) > 0) {
            m.header(pick(random, "Date: Mon, 4 Nov 2024 10:00:00 +0800", "Date: 4 Nov 2024 10:00:00",
                    "Date: not a date"));
        }
        if (random.nextInt(3) == 0) {
            m.header("Received: from mx.example by mail.me.example; Tue, 05 Nov 2024 01:30:58 +0000");
        }
        if (random.nextInt(5) > 0) {
            m.header(pick(random, "Message-ID: <m" + i + "@example.com>", "Message-Id:" + fold + "<m" + i + "@x>",
                    "Message-ID: m" + i + "@bare.example", "Message-ID: <m" + i % 3 + "@dup.example>"));
        }
        if (random.nextBoolean()) {
            m.header("In-Reply-To: <root" + i % 4 + "@example.com>");
            m.header("References: <root" + i % 4 + "@example.com>" + fold + "<p" + i + "@example.com>");
        }
        if (random.nextInt(6) == 0) {
            m.header("X-GM-THRID: " + (1_800_000_000_000_000_000L + i % 5));
        }
        String charset = pick(random, "UTF-8", "GBK", "Big5", "us-ascii", "gb2312");
        if (random.nextBoolean()) {
            m.header("MIME-Version: 1.0").header("Content-Type: multipart/mixed; boundary=B").eol().line("--B")
                    .header("Content-Type: text/plain; charset=" + charset).body("正文 " + i + "\n").line("--B")
                    .header("Content-Type: image/png").header("Content-Transfer-Encoding: base64").eol()
                    .line(b64Lines(new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3})).line("--B--");
        } else {
            m.header("Content-Type: text/plain; charset=" + charset).body("text " + i);
        }
        return m.bytes();
    }

    private static String pick(Random random, String... options) {
        return options[random.nextInt(options.length)];
    }
}
