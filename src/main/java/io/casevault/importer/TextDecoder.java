package io.casevault.importer;

import org.mozilla.universalchardet.UniversalDetector;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Turns statement bytes into text. Order: a byte-order mark decides; else text that is valid UTF-8 is UTF-8; else
 * juniversalchardet's guess, then GB18030 (Alipay's exports), then Windows-1252 (old European PayPal files).
 * {@link #candidates} gives every plausible reading so the caller can keep the one whose header it recognises.
 */
final class TextDecoder {
    static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFF_BYTES = 64 * 1024;

    private TextDecoder() {
    }

    /**
     * The readings worth trying, best first, decoded only when asked for (a 100,000-row statement is tens of
     * megabytes); a reading whose bytes are not valid in its character set is skipped. Never empty.
     */
    static List<Supplier<DecodedText>> candidates(byte[] bytes) {
        List<Supplier<DecodedText>> out = new ArrayList<>();
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            out.add(() -> new DecodedText(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8),
                    StandardCharsets.UTF_8));
            return out;
        }
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            Charset cs = bytes[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            out.add(() -> new DecodedText(new String(bytes, 2, bytes.length - 2, cs), cs));
            return out;
        }
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            out.add(() -> new DecodedText(utf8, StandardCharsets.UTF_8));
            return out;
        }
        Set<Charset> tried = new LinkedHashSet<>();
        Charset detected = detect(bytes);
        if (detected != null) {
            tried.add(detected);
        }
        tried.add(GB18030);
        tried.add(WINDOWS_1252);
        for (Charset cs : tried) {
            out.add(() -> {
                String text = strict(bytes, cs);
                return text == null ? null : new DecodedText(text, cs);
            });
        }
        out.add(() -> new DecodedText(new String(bytes, GB18030), GB18030));
        return out;
    }

    private static Charset detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, SNIFF_BYTES));
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null) {
            return null;
        }
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.startsWith("GB") || upper.equals("HZ-GB-2312")) {
            return GB18030; // a superset of GB2312 and GBK, so never worse
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String strict(byte[] bytes, Charset cs) {
        CharsetDecoder decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the text looks like Chinese or accented text that went through the wrong encoding once already (UTF-8
     * read as Windows-1252 or GBK and saved again): re-encoding it that way gives valid UTF-8 with other letters.
     */
    static boolean looksGarbled(String text) {
        String sample = text.length() > 4000 ? text.substring(0, 4000) : text;
        if (sample.indexOf('\uFFFD') >= 0) {
            return true;
        }
        boolean nonAscii = sample.chars().anyMatch(c -> c > 0x7F);
        if (!nonAscii) {
            return false;
        }
        for (Charset wrong : List.of(WINDOWS_1252, StandardCharsets.ISO_8859_1, GB18030)) {
            if (!wrong.newEncoder().canEncode(sample)) {
                continue;
            }
            String again = strict(sample.getBytes(wrong), StandardCharsets.UTF_8);
            if (again != null && !again.equals(sample)) {
                return true;
            }
        }
        return false;
    }
}
