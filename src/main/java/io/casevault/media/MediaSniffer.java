package io.casevault.media;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/** Determines a media type from a file's first bytes (magic numbers); never looks at the file name. */
public final class MediaSniffer {

    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String GIF = "image/gif";
    public static final String BMP = "image/bmp";
    public static final String WEBP = "image/webp";
    public static final String HEIC = "image/heic";
    public static final String AVIF = "image/avif";
    public static final String PDF = "application/pdf";
    public static final String ZIP = "application/zip";
    public static final String MP3 = "audio/mpeg";
    public static final String AAC = "audio/aac";
    public static final String WAV = "audio/wav";
    public static final String M4A = "audio/mp4";
    public static final String MP4 = "video/mp4";
    public static final String QUICKTIME = "video/quicktime";
    public static final String OGG = "audio/ogg";
    public static final String FLAC = "audio/flac";
    public static final String HTML = "text/html";
    public static final String TEXT = "text/plain";
    public static final String OCTET_STREAM = "application/octet-stream";

    /** How many leading bytes callers should pass for a reliable answer. */
    public static final int HEAD_SIZE = 8192;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final String[] HTML_STARTS = {"<!doctype html", "<html", "<head", "<body"};

    private MediaSniffer() {
    }

    /**
     * Sniffs the media type of a file from its first {@code len} bytes.
     *
     * @param head the file's leading bytes (ideally {@link #HEAD_SIZE} of them, fewer for short files)
     * @param len  how many bytes of {@code head} are valid
     * @return a media type; {@code application/octet-stream} when nothing matched
     */
    public static String sniff(byte[] head, int len) {
        Objects.requireNonNull(head, "head");
        if (len < 0 || len > head.length) {
            throw new IllegalArgumentException("len out of range: " + len);
        }
        if (len == 0) {
            return OCTET_STREAM;
        }
        if (looksLikePng(head, len)) {
            return PNG;
        }
        if (startsWith(head, len, 0, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWithAscii(head, len, 0, "GIF87a") || startsWithAscii(head, len, 0, "GIF89a")) {
            return GIF;
        }
        if (startsWithAscii(head, len, 0, "RIFF") && len >= 12) {
            if (startsWithAscii(head, len, 8, "WEBP")) {
                return WEBP;
            }
            if (startsWithAscii(head, len, 8, "WAVE")) {
                return WAV;
            }
        }
        if (looksLikeBmp(head, len)) {
            return BMP;
        }
        if (startsWithAscii(head, len, 0, "%PDF-")) {
            return PDF;
        }
        if (startsWith(head, len, 0, 'P', 'K', 3, 4) || startsWith(head, len, 0, 'P', 'K', 5, 6)
                || startsWith(head, len, 0, 'P', 'K', 7, 8)) {
            return ZIP;
        }
        if (startsWithAscii(head, len, 4, "ftyp")) {
            return isoBrand(head, len);
        }
        if (startsWithAscii(head, len, 0, "OggS")) {
            return OGG;
        }
        if (startsWithAscii(head, len, 0, "fLaC")) {
            return FLAC;
        }
        if (startsWithAscii(head, len, 0, "ID3")) {
            return MP3;
        }
        String audio = mpegAudioFrame(head, len);
        if (audio != null) {
            return audio;
        }
        if (isUtf8Text(head, len)) {
            return looksLikeHtml(head, len) ? HTML : TEXT;
        }
        return OCTET_STREAM;
    }

    /**
     * True for the PNG signature and for near misses (a damaged signature followed by an IHDR chunk header), so
     * that a corrupted PNG is rejected as a broken image instead of being accepted as unknown binary data.
     */
    private static boolean looksLikePng(byte[] head, int len) {
        return startsWith(head, len, 0, PNG_SIGNATURE) || startsWithAscii(head, len, 12, "IHDR");
    }

    /** "BM" is a weak magic, so also require a known DIB header size. */
    private static boolean looksLikeBmp(byte[] head, int len) {
        if (len < 18 || head[0] != 'B' || head[1] != 'M') {
            return false;
        }
        int dibSize = (head[14] & 0xFF) | (head[15] & 0xFF) << 8 | (head[16] & 0xFF) << 16 | (head[17] & 0xFF) << 24;
        return switch (dibSize) {
            case 12, 16, 40, 52, 56, 64, 108, 124 -> true;
            default -> false;
        };
    }

    private static String isoBrand(byte[] head, int len) {
        if (len < 12) {
            return MP4;
        }
        String brand = new String(head, 8, 4, StandardCharsets.ISO_8859_1);
        return switch (brand) {
            case "M4A ", "M4B ", "M4P " -> M4A;
            case "heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1" -> HEIC;
            case "avif", "avis" -> AVIF;
            case "qt  " -> QUICKTIME;
            default -> MP4;
        };
    }

    /** MPEG audio frame sync without an ID3 tag: MP3 (layer III..I) or AAC in ADTS framing (layer bits 00). */
    private static String mpegAudioFrame(byte[] head, int len) {
        if (len < 4 || (head[0] & 0xFF) != 0xFF || (head[1] & 0xE0) != 0xE0) {
            return null;
        }
        int version = (head[1] >> 3) & 0x03;
        int layer = (head[1] >> 1) & 0x03;
        if (layer == 0) {
            return (head[1] & 0xF6) == 0xF0 ? AAC : null;
        }
        int bitrateIndex = (head[2] >> 4) & 0x0F;
        int sampleRateIndex = (head[2] >> 2) & 0x03;
        if (version == 1 || bitrateIndex == 0x0F || sampleRateIndex == 3) {
            return null;
        }
        return MP3;
    }

    /** Valid UTF-8 without NUL bytes; an incomplete sequence cut off by the end of the head buffer is fine. */
    static boolean isUtf8Text(byte[] head, int len) {
        int i = 0;
        while (i < len) {
            int b = head[i] & 0xFF;
            if (b == 0) {
                return false;
            }
            if (b < 0x80) {
                i++;
                continue;
            }
            int extra;
            int min;
            if (b >= 0xC2 && b <= 0xDF) {
                extra = 1;
                min = 0x80;
            } else if (b >= 0xE0 && b <= 0xEF) {
                extra = 2;
                min = 0x800;
            } else if (b >= 0xF0 && b <= 0xF4) {
                extra = 3;
                min = 0x10000;
            } else {
                return false;
            }
            int cp = b & (0x3F >> extra);
            for (int k = 1; k <= extra; k++) {
                if (i + k >= len) {
                    // cut off by the sniff window: only acceptable when the window was full
                    return len == head.length && len >= HEAD_SIZE;
                }
                int c = head[i + k] & 0xFF;
                if ((c & 0xC0) != 0x80) {
                    return false;
                }
                cp = (cp << 6) | (c & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return false;
            }
            i += extra + 1;
        }
        return true;
    }

    private static boolean looksLikeHtml(byte[] head, int len) {
        int i = startsWith(head, len, 0, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        while (i < len && Character.isWhitespace(head[i])) {
            i++;
        }
        int n = Math.min(len - i, 16);
        String start = new String(head, i, n, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        for (String html : HTML_STARTS) {
            if (start.startsWith(html)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] head, int len, int offset, byte[] magic) {
        if (offset + magic.length > len) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[offset + i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] head, int len, int offset, int... magic) {
        if (offset + magic.length > len) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[offset + i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithAscii(byte[] head, int len, int offset, String magic) {
        if (offset + magic.length() > len) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (head[offset + i] != (byte) magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
