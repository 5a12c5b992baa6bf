package io.casevault.importer.mail;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class Base64LinesTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void base64InLinesDecodesAsTheJdkMimeDecoderDoes(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 300; i++) {
            byte[] data = new byte[random.nextInt(400)];
            random.nextBytes(data);
            String eol = random.nextBoolean() ? "\r\n" : "\n";
            int line = 4 * (1 + random.nextInt(19));
            String text = Base64.getMimeEncoder(line, eol.getBytes(StandardCharsets.US_ASCII)).encodeToString(data)
                    + (random.nextBoolean() ? eol : "");
            if (random.nextBoolean()) {
                text = text.replace("=", ""); // mailers that leave the padding out
            }

            assertThat(Base64Lines.decode(text.getBytes(StandardCharsets.US_ASCII))).as(text).isEqualTo(data);
            // the same text at the start of a larger buffer (a reused one), whatever follows it there
            byte[] buffer = Arrays.copyOf(text.getBytes(StandardCharsets.US_ASCII), text.length() + 1
                    + random.nextInt(100));
            Arrays.fill(buffer, text.length(), buffer.length, (byte) (random.nextBoolean() ? '!' : 'Q'));
            assertThat(Base64Lines.decode(buffer, text.length())).as(text).isEqualTo(data);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18})
    void damagedBase64IsEitherLeftToTheTolerantDecodersOrDecodedAsTheJdkDoes(long seed) {
        Random random = new Random(seed);
        String junk = "=  \t!.-_*\u00e9A/";
        int left = 0;
        for (int i = 0; i < 500; i++) {
            byte[] data = new byte[1 + random.nextInt(100)];
            random.nextBytes(data);
            StringBuilder text = new StringBuilder(Base64.getMimeEncoder().encodeToString(data));
            for (int k = random.nextInt(3); k >= 0; k--) {
                int at = random.nextInt(text.length() + 1);
                if (random.nextBoolean() && at < text.length()) {
                    text.deleteCharAt(at);
                } else {
                    text.insert(at, junk.charAt(random.nextInt(junk.length())));
                }
            }
            byte[] raw = text.toString().getBytes(StandardCharsets.ISO_8859_1);

            byte[] decoded = Base64Lines.decode(raw);

            if (decoded == null) {
                left++;
            } else {
                assertThatCode(() -> Base64.getMimeDecoder().decode(raw)).as(text.toString())
                        .doesNotThrowAnyException();
                assertThat(decoded).as(text.toString()).isEqualTo(Base64.getMimeDecoder().decode(raw));
            }
        }
        assertThat(left).as("damaged inputs left to the tolerant decoders").isGreaterThan(100);
    }
}
