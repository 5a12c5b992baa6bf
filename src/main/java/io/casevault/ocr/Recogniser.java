package io.casevault.ocr;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;

import java.awt.image.BufferedImage;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the text in boxes with the PP-OCRv4 recognition model: each crop scaled to {@link #HEIGHT} pixels high
 * (width by its aspect, at most {@link #MAX_WIDTH}), values {@code (v / 255 − 0.5) / 0.5} per BGR channel, followed
 * by {@link #TRAILING} columns of zeros (and at least {@link #MIN_WIDTH} wide in all), then {@link CtcDecoder}.
 *
 * <p>Each crop is run on its own. The model's cost grows with the columns it is given, and on one thread a batch
 * costs more per column than single crops (at 640 columns: 0.087 ms per column in a batch of 6, 0.068 alone), besides
 * padding every crop to the batch's widest. The trailing columns stand in for that padding: without them the model
 * sometimes drops a leading minus sign ({@code -$5,337.06 USD} read as {@code $5,337.06 USD}); 16 are enough on the
 * rendered payment screens, 24 leave a margin.
 */
final class Recogniser {
    static final int HEIGHT = 48;
    static final int MIN_WIDTH = 96;
    static final int MAX_WIDTH = 3200;
    static final int TRAILING = 24;
    private static final float[] HALF = {0.5f, 0.5f, 0.5f};

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final String input;
    private final CtcDecoder decoder;
    private final int classes;
    private final InputBuffer buffer = new InputBuffer();

    Recogniser(OrtEnvironment environment, OrtSession session, CharacterSet characters) {
        this.environment = environment;
        this.session = session;
        this.input = session.getInputNames().iterator().next();
        this.decoder = new CtcDecoder(characters);
        this.classes = characters.size();
    }

    /** The number of classes the model outputs per step (its last output dimension). */
    static long outputClasses(OrtSession session) throws OrtException {
        long[] shape = ((TensorInfo) session.getOutputInfo().values().iterator().next().getInfo()).getShape();
        return shape[shape.length - 1];
    }

    /** The scaled width of a {@code width × height} crop. */
    static int scaledWidth(int width, int height) {
        return (int) Math.min(MAX_WIDTH, Math.max(1, Math.ceil(HEIGHT * (double) width / height)));
    }

    /** The text of each box, in the order of {@code boxes}. */
    List<CtcDecoder.Decoded> read(BufferedImage image, List<TextRegions.PixelBox> boxes) throws OrtException {
        List<CtcDecoder.Decoded> texts = new ArrayList<>(boxes.size());
        for (TextRegions.PixelBox box : boxes) {
            texts.add(readOne(image, box));
        }
        return texts;
    }

    private CtcDecoder.Decoded readOne(BufferedImage image, TextRegions.PixelBox box) throws OrtException {
        int w = scaledWidth(box.width(), box.height());
        int width = Math.max(MIN_WIDTH, w + TRAILING);
        FloatBuffer tensor = buffer.zeroed(3 * HEIGHT * width);
        Pixels.normalise(Pixels.bgr(image, box.x(), box.y(), box.width(), box.height(), w, HEIGHT), w, HEIGHT, tensor,
                0, width, HALF, HALF);
        try (OnnxTensor in = OnnxTensor.createTensor(environment, tensor, new long[] {1, 3, HEIGHT, width});
             OrtSession.Result result = session.run(Map.of(input, in))) {
            OnnxTensor out = (OnnxTensor) result.get(0);
            long[] shape = out.getInfo().getShape();
            if (shape[2] != classes) {
                throw new IllegalStateException("the recogniser gave " + shape[2] + " classes, not " + classes);
            }
            // a copy on the Java heap already: decode it where it is rather than copying it again
            FloatBuffer probs = out.getFloatBuffer();
            float[] values = probs.hasArray() && probs.arrayOffset() == 0 ? probs.array() : copy(probs);
            return decoder.decode(values, 0, (int) shape[1]);
        }
    }

    private static float[] copy(FloatBuffer buffer) {
        float[] values = new float[buffer.remaining()];
        buffer.get(values);
        return values;
    }
}
