package io.casevault.importer.mail;

import org.apache.james.mime4j.stream.Field;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link MimeSplitter} must read a plainly formed message exactly as mime4j's stream parser does (the same fields with
 * the same raw bytes, the same leaves, types, decoded contents and containers), and leave every other form to it.
 */
class MimeSplitterTest {
    private static final String[] SUBTYPES = {"mixed", "alternative", "related", "digest"};

    /** Everything of a reading that a message's import uses, as text to compare. */
    private static String reading(MimeParts parts) {
        StringBuilder out = new StringBuilder(fields(parts.messageFields()));
        for (MimeParts.Leaf leaf : parts.leaves()) {
            out.append("leaf ").append(leaf.mimeType()).append(' ').append(leaf.containers()).append(' ')
                    .append(Arrays.toString(leaf.content())).append('\n').append(fields(leaf.fields()));
        }
        return out.toString();
    }

    private static String fields(List<Field> fields) {
        StringBuilder out = new StringBuilder();
        for (Field f : fields) {
            out.append(f.getName()).append(" = ").append(Arrays.toString(f.getRaw().toByteArray())).append(" / ")
                    .append(f.getBody()).append('\n');
        }
        return out.toString();
    }

    private static String body(Random random, String eol) {
        StringBuilder b = new StringBuilder();
        int lines = random.nextInt(6);
        for (int i = 0; i < lines; i++) {
            b.append(switch (random.nextInt(6)) {
                case 0 -> "";
                case 1 -> "-- ";
                case 2 -> "--not-a-boundary";
                case 3 -> "Héllo 你好 line " + i;
                default -> "text " + random.nextInt(1000);
            }).append(eol);
        }
        return b.toString();
    }

    /** A part or message: headers (some folded), then a leaf body or nested multipart with preamble and epilogue. */
    private static String entity(Random random, String eol, int depth, String parentSubtype) {
        StringBuilder e = new StringBuilder();
        if (random.nextInt(4) == 0) {
            e.append("X-Note: first").append(eol).append("\tfolded ").append(random.nextInt(99)).append(eol);
        }
        if (depth < 3 && random.nextInt(3) == 0) {
            String subtype = SUBTYPES[random.nextInt(SUBTYPES.length)];
            String boundary = "b" + depth + "_" + random.nextInt(1_000_000) + "=_part";
            e.append("Content-Type: multipart/").append(subtype).append(";").append(eol)
                    .append(" boundary=\"").append(boundary).append('"').append(eol).append(eol);
            if (random.nextBoolean()) {
                e.append("This is a multi-part message in MIME format.").append(eol);
            }
            int parts = 1 + random.nextInt(3);
            for (int i = 0; i < parts; i++) {
                e.append("--").append(boundary).append(eol).append(entity(random, eol, depth + 1, subtype)).append(eol);
            }
            e.append("--").append(boundary).append("--").append(random.nextBoolean() ? eol + "epilogue" + eol : "");
            return e.toString();
        }
        switch (parentSubtype.equals("digest") ? 4 : random.nextInt(4)) {
            case 0 -> e.append("Content-Type: text/plain; charset=UTF-8").append(eol)
                    .append("Content-Transfer-Encoding: quoted-printable").append(eol).append(eol)
                    .append("Caf=C3=A9 =").append(eol).append("soft break").append(eol);
            case 1 -> {
                byte[] data = new byte[random.nextInt(300)];
                random.nextBytes(data);
                e.append("Content-Type: image/png; name=\"shot.png\"").append(eol)
                        .append("Content-Disposition: attachment; filename=\"shot.png\"").append(eol)
                        .append("Content-Transfer-Encoding: BASE64 ").append(eol).append(eol)
                        .append(Base64.getMimeEncoder(76, eol.getBytes(StandardCharsets.US_ASCII))
                                .encodeToString(data)).append(eol);
            }
            case 2 -> e.append("Content-Type: text/html; charset=utf-8").append(eol).append(eol)
                    .append("<p>Hello</p>").append(eol).append(body(random, eol));
            default -> e.append(eol).append(body(random, eol)); // no Content-Type: text/plain, in a digest a message
        }
        return e.toString();
    }

