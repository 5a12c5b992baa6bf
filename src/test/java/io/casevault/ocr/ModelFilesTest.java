package io.casevault.ocr;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A damaged or missing model file stops the engine with one sentence naming the file, before ONNX Runtime sees it. */
class ModelFilesTest {
    private static final String DET = "ch_PP-OCRv4_det_infer.onnx";
    private static final String REC = "ch_PP-OCRv4_rec_infer.onnx";
    private static final String KEYS = "ppocr_keys_v1.txt";

    @TempDir
    Path dir;

    @BeforeEach
    void copyTheBundledFiles() throws IOException {
        for (String file : new String[] {DET, REC, KEYS}) {
            try (InputStream in = ModelFilesTest.class.getResourceAsStream("models/" + file)) {
                Files.copy(in, dir.resolve(file));
            }
        }
    }

    @Test
    void untouchedCopiesPassTheCheck() throws OcrException {
        ModelFiles.Loaded loaded = ModelFiles.in(dir).load();
        assertThat(loaded.characters().size()).isEqualTo(6625);
        assertThat(loaded.detectionName()).isEqualTo(dir.resolve(DET).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {DET, REC, KEYS})
    void oneFlippedByteIsRefusedWithASentenceNamingTheFile(String file) throws IOException {
        Path damaged = dir.resolve(file);
        byte[] bytes = Files.readAllBytes(damaged);
        int at = new Random(file.hashCode()).nextInt(bytes.length);
        bytes[at] ^= 0x01;
        Files.write(damaged, bytes);

        assertThatThrownBy(() -> OcrEngine.load(OcrSettings.defaults().withModels(ModelFiles.in(dir))))
                .isInstanceOf(OcrException.class)
                .hasMessage("The OCR model file " + damaged + " is damaged: its SHA-256 is not the one this version of "
                        + "CaseVault ships.")
                .satisfies(e -> assertThat(((OcrException) e).reason().key()).isEqualTo("ocr.modelDamaged"));
    }

    @Test
    void aMissingFileIsNamed() throws IOException {
        Files.delete(dir.resolve(REC));
        assertThatThrownBy(() -> OcrEngine.load(OcrSettings.defaults().withModels(ModelFiles.in(dir))))
                .isInstanceOf(OcrException.class)
                .hasMessage("The OCR model file " + dir.resolve(REC) + " is missing.");
    }

    @Test
    void anEmptyFileIsDamaged() throws IOException {
        Files.write(dir.resolve(DET), new byte[0]);
        assertThatThrownBy(() -> ModelFiles.in(dir).load()).isInstanceOf(OcrException.class)
                .hasMessageContaining(DET).hasMessageContaining("is damaged");
    }
}
