package io.casevault.media;

import com.drew.lang.ByteArrayReader;
import com.drew.lang.KeyValuePair;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifReader;
import com.drew.metadata.png.PngDirectory;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * ImageMagick stores EXIF in PNG text chunks as a hex dump ("Raw profile type exif"), written before the eXIf
 * chunk existed; metadata-extractor leaves it as text, so decode it here and run its EXIF reader on the bytes.
 */
final class RawProfileExif {

    private static final byte[] EXIF_PREAMBLE = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);

    private RawProfileExif() {
    }

    static void addTo(Metadata metadata) {
        for (PngDirectory dir : metadata.getDirectoriesOfType(PngDirectory.class)) {
            if (!(dir.getObject(PngDirectory.TAG_TEXTUAL_DATA) instanceof List<?> pairs)) {
                continue;
            }
            for (Object pair : pairs) {
                if (pair instanceof KeyValuePair kv && isExifProfile(kv.getKey()) && kv.getValue() != null) {
                    byte[] exif = decode(kv.getValue().toString(StandardCharsets.ISO_8859_1));
                    if (exif != null) {
                        int offset = startsWithPreamble(exif) ? EXIF_PREAMBLE.length : 0;
                        new ExifReader().extract(new ByteArrayReader(exif), metadata, offset);
                        return;
                    }
                }
            }
        }
    }

    private static boolean isExifProfile(String key) {
        return "Raw profile type exif".equals(key) || "Raw profile type APP1".equals(key);
    }

    /** Format: "\n" name "\n" decimal length "\n" hex lines; returns null when malformed. */
    static byte[] decode(String text) {
        String[] parts = text.stripLeading().split("\\s+", 3);
        if (parts.length < 3) {
            return null;
        }
        int length;
        try {
            length = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            return null;
        }
        if (length <= 0 || length > parts[2].length() / 2) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(length);
        int high = -1;
        for (int i = 0; i < parts[2].length() && out.size() < length; i++) {
            int digit = Character.digit(parts[2].charAt(i), 16);
            if (digit < 0) {
                if (!Character.isWhitespace(parts[2].charAt(i))) {
                    return null;
                }
                continue;
            }
            if (high < 0) {
                high = digit;
            } else {
                out.write(high << 4 | digit);
                high = -1;
            }
        }
        return out.size() == length ? out.toByteArray() : null;
    }

    private static boolean startsWithPreamble(byte[] data) {
        if (data.length < EXIF_PREAMBLE.length) {
            return false;
        }
        for (int i = 0; i < EXIF_PREAMBLE.length; i++) {
            if (data[i] != EXIF_PREAMBLE[i]) {
                return false;
            }
        }
        return true;
    }
}
