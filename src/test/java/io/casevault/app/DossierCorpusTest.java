package io.casevault.app;

import io.casevault.domain.NewCase;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every valid PngSuite image (names not starting with x) goes into one dossier, which stays PDF/A-3b. */
@Tag("corpus")
class DossierCorpusTest {
    @TempDir
    Path tmp;

    @Test
    void everyValidPngSuiteImageExportsAndThePdfStillConforms() throws Exception {
        Path suite = Path.of(System.getProperty("casevault.corpora", "../shared/corpora"), "pngsuite");
        Assumptions.assumeTrue(Files.isDirectory(suite), "PngSuite corpus not present");
        List<Path> images;
        try (Stream<Path> files = Files.list(suite)) {
            images = files.filter(p -> p.getFileName().toString().endsWith(".png"))
                    .filter(p -> !p.getFileName().toString().startsWith("x")).sorted().toList();
        }
        try (VaultSession session = VaultSession.create(tmp.resolve("v"),
                Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"), DossierFixture.ZONE))) {
            long id = session.cases().create(new NewCase("PngSuite", "libpng", null, null, null, null, List.of(),
                    null, LocalDate.of(2026, 11, 25), null, null, false)).id();
            var outcomes = session.evidence().add(id, images, "PngSuite", Progress.NONE);
            assertThat(outcomes).allSatisfy(o -> assertThat(o).isNotInstanceOf(AddOutcome.Rejected.class));
            Path out = tmp.resolve("pngsuite.pdf");
            ExportResult result = session.exports().export(id, ExportOptions.of(out, ExportOptions.Language.EN,
                    DossierFixture.ZONE), Progress.NONE);
            assertThat(result.pages()).isGreaterThan(images.size());
            assertThat(PdfChecks.pdfaFailures(out)).isEmpty();
        }
    }
}
