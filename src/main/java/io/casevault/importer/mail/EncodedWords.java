package io.casevault.importer.mail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RFC 2047 encoded words as real mailers write them, not only as the RFC does: whitespace inside a word (a fold in
 * the middle of the base64), a missing closing {@code ?=}, a multi-byte character split across two adjacent words
 * (so adjacent words in one character set are joined before their bytes are decoded), GB2312 labels on GBK bytes
 * (see {@link MailCharsets}), and raw 8-bit text beside them. Two outputs: the decoded text, and a pure-ASCII form in
 * which every such run has become one well-formed UTF-8 word, for mime4j's address and parameter parsers.
 */
final class EncodedWords {
    /** charset (an RFC 2231 language suffix ignored), B or Q, then the text up to "?=", or up to a blank or the end. */
    private static final Pattern WORD = Pattern.compile(
            "=\\?([^?\\s*]+)(?:\\*[^?\\s]*)?\\?([bBqQ])\\?(?:([^?]*)\\?=|([^?\\s]*)(?=\\s|$))");
    private static final Base64.Decoder BASE64 = Base64.getMimeDecoder();

    private EncodedWords() {
    }

    /** The text with every encoded word decoded. */
    static String decode(String value) {
        return convert(value, false);
    }

    /** The same value in ASCII: encoded words normalised, other non-ASCII text wrapped in UTF-8 encoded words. */
    static String ascii(String value) {
        return convert(value, true);
    }

    private static String convert(String value, boolean ascii) {
        if (!value.contains("=?") && (!ascii || isAscii(value))) {
            return value; // no encoded word, nothing to wrap
        }
        StringBuilder out = new StringBuilder(value.length());
        Matcher m = WORD.matcher(value);
        int pos = 0;
        String runCharset = null;
        ByteArrayOutputStream run = new ByteArrayOutputStream();
        while (m.find()) {
            String between = value.substring(pos, m.start());
            String charset = m.group(1).toLowerCase(Locale.ROOT);
            boolean joins = runCharset != null && between.isBlank();
            if (!joins || !charset.equals(runCharset)) {
                flush(out, run, runCharset, ascii);
                // whitespace between two encoded words is not text (RFC 2047 §6.2), even when their charsets differ
                if (!joins) {
                    plain(out, between, ascii);
                }
                runCharset = charset;
            }
            String text = m.group(3) != null ? m.group(3) : m.group(4);
            byte[] bytes = m.group(2).equalsIgnoreCase("B") ? base64(text) : qDecode(text);
            run.writeBytes(bytes);
            pos = m.end();
        }
        flush(out, run, runCharset, ascii);
        plain(out, value.substring(pos), ascii);
        return out.toString();
    }

    private static void flush(StringBuilder out, ByteArrayOutputStream run, String charset, boolean ascii) {
        if (run.size() == 0) {
            return;
        }
        String text = MailCharsets.decode(run.toByteArray(), charset);
        run.reset();
        out.append(ascii ? utf8Word(text) : text);
    }

    private static void plain(StringBuilder out, String text, boolean ascii) {
        if (!ascii) {
            out.append(text);
            return;
        }
        int i = 0;
        while (i < text.length()) {
            int start = i;
            if (text.charAt(i) < 0x80) {
                while (i < text.length() && text.charAt(i) < 0x80) {
                    i++;
                }
                out.append(text, start, i);
            } else {
                while (i < text.length() && text.charAt(i) >= 0x80) {
                    i++;
                }
                out.append(utf8Word(text.substring(start, i)));
            }
        }
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String utf8Word(String text) {
        return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "?=";
    }

    private static byte[] base64(String text) {
        String clean = base64Alphabet(text);
        try {
            return BASE64.decode(clean);
        } catch (IllegalArgumentException e) {
            // a truncated final quantum: keep the bytes the complete ones give
            return BASE64.decode(clean.substring(0, clean.length() - clean.length() % 4));
        }
    }

    /** The characters of {@code text} that are in the base64 alphabet (padding and anything else dropped). */
    private static String base64Alphabet(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/') {
                out.append(c);
            }
        }
        return out.length() == text.length() ? text : out.toString();
    }

    /** The "Q" encoding: '_' is a space, =XX a byte, anything else itself. */
    private static byte[] qDecode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_') {
                out.write(' ');
            } else if (c == '=' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
