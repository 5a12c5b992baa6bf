package io.casevault.dossier;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How one dossier is written: its language, whether the originals of unredacted exhibits are attached, whether the
 * audit log is printed, the zone times are shown in and the moment printed as "generated at".
 */
public record DossierOptions(Lang lang, boolean attachOriginals, boolean includeAuditLog, ZoneId zone,
                             Instant generatedAt) {

    public DossierOptions {
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(generatedAt, "generatedAt");
    }
}
