package io.casevault.ocr;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.casevault.domain.Orientation;
import io.casevault.domain.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Offline OCR of Chinese and English text with PaddleOCR's PP-OCRv4 models on ONNX Runtime.
 *
 * <p>Thread-safe: one engine may read several images at once (each call runs the models with the configured number
 * of threads). Images are read as given: the caller passes the first frame of an animated image, and either an
 * upright picture or the stored pixels with their EXIF {@link Orientation}, in which case the text is read upright
 * and the boxes come back in the stored pixels (the space of redaction boxes). Boxes are axis-aligned; text rotated
 * within the picture (a tilted photo) is not straightened. Lines the recogniser is less than
 * {@link #MIN_CONFIDENCE} sure of are dropped, as in PaddleOCR.
 */
public final class OcrEngine implements AutoCloseable {
    public static final double MIN_CONFIDENCE = 0.5;
    private static final Logger LOG = LoggerFactory.getLogger(OcrEngine.class);

    private final OrtSession detection;
    private final OrtSession recognition;
    private final Detector detector;
    private final Recogniser recogniser;
    private final String engine;
    private final String modelVersion;

    private OcrEngine(OrtSession detection, OrtSession recognition, Recogniser recogniser, String engine,
                      String modelVersion) {
        this.detection = detection;
        this.recognition = recognition;
        this.detector = new Detector(OrtEnvironment.getEnvironment(), detection);
        this.recogniser = recogniser;
        this.engine = engine;
        this.modelVersion = modelVersion;
    }

    /**
     * Checks the model files against their pinned SHA-256, starts ONNX Runtime and loads both models.
     *
     * @throws OcrException naming the file, when a model file is missing, damaged or unreadable, when the dictionary
     *                      does not fit the recogniser, or when ONNX Runtime cannot start on this computer
     */
    public static OcrEngine load(OcrSettings settings) throws OcrException {
        Objects.requireNonNull(settings, "settings");
        long start = System.nanoTime();
        ModelFiles.Loaded files = settings.models().load();
        OrtEnvironment environment = environment(settings, files.engine());
        OrtSession detection = null;
        OrtSession recognition = null;
        try (OrtSession.SessionOptions options = options(settings.threads())) {
            detection = session(environment, files.detection(), options, files.detectionName());
            recognition = session(environment, files.recognition(), options, files.recognitionName());
            long classes = Recogniser.outputClasses(recognition);
            if (classes != files.characters().size()) {
                int expected = (int) classes - 2;
                throw new OcrException(Reason.of("ocr.dictionaryMismatch", "The OCR dictionary "
                        + files.dictionaryName() + " has " + files.characters().dictionarySize()
                        + " characters, but the recognition model reads " + expected + ".", files.dictionaryName(),
                        files.characters().dictionarySize(), expected));
            }
            OcrEngine ready = new OcrEngine(detection, recognition,
                    new Recogniser(environment, recognition, files.characters()), files.engine(), files.modelVersion());
            LOG.info("OCR engine ready in {} ms ({}, {}, {} thread(s))", (System.nanoTime() - start) / 1_000_000,
                    files.modelVersion(), files.engine(), settings.threads());
            return ready;
        } catch (OrtException e) {
            closeQuietly(detection, recognition);
            throw runtimeUnavailable(e);
        } catch (OcrException | RuntimeException e) {
            closeQuietly(detection, recognition);
            throw e;
        }
    }

    private static OrtEnvironment environment(OcrSettings settings, String engine) throws OcrException {
        try {
            if (settings.nativeLibraryFolder().isPresent()) {
                NativeLibraryCache.use(settings.nativeLibraryFolder().get(), engine);
            }
            return OrtEnvironment.getEnvironment();
        } catch (IOException | LinkageError | IllegalStateException e) {
            throw runtimeUnavailable(e);
        }
    }

    private static OcrException runtimeUnavailable(Throwable e) {
        return new OcrException(Reason.of("ocr.runtimeUnavailable", "The OCR runtime (ONNX Runtime) cannot start on "
                + "this computer: " + e.getMessage() + ".", String.valueOf(e.getMessage())), e);
    }

    private static OrtSession.SessionOptions options(int threads) throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(threads);
        options.setInterOpNumThreads(1);
        options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        // input sizes change with every image, so planned memory patterns would only be thrown away
        options.setMemoryPatternOptimization(false);
        // the arena stays on: without it the allocator's fragmentation over crops of every width raised the peak
        // resident memory from about 610 MB to 890 MB over ten screenshots, for no gain in speed
        return options;
    }

    private static OrtSession session(OrtEnvironment environment, byte[] model, OrtSession.SessionOptions options,
                                      String name) throws OcrException {
        try {
            return environment.createSession(model, options);
        } catch (OrtException e) {
            throw new OcrException(Reason.of("ocr.modelRejected", "ONNX Runtime cannot load the OCR model file " + name
                    + ": " + e.getMessage() + ".", name, String.valueOf(e.getMessage())), e);
        }
    }

    /** Reads an upright image; boxes are in its pixels. */
    public OcrResult recognise(BufferedImage image) throws OcrException {
        return recognise(image, Orientation.NORMAL);
    }

    /**
     * Reads stored pixels shown with an EXIF orientation: the text is read on the upright picture and the boxes are
     * returned in the stored pixels. A blank image gives no lines.
     */
    public OcrResult recognise(BufferedImage stored, Orientation orientation) throws OcrException {
        Objects.requireNonNull(stored, "stored");
        Objects.requireNonNull(orientation, "orientation");
        BufferedImage picture = Upright.of(stored, orientation);
        try {
            long start = System.nanoTime();
            List<TextRegions.PixelBox> boxes = detector.detect(picture);
            long detected = System.nanoTime();
            List<CtcDecoder.Decoded> texts = recogniser.read(picture, boxes);
            LOG.debug("{} × {} image: {} boxes found in {} ms, read in {} ms", picture.getWidth(), picture.getHeight(),
                    boxes.size(), (detected - start) / 1_000_000, (System.nanoTime() - detected) / 1_000_000);
            List<OcrLine> found = new ArrayList<>();
            for (int i = 0; i < boxes.size(); i++) {
                CtcDecoder.Decoded d = texts.get(i);
                String text = d.text().strip();
                if (!text.isEmpty() && d.confidence() >= MIN_CONFIDENCE) {
                    TextRegions.PixelBox b = boxes.get(i);
                    found.add(new OcrLine(text, Math.min(1, d.confidence()), b.x(), b.y(), b.width(), b.height()));
                }
            }
            List<OcrLine> lines = ReadingOrder.sort(found).stream()
                    .map(l -> inStoredPixels(l, orientation, stored)).toList();
            return new OcrResult(lines, engine, modelVersion);
        } catch (OrtException e) {
            throw new OcrException(Reason.of("ocr.failed", "Text recognition failed: " + e.getMessage() + ".",
                    String.valueOf(e.getMessage())), e);
        }
    }

    private static OcrLine inStoredPixels(OcrLine line, Orientation orientation, BufferedImage stored) {
        if (orientation.code() == 1) {
            return line;
        }
        Orientation.Box box = orientation.toStored(new Orientation.Box(line.x(), line.y(), line.w(), line.h()),
                stored.getWidth(), stored.getHeight());
        return new OcrLine(line.text(), line.confidence(), (int) Math.round(box.x()), (int) Math.round(box.y()),
                (int) Math.round(box.width()), (int) Math.round(box.height()));
    }

    public String engine() {
        return engine;
    }

    public String modelVersion() {
        return modelVersion;
    }

    @Override
    public void close() {
        closeQuietly(detection, recognition);
    }

    private static void closeQuietly(OrtSession... sessions) {
        for (OrtSession s : sessions) {
            if (s == null) {
                continue;
            }
            try {
                s.close();
            } catch (OrtException e) {
                LOG.warn("Could not release an OCR model", e);
            }
        }
    }
}
