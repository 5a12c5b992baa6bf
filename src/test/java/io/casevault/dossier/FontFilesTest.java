package io.casevault.dossier;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled fonts read from the files the application keeps for them, and from the jar when those fail. */
class FontFilesTest {
    @TempDir
    Path dir;

    @AfterEach
    void fromTheJarAgain() {
        DossierWriter.fontFiles(resource -> Optional.empty());
    }

    private Path copyOf(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = FontSet.class.getResourceAsStream("/io/casevault/fonts/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void theFontsAreReadFromTheFilesGivenForThem() throws IOException {
        Path bold = copyOf("NotoSansSC-Bold.ttf");
        List<URL> asked = new ArrayList<>();
        // every face from the bold file: the regular face shows it was read from there, not from the jar
        DossierWriter.fontFiles(resource -> {
            asked.add(resource);
            return Optional.of(bold);
        });

        try (PDDocument doc = new PDDocument()) {
            FontSet fonts = FontSet.load(doc);
            assertThat(fonts.face(false).font().getName()).endsWith("NotoSansSC-Bold");
            assertThat(fonts.face(false).printable("订单 Order")).isEqualTo("订单 Order");
        }
        assertThat(asked).extracting(URL::getPath)
                .anyMatch(p -> p.endsWith("/io/casevault/fonts/NotoSansSC-Regular.ttf"))
                .anyMatch(p -> p.endsWith("/io/casevault/fonts/NotoSansSC-Bold.ttf"));
    }

    @Test
    void aDamagedOrMissingFileLeavesTheFontToTheJar() throws IOException {
        Path damaged = Files.write(dir.resolve("damaged.ttf"), new byte[] {0, 1, 0, 0, 0, 9});
        DossierWriter.fontFiles(resource -> Optional.of(resource.getPath().endsWith("Bold.ttf") ? damaged
                : dir.resolve("missing.ttf")));

        try (PDDocument doc = new PDDocument()) {
            FontSet fonts = FontSet.load(doc);
            assertThat(fonts.face(false).font().getName()).endsWith("NotoSansSC-Regular");
            assertThat(fonts.face(true).font().getName()).endsWith("NotoSansSC-Bold");
        }
    }
}
