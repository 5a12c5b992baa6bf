package io.casevault.app;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What to export: the PDF file to write, its language, whether the originals of unredacted exhibits are attached,
 * whether the audit log is printed, and the zone times are shown in. With {@code maxBytes} above zero it is the
 * submission copy instead: no originals attached, pictures re-encoded only as far as needed for the file to be at most
 * that size, and with {@code split} several numbered volumes when one file cannot be.
 */
public record ExportOptions(Path out, Language language, boolean attachOriginals, boolean includeAuditLog,
                            ZoneId zone, long maxBytes, boolean split) {

    /** The dossier's language. */
    public enum Language { ZH, EN }

    public ExportOptions {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(zone, "zone");
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes " + maxBytes);
        }
        if (split && maxBytes == 0) {
            throw new IllegalArgumentException("Only a submission copy with a size is split");
        }
        if (maxBytes > 0) {
            attachOriginals = false;
        }
    }

    /** The archival dossier. */
    public ExportOptions(Path out, Language language, boolean attachOriginals, boolean includeAuditLog, ZoneId zone) {
        this(out, language, attachOriginals, includeAuditLog, zone, 0, false);
    }

    /** The usual choice: originals attached, no audit log. */
    public static ExportOptions of(Path out, Language language, ZoneId zone) {
        return new ExportOptions(out, language, true, false, zone);
    }

    /** Whether this is the submission copy (a size limit was chosen). */
    public boolean isSubmission() {
        return maxBytes > 0;
    }
}
