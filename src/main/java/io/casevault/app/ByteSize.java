package io.casevault.app;

import io.casevault.domain.DomainException;
import io.casevault.domain.Reason;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A size the user types, such as {@code 20MB}, {@code 5 MB}, {@code 512KB} or {@code 1.5MB}: decimal units (1 MB =
 * 1,000,000 bytes, as e-mail and upload limits are stated), B, KB, MB or GB, case-insensitive.
 */
public final class ByteSize {
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(B|KB|MB|GB)?");
    /** Below this no dossier fits: the fonts and cover alone take more. */
    public static final long MIN = 100_000;

    private ByteSize() {
    }

    /** The bytes {@code text} stands for, or a {@link DomainException} saying what is wrong with it. */
    public static long parse(String option, String text) {
        Matcher m = SIZE.matcher(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new DomainException(Reason.of("size.invalid", option + " must be a size such as 20MB, 5MB or 512KB, "
                    + "not \"" + text + "\".", option, String.valueOf(text)));
        }
        double n = Double.parseDouble(m.group(1));
        long unit = switch (m.group(2) == null ? "B" : m.group(2)) {
            case "KB" -> 1_000L;
            case "MB" -> 1_000_000L;
            case "GB" -> 1_000_000_000L;
            default -> 1L;
        };
        long bytes = (long) Math.floor(n * unit);
        if (bytes < MIN) {
            throw new DomainException(Reason.of("size.tooSmall", option + " must be at least 100KB: the dossier's "
                    + "fonts and cover alone take about that much.", option));
        }
        return bytes;
    }

    /** Bytes as the user reads them, in decimal units: {@code 19.6 MB}, {@code 512 KB}. */
    public static String format(long bytes) {
        if (bytes >= 1_000_000) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
        }
        if (bytes >= 1_000) {
            return String.format(Locale.ROOT, "%d KB", Math.round(bytes / 1e3));
        }
        return bytes + " B";
    }
}
