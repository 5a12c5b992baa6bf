package io.casevault.importer.mail;

import org.mozilla.universalchardet.UniversalDetector;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The character sets mail declares, read the way mail programs read them: GB2312 and GBK as GB18030 (their superset;
 * Chinese mailers routinely label GBK text GB2312), Big5 as Big5-HKSCS, Latin-1 as Windows-1252 (the bytes
 * 0x80–0x9F of "Latin-1" mail are nearly always Windows quotes and dashes; 8-bit text labelled US-ASCII is read as
 * if unlabelled), and the odd labels real mailers
 * write (x-gbk, cp936, utf8, …).
 */
final class MailCharsets {
    static final Charset GB18030 = Charset.forName("GB18030");
    static final Charset BIG5 = Charset.forName("Big5-HKSCS");
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final Map<String, Charset> ALIASES = Map.ofEntries(
            Map.entry("gb2312", GB18030), Map.entry("gbk", GB18030), Map.entry("x-gbk", GB18030),
            Map.entry("cp936", GB18030), Map.entry("ms936", GB18030), Map.entry("windows-936", GB18030),
            Map.entry("gb_2312-80", GB18030), Map.entry("euc-cn", GB18030), Map.entry("x-euc-cn", GB18030),
            Map.entry("chinese", GB18030), Map.entry("csgb2312", GB18030), Map.entry("gb18030", GB18030),
            Map.entry("big5", BIG5), Map.entry("x-x-big5", BIG5), Map.entry("cn-big5", BIG5),
            Map.entry("csbig5", BIG5), Map.entry("big5-hkscs", BIG5), Map.entry("cp950", BIG5),
            Map.entry("iso-8859-1", WINDOWS_1252), Map.entry("latin1", WINDOWS_1252),
            Map.entry("iso8859-1", WINDOWS_1252),
            Map.entry("utf8", StandardCharsets.UTF_8), Map.entry("unicode-1-1-utf-8", StandardCharsets.UTF_8),
            Map.entry("ks_c_5601-1987", Charset.forName("x-windows-949")));

    private MailCharsets() {
    }

    /** The character set a label names, as mail programs read it; empty for a label nobody knows. */
    static Optional<Charset> forLabel(String label) {
        if (label == null || label.isBlank()) {
            return Optional.empty();
        }
        String name = label.strip().replace("\"", "").toLowerCase(Locale.ROOT);
        Charset alias = ALIASES.get(name);
        if (alias != null) {
            return Optional.of(alias);
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    /**
     * Text from bytes that claim {@code label}: the declared set when the bytes are valid in it; else UTF-8 when
     * they are valid UTF-8; else juniversalchardet's guess; else GB18030 (the users' own mail is mostly Chinese),
     * never failing: undecodable bytes become U+FFFD.
     */
    static String decode(byte[] bytes, String label) {
        Optional<Charset> declared = forLabel(label);
        if (declared.isPresent()) {
            String text = strict(bytes, declared.get());
            if (text != null) {
                return text;
            }
        }
        if (isAscii(bytes)) {
            return new String(bytes, StandardCharsets.US_ASCII);
        }
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return utf8;
        }
        Charset guess = detect(bytes).or(() -> declared).orElse(GB18030);
        return new String(bytes, guess);
    }

    /** Header bytes: ASCII as it is, valid UTF-8 as UTF-8, anything else in {@code fallback} (raw 8-bit GBK …). */
    static String decodeHeader(byte[] bytes, Charset fallback) {
        if (isAscii(bytes)) {
            return new String(bytes, StandardCharsets.US_ASCII);
        }
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        return utf8 != null ? utf8 : new String(bytes, fallback);
    }

    static boolean isUtf8(byte[] bytes) {
        return strict(bytes, StandardCharsets.UTF_8) != null;
    }

    static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Charset> detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, 64 * 1024));
        detector.dataEnd();
        return forLabel(detector.getDetectedCharset());
    }

    private static String strict(byte[] bytes, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
