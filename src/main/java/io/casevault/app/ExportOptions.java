package io.casevault.app;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What to export: the PDF file to write, its language, whether the originals of unredacted exhibits are attached,
 * whether the audit log is printed, and the zone times are shown in.
 */
public record ExportOptions(Path out, Language language, boolean attachOriginals, boolean includeAuditLog,
                            ZoneId zone) {

    /** The dossier's language. */
    public enum Language { ZH, EN }

    public ExportOptions {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(zone, "zone");
    }

    /** The usual choice: originals attached, no audit log. */
    public static ExportOptions of(Path out, Language language, ZoneId zone) {
        return new ExportOptions(out, language, true, false, zone);
    }
}
