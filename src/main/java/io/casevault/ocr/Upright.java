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
        BufferedImage out = new BufferedImage(orientation.uprightWidth(w, h), orientation.uprightHeight(w, h),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.drawImage(stored, new AffineTransform(orientation.uprightTransform(w, h)), null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
