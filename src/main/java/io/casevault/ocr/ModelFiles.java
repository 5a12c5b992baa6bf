package io.casevault.ocr;

import io.casevault.domain.Hashes;
import io.casevault.domain.Reason;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Properties;

/**
 * Where the detection model, the recognition model and the dictionary come from: the copies the build unpacked into
 * the application ({@link #bundled()}), or a folder holding files of the same names ({@link #in(Path)}). Either way
 * each file must have the SHA-256 the build pinned (models.properties, filled in from pom.xml).
 */
public final class ModelFiles {
    private static final String PINS = "models.properties";
    private static final String BUNDLED_FOLDER = "models/";

    private final Path folder;

    private ModelFiles(Path folder) {
        this.folder = folder;
    }

    /** The model files inside the application. */
    public static ModelFiles bundled() {
        return new ModelFiles(null);
    }

    /** Model files in a folder, named as the bundled ones are. */
    public static ModelFiles in(Path folder) {
        return new ModelFiles(Objects.requireNonNull(folder, "folder"));
    }

    /** The three files' contents, each checked against its pinned SHA-256. */
    Loaded load() throws OcrException {
        Properties pins = pins();
        byte[] detection = read(pins, "det");
        byte[] recognition = read(pins, "rec");
        byte[] keys = read(pins, "keys");
        String dictionary;
        try {
            dictionary = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(keys)).toString();
        } catch (CharacterCodingException e) {
            throw new OcrException(Reason.of("ocr.modelUnreadable", "The OCR model file " + name(pins, "keys")
                    + " cannot be read: it is not UTF-8 text.", name(pins, "keys"), "not UTF-8"), e);
        }
        return new Loaded(detection, name(pins, "det"), recognition, name(pins, "rec"),
                CharacterSet.fromDictionary(dictionary), name(pins, "keys"), pins.getProperty("version"),
                pins.getProperty("engine"));
    }

    /** The checked contents: models as bytes, the dictionary as classes, and the versions for results. */
    record Loaded(byte[] detection, String detectionName, byte[] recognition, String recognitionName,
                  CharacterSet characters, String dictionaryName, String modelVersion, String engine) {
    }

    private static Properties pins() throws OcrException {
        Properties p = new Properties();
        try (InputStream in = ModelFiles.class.getResourceAsStream(PINS)) {
            if (in == null) {
                throw pinsMissing();
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String key : new String[] {"det.file", "det.sha256", "rec.file", "rec.sha256", "keys.file", "keys.sha256",
                "version", "engine"}) {
            if (p.getProperty(key, "").isBlank() || p.getProperty(key).contains("${")) {
                throw pinsMissing();
            }
        }
        return p;
    }

    private static OcrException pinsMissing() {
        return new OcrException(Reason.of("ocr.pinsMissing",
                "The list of OCR model files (io/casevault/ocr/models.properties) is missing from this build."));
    }

    /** How a file is named to the user: its path in a folder, or its place inside the application. */
    private String name(Properties pins, String kind) {
        String file = pins.getProperty(kind + ".file");
        return folder == null ? "io/casevault/ocr/" + BUNDLED_FOLDER + file : folder.resolve(file).toString();
    }

    private byte[] read(Properties pins, String kind) throws OcrException {
        String file = pins.getProperty(kind + ".file");
        String name = name(pins, kind);
        byte[] bytes;
        try {
            if (folder == null) {
                try (InputStream in = ModelFiles.class.getResourceAsStream(BUNDLED_FOLDER + file)) {
                    if (in == null) {
                        throw new NoSuchFileException(name);
                    }
                    bytes = in.readAllBytes();
                }
            } else {
                bytes = Files.readAllBytes(folder.resolve(file));
            }
        } catch (NoSuchFileException e) {
            throw new OcrException(Reason.of("ocr.modelMissing", "The OCR model file " + name + " is missing.", name),
                    e);
        } catch (IOException e) {
            throw new OcrException(Reason.of("ocr.modelUnreadable", "The OCR model file " + name + " cannot be read: "
                    + e.getMessage() + ".", name, String.valueOf(e.getMessage())), e);
        }
        String actual = Hashes.hex(Hashes.sha256().digest(bytes));
        if (!actual.equals(pins.getProperty(kind + ".sha256"))) {
            throw new OcrException(Reason.of("ocr.modelDamaged", "The OCR model file " + name
                    + " is damaged: its SHA-256 is not the one this version of CaseVault ships.", name));
        }
        return bytes;
    }
}
