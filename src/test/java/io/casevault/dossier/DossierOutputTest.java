package io.casevault.dossier;

import io.casevault.domain.Case;
import io.casevault.domain.CaseStatus;
import io.casevault.domain.Category;
import io.casevault.domain.Timeline;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The file a dossier is written to holds the dossier and nothing else, whether it is new, the empty file the export
 * makes beside the output, or a file with something in it already (which the writer empties first).
 */
class DossierOutputTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} bytes there before")
    @ValueSource(ints = {-1, 0, 1, 3_000_000})
    void theFileHoldsTheDossierAlone(int before) throws IOException {
        Path out = dir.resolve("dossier.pdf");
        if (before >= 0) {
            byte[] junk = new byte[before];
            Arrays.fill(junk, (byte) 'x');
            Files.write(out, junk);
        }

        DossierResult result = write(out);

        byte[] pdf = Files.readAllBytes(out);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(new String(pdf, Math.max(0, pdf.length - 7), Math.min(7, pdf.length), StandardCharsets.US_ASCII)
                .strip()).endsWith("%%EOF");
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).doesNotContain("xxxxxxxxxxxxxxxx");
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(result.pages());
        }
    }

    private DossierResult write(Path out) throws IOException {
        Case c = new Case(1, "Output", "Shop", null, Category.FUNDS_NOT_RECEIVED, "", null, List.of(),
                CaseStatus.DRAFT, null, LocalDate.of(2026, 11, 4), null, List.of(),
                Instant.parse("2026-11-04T00:00:00Z"), null, false);
        var timeline = Timeline.build(c, List.of(), List.of(), List.of(), List.of(), ZONE,
                LocalDate.of(2026, 11, 25));
        DossierInput in = new DossierInput(c, List.of(), List.of(), List.of(), List.of(), timeline, List.of(),
                new OneFileBlobs(dir.resolve("none")));
        return new DossierWriter(Runnable::run, 1).write(in, new DossierOptions(Lang.EN, false, false, ZONE,
                Instant.parse("2026-11-25T02:00:00Z")), out, DossierProgress.NONE);
    }
}
