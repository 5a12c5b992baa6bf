package io.casevault.dossier;

import io.casevault.domain.Orientation;
import io.casevault.domain.RecognisedLine;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A payment screenshot drawn by the tests in the bundled font, one line of text per row, with each line's box as a
 * recogniser would report it: where its ink is, in the picture's pixels.
 */
public final class RenderedScreenshot {
    private static final Font FONT = font();

    /** A drawn line and its box in the upright picture. */
    public record Line(String text, int x, int y, int w, int h) {
        public RecognisedLine recognised() {
            return new RecognisedLine(text, 0.98, x, y, w, h);
        }
    }

    /** The picture as seen upright, and its lines. */
    public record Shot(BufferedImage image, List<Line> lines) {
        public Line line(String text) {
            return lines.stream().filter(l -> l.text().equals(text)).findFirst().orElseThrow();
        }

        public List<RecognisedLine> recognised() {
            return lines.stream().map(Line::recognised).toList();
        }

        /**
         * The same picture stored sideways with EXIF orientation 6 (turned a quarter clockwise to be seen), and its
         * lines' boxes in the stored pixels, as the recogniser stores them.
         */
        public Shot storedForOrientation6() {
            int w = image.getHeight();
            int h = image.getWidth();
            BufferedImage stored = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            for (int sy = 0; sy < h; sy++) {
                for (int sx = 0; sx < w; sx++) {
                    // orientation 6 shows stored (sx, sy) at upright (h - 1 - sy, sx)
                    stored.setRGB(sx, sy, image.getRGB(h - 1 - sy, sx));
                }
            }
            Orientation o = new Orientation(6);
            List<Line> boxes = lines.stream().map(l -> {
                Orientation.Box s = o.toStored(new Orientation.Box(l.x(), l.y(), l.w(), l.h()), w, h);
                return new Line(l.text(), (int) s.x(), (int) s.y(), (int) s.width(), (int) s.height());
            }).toList();
            return new Shot(stored, boxes);
        }
    }

    private RenderedScreenshot() {
    }

    /** A light payment page {@code width} pixels wide (twice as tall) with the texts one per row under a header. */
    public static Shot render(int width, List<String> texts) {
        double scale = width / 1080.0;
        BufferedImage image = new BufferedImage(width, width * 2, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        List<Line> lines = new ArrayList<>();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(245, 245, 245));
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(new Color(22, 119, 255));
            g.fillRect(0, 0, width, (int) (160 * scale));
            g.setFont(FONT.deriveFont((float) (48 * scale)));
            FontMetrics m = g.getFontMetrics();
            g.setColor(new Color(25, 25, 25));
            int left = (int) (80 * scale);
            int baseline = (int) (160 * scale);
            for (String text : texts) {
                baseline += (int) (130 * scale);
                g.drawString(text, left, baseline);
                lines.add(new Line(text, left, baseline - m.getAscent(), m.stringWidth(text),
                        m.getAscent() + m.getDescent()));
            }
        } finally {
            g.dispose();
        }
        return new Shot(image, lines);
    }

    private static Font font() {
        try (InputStream in = RenderedScreenshot.class.getResourceAsStream(
                "/io/casevault/fonts/NotoSansSC-Regular.ttf")) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
