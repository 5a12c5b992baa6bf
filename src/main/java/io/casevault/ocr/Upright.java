package io.casevault.ocr;

import io.casevault.domain.Orientation;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/** A stored image turned the way its EXIF orientation says it is shown, so text runs left to right. */
final class Upright {
    private Upright() {
    }

    static BufferedImage of(BufferedImage stored, Orientation orientation) {
        if (orientation.code() == 1) {
            return stored;
        }
        int w = stored.getWidth();
        int h = stored.getHeight();
        // the stored pixel (x, y) lands on the upright pixel given by Orientation.toUpright
        AffineTransform t = switch (orientation.code()) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            default -> new AffineTransform(0, -1, 1, 0, 0, w);
        };
        BufferedImage out = new BufferedImage(orientation.uprightWidth(w, h), orientation.uprightHeight(w, h),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.drawImage(stored, t, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
