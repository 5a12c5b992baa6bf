package io.casevault.app;

import io.casevault.domain.Evidence;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The file names of exported originals: the exhibit number, zero-padded so the files sort in exhibit order, then the
 * original's name made safe on Windows, macOS and Linux — {@code E-03 screenshot-name.png}. No character Windows
 * refuses ({@code \ / : * ? " < > |}, control characters), no trailing dot or space, NFC (as macOS stores names), at
 * most 255 UTF-8 bytes with the extension kept, unique even where names differ only in case. The exhibit prefix also
 * keeps a name from being a device name such as {@code CON} or starting with a dot.
 */
final class OriginalsExportNames {
    static final String SUMS = "SHA256SUMS";
    private static final int MAX_BYTES = 255;
    private static final int MAX_EXTENSION = 16;

    private OriginalsExportNames() {
    }

    /** A unique file name per exhibit, in the given order. */
    static Map<Evidence, String> of(List<Evidence> exhibits, int highestExhibitNo) {
        int width = Math.max(2, String.valueOf(highestExhibitNo).length());
        Map<Evidence, String> names = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        taken.add(SUMS.toLowerCase(Locale.ROOT));
        for (Evidence e : exhibits) {
            String prefix = "E-" + "0".repeat(Math.max(0, width - String.valueOf(e.exhibitNo()).length()))
                    + e.exhibitNo();
            String name = name(prefix, e.originalName());
            for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
                name = name(prefix + " (" + n + ")", e.originalName());
            }
            names.put(e, name);
        }
        return names;
    }

    /** {@code prefix} and the safe form of {@code original}, at most 255 UTF-8 bytes. */
    static String name(String prefix, String original) {
        String base = safe(original);
        String extension = "";
        int dot = base.lastIndexOf('.');
        if (dot > 0 && base.length() - dot <= MAX_EXTENSION) {
            extension = base.substring(dot);
            base = base.substring(0, dot);
        }
        String head = base.isEmpty() ? prefix : prefix + " " + base;
        while (utf8(head + extension) > MAX_BYTES) {
            head = head.substring(0, head.offsetByCodePoints(0, head.codePointCount(0, head.length()) - 1)).strip();
        }
        return head + extension;
    }

    private static String safe(String original) {
        String name = Normalizer.normalize(original, Normalizer.Form.NFC);
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        name = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}\\u2028\\u2029]", "_");
        name = name.replaceAll("\\s+", " ").strip();
        return name.replaceAll("[. ]+$", "");
    }

    private static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
