package io.casevault.ocr;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.nio.FloatBuffer;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds text boxes with the PP-OCRv4 detection model: the image scaled so its long side is at most
 * {@link #MAX_SIDE} (never enlarged) with both sides rounded to a multiple of 32, ImageNet mean and deviation per
 * BGR channel, then {@link TextRegions} on the probability map, boxes scaled back to the image's own pixels.
 */
final class Detector {
    /**
     * 1152 rather than PaddleOCR-style 1600: on a 1080 × 2400 screenshot the detector's CPU time is about 0.17 s
     * instead of 0.43 s (one thread) and peak memory is lower, and 30 px text is still 14 px high, which the
     * detector still finds. Every key line of the rendered payment screens is read at 1152 and 1280; at 1024 the
     * leading minus of some amounts falls outside their boxes (see src/bench/ocr.sh).
     */
    static final int MAX_SIDE = 1152;
    private static final float[] MEAN = {0.485f, 0.456f, 0.406f};
    private static final float[] STD = {0.229f, 0.224f, 0.225f};

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final String input;
    private final InputBuffer buffer = new InputBuffer();

    Detector(OrtEnvironment environment, OrtSession session) {
        this.environment = environment;
        this.session = session;
        this.input = session.getInputNames().iterator().next();
    }

    /** The model's input size for a {@code width × height} image. */
    static Dimension inputSize(int width, int height) {
        double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(width, height));
        return new Dimension(multipleOf32(width * scale), multipleOf32(height * scale));
    }

    private static int multipleOf32(double side) {
        return Math.max(32, (int) Math.round(side / 32) * 32);
    }

    /** The text boxes of an upright image, in its pixels, in no particular order. */
    List<TextRegions.PixelBox> detect(BufferedImage image) throws OrtException {
        int w = image.getWidth();
        int h = image.getHeight();
        Dimension size = inputSize(w, h);
        FloatBuffer tensor = buffer.zeroed(3 * size.width * size.height);
        Pixels.normalise(Pixels.bgr(image, 0, 0, w, h, size.width, size.height), size.width, size.height, tensor, 0,
                size.width, MEAN, STD);
        float[] map = new float[size.width * size.height];
        try (OnnxTensor in = OnnxTensor.createTensor(environment, tensor, new long[] {1, 3, size.height, size.width});
             OrtSession.Result result = session.run(Map.of(input, in))) {
            ((OnnxTensor) result.get(0)).getFloatBuffer().get(map);
        }
        return TextRegions.find(map, size.width, size.height).stream()
                .map(r -> r.inImage(size.width, size.height, w, h))
                .flatMap(Optional::stream)
                .toList();
    }
}
