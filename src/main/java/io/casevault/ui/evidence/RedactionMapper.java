package io.casevault.ui.evidence;

import io.casevault.domain.Orientation;
import io.casevault.domain.RecognisedLine;
import io.casevault.domain.Redaction;

import java.util.Optional;

/**
 * Converts boxes between the viewer (the upright picture drawn at {@code scale} screen pixels per image pixel) and
 * the stored original's pixel space, in which redactions and the boxes of recognised lines are kept. Pure, so every
 * orientation is unit-tested.
 */
record RedactionMapper(int storedWidth, int storedHeight, Orientation orientation, double scale) {

    RedactionMapper {
        if (storedWidth < 1 || storedHeight < 1) {
            throw new IllegalArgumentException("image size " + storedWidth + " × " + storedHeight);
        }
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale " + scale);
        }
    }

    /** The upright picture's width in screen pixels. */
    double viewWidth() {
        return orientation.uprightWidth(storedWidth, storedHeight) * scale;
    }

    double viewHeight() {
        return orientation.uprightHeight(storedWidth, storedHeight) * scale;
    }

    /**
     * A box dragged on screen (any corner order), clipped to the picture and widened to whole stored pixels so that
     * nothing the user covered shows through; empty when it covers no pixel.
     */
    Optional<Redaction> toStored(double x, double y, double width, double height) {
        double x0 = clamp(Math.min(x, x + width), viewWidth()) / scale;
        double x1 = clamp(Math.max(x, x + width), viewWidth()) / scale;
        double y0 = clamp(Math.min(y, y + height), viewHeight()) / scale;
        double y1 = clamp(Math.max(y, y + height), viewHeight()) / scale;
        Orientation.Box s = orientation.toStored(new Orientation.Box(x0, y0, x1 - x0, y1 - y0),
                storedWidth, storedHeight);
        int left = (int) Math.floor(s.x() + 1e-9);
        int top = (int) Math.floor(s.y() + 1e-9);
        int right = Math.min(storedWidth, (int) Math.ceil(s.x() + s.width() - 1e-9));
        int bottom = Math.min(storedHeight, (int) Math.ceil(s.y() + s.height() - 1e-9));
        if (right <= left || bottom <= top) {
            return Optional.empty();
        }
        return Optional.of(new Redaction(Math.max(0, left), Math.max(0, top), right - Math.max(0, left),
                bottom - Math.max(0, top)));
    }

    /** Where a stored box appears on screen. */
    Orientation.Box toView(Redaction r) {
        return toView(r.x(), r.y(), r.width(), r.height());
    }

    /** Where a recognised line's box (stored pixels, like a redaction's) appears on screen. */
    Orientation.Box toView(RecognisedLine line) {
        return toView(line.x(), line.y(), line.w(), line.h());
    }

    private Orientation.Box toView(double x, double y, double width, double height) {
        Orientation.Box u = orientation.toUpright(new Orientation.Box(x, y, width, height), storedWidth, storedHeight);
        return new Orientation.Box(u.x() * scale, u.y() * scale, u.width() * scale, u.height() * scale);
    }

    private static double clamp(double v, double max) {
        return Math.max(0, Math.min(max, v));
    }
}
