package io.casevault.dossier;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.util.DateConverter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An embedded file's dates, formatted by {@link Archival#pdfDate} rather than through PDFBox's calendars, are the text
 * PDFBox's own setters write, for instants across two centuries (seeded) and at the edges of a day and a year.
 */
class ArchivalDatesTest {
    static Stream<Instant> instants() {
        Random random = new Random(20261207L);
        Stream<Instant> edges = Stream.of("1970-01-01T00:00:00Z", "1999-12-31T23:59:59Z", "2000-02-29T12:00:00Z",
                "2026-11-07T04:05:06.999Z", "2099-12-31T23:59:59.5Z").map(Instant::parse);
        Stream<Instant> seeded = random.longs(40, 0, 4_102_444_800_000L).mapToObj(Instant::ofEpochMilli);
        return Stream.concat(edges, seeded);
    }

    @ParameterizedTest
    @MethodSource("instants")
    void theDatesAreThoseTheCalendarSettersWrite(Instant at) {
        Calendar calendar = GregorianCalendar.from(at.atZone(ZoneOffset.UTC).withNano(0));
        PDEmbeddedFile viaCalendar = new PDEmbeddedFile(new COSStream());
        viaCalendar.setModDate(calendar);
        viaCalendar.setCreationDate(calendar);
        COSDictionary expected = viaCalendar.getCOSObject().getCOSDictionary(COSName.PARAMS);

        String date = Archival.pdfDate(at);

        assertThat(date).isEqualTo(DateConverter.toString(calendar));
        assertThat(date).isEqualTo(expected.getString(COSName.MOD_DATE))
                .isEqualTo(expected.getString(COSName.CREATION_DATE));
        assertThat(DateConverter.toCalendar(date).toInstant()).isEqualTo(at.with(java.time.temporal.ChronoField
                .NANO_OF_SECOND, 0));
    }
}
