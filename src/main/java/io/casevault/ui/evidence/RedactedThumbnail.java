package io.casevault.ui.evidence;

import io.casevault.domain.Evidence;
import io.casevault.domain.Orientation;
import io.casevault.domain.Redaction;
import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

import java.util.ArrayList;
import java.util.List;

/**
 * A redacted exhibit's thumbnail: the cached rendition of the original with the boxes burned into its pixels on the
 * UI side, so the grid never holds, let alone shows, the covered pixels. The cache keeps renditions of originals only
 * (one per hash, shared by every case); boxes belong to one exhibit and change as the user draws, so they are applied
 * here, each time the thumbnail is loaded.
 */
final class RedactedThumbnail {
    /** Thumbnails are scaled with bilinear filtering: a covered pixel may bleed into its neighbour, which is covered too. */
    private static final int BLEED = 1;

    private RedactedThumbnail() {
    }

    /** A pixel rectangle in the thumbnail, end exclusive. */
    record Area(int x0, int y0, int x1, int y1) {
    }

    /**
     * Where the boxes (in the original's stored pixels) fall on an upright thumbnail {@code width} × {@code height}:
     * widened to whole pixels plus the bleed, clipped to the thumbnail.
     */
    static List<Area> areas(Evidence e, List<Redaction> boxes, int width, int height) {
        Orientation o = new Orientation(e.orientation());
        int uprightW = o.uprightWidth(e.width(), e.height());
        int uprightH = o.uprightHeight(e.width(), e.height());
        double sx = (double) width / uprightW;
        double sy = (double) height / uprightH;
        RedactionMapper full = new RedactionMapper(e.width(), e.height(), o, 1);
        List<Area> areas = new ArrayList<>(boxes.size());
        for (Redaction r : boxes) {
            Orientation.Box u = full.toView(r);
            int x0 = Math.max(0, (int) Math.floor(u.x() * sx) - BLEED);
            int y0 = Math.max(0, (int) Math.floor(u.y() * sy) - BLEED);
            int x1 = Math.min(width, (int) Math.ceil((u.x() + u.width()) * sx) + BLEED);
            int y1 = Math.min(height, (int) Math.ceil((u.y() + u.height()) * sy) + BLEED);
            if (x1 > x0 && y1 > y0) {
                areas.add(new Area(x0, y0, x1, y1));
            }
        }
        return areas;
    }

    /** A copy of the loaded thumbnail with the boxes painted black. Any thread; the image must be fully loaded. */
    static WritableImage burn(Image thumbnail, Evidence e, List<Redaction> boxes) {
        int w = (int) thumbnail.getWidth();
        int h = (int) thumbnail.getHeight();
        WritableImage out = new WritableImage(thumbnail.getPixelReader(), w, h);
        PixelWriter writer = out.getPixelWriter();
        for (Area a : areas(e, boxes, w, h)) {
            for (int y = a.y0(); y < a.y1(); y++) {
                for (int x = a.x0(); x < a.x1(); x++) {
                    writer.setColor(x, y, Color.BLACK);
                }
            }
        }
        return out;
    }
}
