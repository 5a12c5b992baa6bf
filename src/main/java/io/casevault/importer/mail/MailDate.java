package io.casevault.importer.mail;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * When a message was written: the instant, the zone its header gave (to show the sender's clock), and where the
 * time came from.
 */
public record MailDate(Instant at, ZoneId zone, Source source) {

    /** The header the time was read from. */
    public enum Source {
        /** The Date header with its offset. */
        DATE,
        /** The Date header had no zone; its wall-clock time was taken in the zone the parser was given. */
        DATE_WITHOUT_ZONE,
        /**
         * No usable Date header: the time in the newest (topmost) Received header, stamped by the receiving side's
         * server; older hops are written by servers the sender may control.
         */
        RECEIVED
    }

    public MailDate {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(source, "source");
    }
}
