package io.casevault.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.FloatBuffer;

/** Image to tensor: a region scaled into 8-bit BGR, then normalised per channel into planar (CHW) floats. */
final class Pixels {
    private Pixels() {
    }

    /**
     * The {@code w × h} region at {@code (x, y)} of {@code source} scaled (bilinear) to {@code outW × outH}, as BGR
     * bytes; transparent pixels show white, as on a light screen.
     */
    static byte[] bgr(BufferedImage source, int x, int y, int w, int h, int outW, int outH) {
        BufferedImage out = new BufferedImage(outW, outH, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, outW, outH);
            g.drawImage(source, 0, 0, outW, outH, x, y, x + w, y + h, null);
        } finally {
            g.dispose();
        }
        return ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
    }

    /**
     * Writes {@code width × height} BGR bytes into {@code into} at {@code offset} as three planes of
     * {@code planeWidth × height} floats (B, G, R: the channel order PaddleOCR's models were trained with, as OpenCV
     * reads images), each value {@code (byte / 255 − mean[c]) / std[c]}. Columns from {@code width} to
     * {@code planeWidth} are left as they are (zero padding).
     */
    static void normalise(byte[] bgr, int width, int height, FloatBuffer into, int offset, int planeWidth,
                          float[] mean, float[] std) {
        int plane = planeWidth * height;
        float[][] table = new float[3][256];
        for (int c = 0; c < 3; c++) {
            for (int v = 0; v < 256; v++) {
                table[c][v] = (v / 255f - mean[c]) / std[c];
            }
        }
        for (int y = 0; y < height; y++) {
            int src = y * width * 3;
            int dst = offset + y * planeWidth;
            for (int x = 0; x < width; x++, src += 3) {
                into.put(dst + x, table[0][bgr[src] & 0xff]);
                into.put(dst + plane + x, table[1][bgr[src + 1] & 0xff]);
                into.put(dst + 2 * plane + x, table[2][bgr[src + 2] & 0xff]);
            }
        }
    }
}
