package io.casevault.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MediaSnifferTest {

    /** Hex bytes (spaces allowed) or 'text:' followed by literal text. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "89 50 4E 47 0D 0A 1A 0A 00 00 00 0D 49 48 44 52 | image/png",
        "09 50 4E 47 0D 0A 1A 0A 00 00 00 0D 49 48 44 52 | image/png",
        "FF D8 FF E0 00 10 4A 46                         | image/jpeg",
        "text:GIF87a..                                   | image/gif",
        "text:GIF89a..                                   | image/gif",
        "42 4D 3A 00 00 00 00 00 00 00 36 00 00 00 28 00 00 00 | image/bmp",
        "text:BM is also how this note starts            | text/plain",
        "text:RIFF....WEBPVP8                            | image/webp",
        "text:RIFF....WAVEfmt                            | audio/wav",
        "text:%PDF-1.4                                   | application/pdf",
        "50 4B 03 04 14 00                               | application/zip",
        "text:ID3\u0004                                  | audio/mpeg",
        "FF FB 90 64 00                                  | audio/mpeg",
        "FF F1 50 80 00                                  | audio/aac",
        "00 00 00 20 66 74 79 70 4D 34 41 20             | audio/mp4",
        "00 00 00 20 66 74 79 70 69 73 6F 6D             | video/mp4",
        "00 00 00 18 66 74 79 70 68 65 69 63             | image/heic",
        "text:OggS                                       | audio/ogg",
        "text:From: bank@example.com                     | text/plain",
        "text:  <!DOCTYPE html><html>                    | text/html",
        "text:Grüße, 支付宝                              | text/plain",
        "00 01 02 03                                     | application/octet-stream",
        "C3 28 41                                        | application/octet-stream",
        "41 42 00 43                                     | application/octet-stream",
    })
    void sniffsByMagicNumbers(String input, String expected) {
        byte[] head = bytes(input.strip());

        assertThat(MediaSniffer.sniff(head, head.length)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"E4 BD A0 E5", "F0 9F 98"})
    void acceptsMultiByteCharacterCutOffByAFullSniffWindow(String tail) {
        byte[] end = bytes(tail);
        byte[] head = new byte[MediaSniffer.HEAD_SIZE];
        Arrays.fill(head, (byte) 'a');
        System.arraycopy(end, 0, head, head.length - end.length, end.length);

        assertThat(MediaSniffer.sniff(head, head.length)).isEqualTo("text/plain");
        assertThat(MediaSniffer.sniff(Arrays.copyOf(head, 100), 100)).isEqualTo("text/plain");
        byte[] shortFile = Arrays.copyOfRange(head, head.length - 10, head.length);
        assertThat(MediaSniffer.sniff(shortFile, shortFile.length)).isEqualTo("application/octet-stream");
    }

    private static byte[] bytes(String input) {
        if (input.startsWith("text:")) {
            return input.substring(5).getBytes(StandardCharsets.UTF_8);
        }
        String[] parts = input.split("\\s+");
        byte[] result = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            result[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        return result;
    }
}
