package io.casevault.dossier;

import io.casevault.domain.Orientation;
import io.casevault.domain.RecognisedLine;
import io.casevault.domain.Redaction;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

import java.io.IOException;
import java.util.List;

/**
 * The recognised text of an image exhibit drawn invisibly (rendering mode "neither") over the words on the page, as
 * OCRmyPDF does: a reader can search, select and copy it, and nothing changes visually. Each line is set in the
 * bundled font at the size whose ascent and descent fill its box, stretched horizontally (Tz) to the box's width, with
 * its baseline where the font's descent ends above the box's bottom. Boxes are in the stored original's pixels and go
 * through the same map as the image: EXIF orientation, then the scale and place of the image on the page.
 */
final class TextLayer {
    private final FontSet.Face face;

    TextLayer(FontSet.Face face) {
        this.face = face;
    }

    /** Where the image lies: its stored pixel size, its EXIF orientation and the upright box it fills on the page. */
    record Placement(int storedWidth, int storedHeight, int orientation, float x, float y, float width, float height) {

        Placement {
            if (storedWidth < 1 || storedHeight < 1 || width <= 0 || height <= 0) {
                throw new IllegalArgumentException("An image has a size");
            }
        }

        /** A line's box on the page as {x, y, width, height} in points, y up; null when it lies outside the image. */
        float[] onPage(RecognisedLine line) {
            // clip to the stored image first: a box that only partly fits keeps the part that does
            double x0 = Math.max(0, line.x());
            double y0 = Math.max(0, line.y());
            double x1 = Math.min(storedWidth, (double) line.x() + line.w());
            double y1 = Math.min(storedHeight, (double) line.y() + line.h());
            if (x1 <= x0 || y1 <= y0) {
                return null;
            }
            Orientation o = new Orientation(orientation);
            Orientation.Box up = o.toUpright(new Orientation.Box(x0, y0, x1 - x0, y1 - y0), storedWidth, storedHeight);
            double sx = width / o.uprightWidth(storedWidth, storedHeight);
            double sy = height / o.uprightHeight(storedWidth, storedHeight);
            double left = x + up.x() * sx;
            double bottom = y + height - (up.y() + up.height()) * sy;
            return new float[] {(float) left, (float) bottom, (float) (up.width() * sx), (float) (up.height() * sy)};
        }
    }

    /**
     * Draws the lines no redaction box touches (the caller's lines are already filtered; this filters again, so a
     * redacted word can never reach the PDF by another path). Characters the font lacks are left out of the line; a
     * line left with no visible character is skipped.
     *
     * @return how many lines were drawn
     */
    int draw(PDPageContentStream cs, List<RecognisedLine> lines, List<Redaction> redactions, Placement where)
            throws IOException {
        boolean open = false;
        int drawn = 0;
        try {
            for (RecognisedLine line : lines) {
                if (redactions.stream().anyMatch(line::overlaps)) {
                    continue;
                }
                String text = coveredText(line.text());
                float[] box = where.onPage(line);
                if (text.isBlank() || box == null) {
                    continue;
                }
                float size = box[3] / emHeight();
                float natural = face.width(text, size);
                if (natural <= 0) {
                    continue;
                }
                if (!open) {
                    cs.saveGraphicsState();
                    cs.beginText();
                    cs.setRenderingMode(RenderingMode.NEITHER);
                    open = true;
                }
                cs.setFont(face.font(), size);
                cs.setHorizontalScaling(100f * box[2] / natural);
                cs.setTextMatrix(Matrix.getTranslateInstance(box[0], box[1] + descent() * size));
                cs.showText(text);
                drawn++;
            }
        } finally {
            if (open) {
                cs.endText();
                cs.restoreGraphicsState();
            }
        }
        return drawn;
    }

    /** The line with only what the font can show: characters without a glyph and control characters are dropped. */
    String coveredText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t' || Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                // one space for a run of them, none at the start
                if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else if (!Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT && face.covers(cp)) {
                out.appendCodePoint(cp);
            }
        });
        int end = out.length();
        return end > 0 && out.charAt(end - 1) == ' ' ? out.substring(0, end - 1) : out.toString();
    }

    /** The font's ascent plus descent, in ems: the height of a line's box. */
    private float emHeight() {
        return face.ascent(1) + descent();
    }

    /** How far below the baseline the font reaches, in ems (positive). */
    private float descent() {
        return Math.abs(face.font().getFontDescriptor().getDescent()) / 1000f;
    }
}
