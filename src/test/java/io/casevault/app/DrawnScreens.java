package io.casevault.app;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A payment detail page drawn with the bundled Noto Sans SC for the recogniser to read: a large amount line, then
 * label/value rows (label on the left, value on the right), 720 px wide.
 */
public final class DrawnScreens {
    private static final Font FONT = font();

    private DrawnScreens() {
    }

    /** Writes the page as a PNG; {@code rows} are label/value pairs, a row with one element is centred and large. */
    public static Path png(Path file, List<List<String>> rows) {
        BufferedImage image = new BufferedImage(720, 1200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(new Color(25, 25, 25));
        int y = 60;
        for (List<String> row : rows) {
            if (row.size() == 1) {
                g.setFont(FONT.deriveFont(44f));
                y += 90;
                g.drawString(row.get(0), (image.getWidth() - g.getFontMetrics().stringWidth(row.get(0))) / 2, y);
            } else {
                g.setFont(FONT.deriveFont(26f));
                y += 80;
                g.drawString(row.get(0), 50, y);
                g.drawString(row.get(1), image.getWidth() - 50 - g.getFontMetrics().stringWidth(row.get(1)), y);
            }
        }
        g.dispose();
        try {
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static Font font() {
        try (InputStream in = DrawnScreens.class.getResourceAsStream("/io/casevault/fonts/NotoSansSC-Regular.ttf")) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
