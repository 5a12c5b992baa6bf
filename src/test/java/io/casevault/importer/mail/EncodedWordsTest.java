package io.casevault.importer.mail;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class EncodedWordsTest {
    private static final String STRAY = " \t.-=_中*";

    /** Characters outside the base64 alphabet inside a "B" word (mailers fold or pad badly) are skipped. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void aBase64WordReadsTheSameWithStrayCharactersInIt(long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int i = 0, n = 1 + random.nextInt(30); i < n; i++) {
            text.append(random.nextBoolean() ? (char) ('a' + random.nextInt(26)) : (char) (0x4e00 + random.nextInt(500)));
        }
        String encoded = Base64.getEncoder().withoutPadding()
                .encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
        StringBuilder messy = new StringBuilder();
        for (int i = 0; i < encoded.length(); i++) {
            if (random.nextInt(4) == 0) {
                messy.append(STRAY.charAt(random.nextInt(STRAY.length())));
            }
            messy.append(encoded.charAt(i));
        }

        assertThat(EncodedWords.decode("Re: =?UTF-8?B?" + messy + "?= ok")).isEqualTo("Re: " + text + " ok");
    }

    @ParameterizedTest
    @ValueSource(strings = {"5Lit5paH", "5Lit5paH==", "5Li t5p aH", "5Lit.5paH"})
    void aBase64WordIsDecoded(String word) {
        assertThat(EncodedWords.decode("=?utf-8?b?" + word + "?=")).isEqualTo("中文");
    }
}
