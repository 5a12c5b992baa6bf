package io.casevault.dossier;

import io.casevault.domain.Case;
import io.casevault.domain.CaseStatus;
import io.casevault.domain.Category;
import io.casevault.domain.Timeline;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.junit.jupiter.api.Timeout;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;

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

    /**
     * The metadata is made apart from the pages, on a worker: the document information, the XMP packet and the output
     * intent are there and agree, from a worker as from an executor that never runs what it is given (the page writer
     * then makes it itself).
     */
    @ParameterizedTest(name = "executor runs its tasks: {0}")
    @ValueSource(booleans = {true, false})
    // a writer that waited for a task that never runs would wait for ever
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void theMetadataIsMadeBesideThePagesAndWrittenWithThem(boolean runs) throws IOException {
        Path out = dir.resolve("dossier.pdf");
        List<Runnable> dropped = new ArrayList<>();
        Executor executor = runs ? Runnable::run : dropped::add;

        write(out, executor);

        assertThat(dropped).hasSize(runs ? 0 : 1);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Output · Evidence dossier");
            assertThat(info.getProducer()).isEqualTo("CaseVault (Apache PDFBox)");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(Instant.parse("2026-11-25T02:00:00Z"));
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en");
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("Output · Evidence dossier", "CaseVault (Apache PDFBox)",
                    "2026-11-25T10:00:00+08:00", "<pdfaid:part>3</pdfaid:part>");
            assertThat(doc.getDocumentCatalog().getOutputIntents()).singleElement()
                    .satisfies(intent -> assertThat(intent.getOutputConditionIdentifier())
                            .isEqualTo("sRGB IEC61966-2.1"));
        }
    }

    private DossierResult write(Path out) throws IOException {
        return write(out, Runnable::run);
    }

    private DossierResult write(Path out, Executor executor) throws IOException {
        Case c = new Case(1, "Output", "Shop", null, Category.FUNDS_NOT_RECEIVED, "", null, List.of(),
                CaseStatus.DRAFT, null, LocalDate.of(2026, 11, 4), null, List.of(),
                Instant.parse("2026-11-04T00:00:00Z"), null, false);
        var timeline = Timeline.build(c, List.of(), List.of(), List.of(), List.of(), ZONE,
                LocalDate.of(2026, 11, 25));
        DossierInput in = new DossierInput(c, List.of(), List.of(), List.of(), List.of(), timeline, List.of(),
                new OneFileBlobs(dir.resolve("none")));
        return new DossierWriter(executor, 1).write(in, new DossierOptions(Lang.EN, false, false, ZONE,
                Instant.parse("2026-11-25T02:00:00Z")), out, DossierProgress.NONE);
    }
}
