package io.casevault.ocr;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;

import java.awt.image.BufferedImage;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Reads the text in boxes with the PP-OCRv4 recognition model: each crop scaled to {@link #HEIGHT} pixels high
 * (width by its aspect, at most {@link #MAX_WIDTH}), crops of similar width batched together and padded to the
 * widest (at least {@link #MIN_WIDTH}), values {@code (v / 255 − 0.5) / 0.5} per BGR channel, then
 * {@link CtcDecoder}.
 */
final class Recogniser {
    static final int HEIGHT = 48;
    static final int MIN_WIDTH = 96;
    static final int MAX_WIDTH = 3200;
    static final int BATCH = 6;
    private static final float[] HALF = {0.5f, 0.5f, 0.5f};

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final String input;
    private final CtcDecoder decoder;
    private final int classes;

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
        Integer[] order = new Integer[boxes.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble(i -> (double) boxes.get(i).width() / boxes.get(i).height()));
        CtcDecoder.Decoded[] decoded = new CtcDecoder.Decoded[boxes.size()];
        for (int from = 0; from < order.length; from += BATCH) {
            int n = Math.min(BATCH, order.length - from);
            List<TextRegions.PixelBox> batch = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                batch.add(boxes.get(order[from + k]));
            }
            CtcDecoder.Decoded[] texts = readBatch(image, batch);
            for (int k = 0; k < n; k++) {
                decoded[order[from + k]] = texts[k];
            }
        }
        return List.of(decoded);
    }

    private CtcDecoder.Decoded[] readBatch(BufferedImage image, List<TextRegions.PixelBox> batch)
            throws OrtException {
        int width = MIN_WIDTH;
        for (TextRegions.PixelBox b : batch) {
            width = Math.max(width, scaledWidth(b.width(), b.height()));
        }
        int sample = 3 * HEIGHT * width;
        float[] tensor = new float[batch.size() * sample];
        for (int k = 0; k < batch.size(); k++) {
            TextRegions.PixelBox b = batch.get(k);
            int w = scaledWidth(b.width(), b.height());
            byte[] bgr = Pixels.bgr(image, b.x(), b.y(), b.width(), b.height(), w, HEIGHT);
            Pixels.normalise(bgr, w, HEIGHT, tensor, k * sample, width, HALF, HALF);
        }
        try (OnnxTensor in = OnnxTensor.createTensor(environment, FloatBuffer.wrap(tensor),
                new long[] {batch.size(), 3, HEIGHT, width});
             OrtSession.Result result = session.run(Map.of(input, in))) {
            OnnxTensor out = (OnnxTensor) result.get(0);
            long[] shape = out.getInfo().getShape();
            int steps = (int) shape[1];
            if (shape[2] != classes) {
                throw new IllegalStateException("the recogniser gave " + shape[2] + " classes, not " + classes);
            }
            float[] probs = new float[(int) (shape[0] * steps * classes)];
            out.getFloatBuffer().get(probs);
            CtcDecoder.Decoded[] texts = new CtcDecoder.Decoded[batch.size()];
            for (int k = 0; k < batch.size(); k++) {
                texts[k] = decoder.decode(probs, k * steps * classes, steps);
            }
            return texts;
        }
    }
}