    private static byte[] message(Random random, String eol) {
        String head = "From: Zhang San <zs@example.com>" + eol + "Subject: =?UTF-8?B?5rWL6K+V?=" + eol
                + "Date: Mon, 4 Nov 2024 10:00:00 +0800" + eol + "Message-ID: <m" + random.nextInt() + "@example.com>"
                + eol + "MIME-Version: 1.0" + eol;
        return (head + entity(random, eol, 0, "mixed")).getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
    void aPlainlyFormedMessageReadsAsMime4jReadsIt(long seed) throws Exception {
        Random random = new Random(seed);
        for (int i = 0; i < 40; i++) {
            byte[] bytes = message(random, random.nextBoolean() ? "\r\n" : "\n");

            MimeSplitter.Parts split = MimeSplitter.split(bytes);

            assertThat(split).as("message %d of seed %d is plainly formed", i, seed).isNotNull();
            MimeParts parts = MimeParts.parse(bytes);
            assertThat(reading(parts)).isEqualTo(reading(MimeParts.parseWithMime4j(bytes)));
            assertThat(fields(MimeParts.header(bytes))).isEqualTo(fields(MimeParts.headerWithMime4j(bytes)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "no closing delimiter|Content-Type: multipart/mixed; boundary=b\n\n--b\n\nfirst\n--b\n\nsecond\n",
        "boundary text inside a line|Content-Type: multipart/mixed; boundary=b\n\n--b\n\nsee --b here\n--b--\n",
        "blanks after a delimiter|Content-Type: multipart/mixed; boundary=b\n\n--b  \n\nfirst\n--b--\n",
        "a longer boundary on a line|Content-Type: multipart/mixed; boundary=b\n\n--b\n\nx\n--bb\n--b--\n",
        "a part without an empty line|Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n--b--",
        "an empty boundary|Content-Type: multipart/mixed; boundary=\"\"\n\n--\n\nfirst\n----\n",
        "a header without its empty line|Subject: only a header\nX-Other: too",
        "an mbox postmark line|From zs@example.com Mon Nov  4 10:00:00 2024\nSubject: x\n\nbody\n",
        "a folded first line| folded: x\nSubject: x\n\nbody\n"})
    void anyOtherFormIsLeftToMime4j(String namedMessage) throws Exception {
        String text = "From: a@example.com\n" + namedMessage.substring(namedMessage.indexOf('|') + 1);
        if (namedMessage.startsWith("an mbox") || namedMessage.startsWith("a folded")) {
            text = namedMessage.substring(namedMessage.indexOf('|') + 1);
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

        assertThat(MimeSplitter.split(bytes)).isNull();
        assertThat(reading(MimeParts.parse(bytes))).isEqualTo(reading(MimeParts.parseWithMime4j(bytes)));
    }

    @Test
    void aMultipartWithoutBoundaryIsOnePlainTextLeafAsInMime4j() throws Exception {
        byte[] bytes = "From: a@example.com\nContent-Type: multipart/mixed\n\n--b\n\nfirst\n--b--\n"
                .getBytes(StandardCharsets.US_ASCII);

        MimeSplitter.Parts split = MimeSplitter.split(bytes);

        assertThat(split).isNotNull();
        assertThat(split.leaves()).extracting(MimeParts.Leaf::mimeType).containsExactly("text/plain");
        assertThat(reading(MimeParts.parse(bytes))).isEqualTo(reading(MimeParts.parseWithMime4j(bytes)));
    }

    @Test
    void theLastOfSeveralBoundaryParametersAndTheFirstValidContentTypeCount() throws Exception {
        byte[] bytes = ("From: a@example.com\r\nContent-Type: bogus\r\nContent-Type: multipart/alternative; "
                + "boundary=x; BOUNDARY=y\r\nContent-Type: text/plain\r\n\r\n--y\r\n\r\nplain\r\n--y\r\n"
                + "Content-Type: text/html\r\n\r\n<b>html</b>\r\n--y--\r\n").getBytes(StandardCharsets.US_ASCII);

        MimeSplitter.Parts split = MimeSplitter.split(bytes);

        assertThat(split).isNotNull();
        assertThat(split.leaves()).extracting(MimeParts.Leaf::mimeType).containsExactly("text/plain", "text/html");
        assertThat(new String(split.leaves().get(0).content(), StandardCharsets.US_ASCII)).isEqualTo("plain");
        assertThat(reading(MimeParts.parse(bytes))).isEqualTo(reading(MimeParts.parseWithMime4j(bytes)));
    }
}
