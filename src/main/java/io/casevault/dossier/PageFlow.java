package io.casevault.dossier;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The small layout layer: A4 pages with fixed margins, a cursor that moves down, wrapped paragraphs that continue
 * on a new page, and low-level text drawing. Each page's content stream is closed before the next page starts, so
 * only one page is ever open.
 */
final class PageFlow {
    static final PDRectangle SIZE = PDRectangle.A4;
    static final float LEFT = 56;
    static final float RIGHT = 56;
    static final float TOP = 56;
    static final float BOTTOM = 62;

    private final PDDocument doc;
    private final FontSet fonts;
    private PDPage page;
    private PDPageContentStream cs;
    private float y;

    PageFlow(PDDocument doc, FontSet fonts) {
        this.doc = doc;
        this.fonts = fonts;
    }

    PDDocument doc() {
        return doc;
    }

    FontSet fonts() {
        return fonts;
    }

    PDPage page() {
        return page;
    }

    PDPageContentStream content() {
        return cs;
    }

    float y() {
        return y;
    }

    void moveTo(float newY) {
        y = newY;
    }

    static float width() {
        return SIZE.getWidth() - LEFT - RIGHT;
    }

    static float top() {
        return SIZE.getHeight() - TOP;
    }

    PDPage newPage() {
        closePage();
        page = new PDPage(SIZE);
        doc.addPage(page);
        try {
            cs = new PDPageContentStream(doc, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = top();
        return page;
    }

    void closePage() {
        if (cs != null) {
            try {
                cs.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            cs = null;
        }
    }

    /** Space left above the bottom margin. */
    float room() {
        return y - BOTTOM;
    }

    void ensure(float height) {
        if (cs == null || room() < height) {
            newPage();
        }
    }

    void gap(float height) {
        y -= height;
    }

    /** A wrapped paragraph at the left margin, continuing on a new page when needed. */
    void paragraph(String text, Style style) {
        paragraph(text, style, LEFT, width());
    }

    void paragraph(String text, Style style, float x, float w) {
        for (String line : wrap(text, style, w)) {
            ensure(style.leading());
            y -= style.leading();
            drawText(line, x, y + (style.leading() - style.size()) / 2 + style.size() * 0.12f, style);
        }
    }

    /** Label and value side by side; the value wraps under itself. */
    void field(String label, String value, float labelWidth) {
        Style valueStyle = Style.BODY;
        List<String> lines = wrap(value, valueStyle, width() - labelWidth);
        boolean first = true;
        for (String line : lines) {
            ensure(valueStyle.leading());
            y -= valueStyle.leading();
            float base = y + 4f;
            if (first) {
                drawText(fonts.face(false).printableLine(label), LEFT, base, Style.LABEL);
                first = false;
            }
            drawText(line, LEFT + labelWidth, base, valueStyle);
        }
    }

    List<String> wrap(String text, Style style, float w) {
        FontSet.Face face = fonts.face(style.bold());
        return LineBreaker.lines(face.printable(text.replace("\r\n", "\n")).replace('\u0000', ' '), w,
                cp -> face.advance(cp, style.size()));
    }

    float textWidth(String printable, Style style) {
        return fonts.face(style.bold()).width(printable, style.size());
    }

    /** Draws one already printable line with its baseline at {@code baseline}. */
    void drawText(String line, float x, float baseline, Style style) {
        drawText(cs, line, x, baseline, style);
    }

    void drawText(PDPageContentStream stream, String line, float x, float baseline, Style style) {
        if (line.isEmpty()) {
            return;
        }
        try {
            stream.beginText();
            stream.setNonStrokingColor(style.grey());
            stream.setFont(fonts.face(style.bold()).font(), style.size());
            stream.newLineAtOffset(x, baseline);
            stream.showText(line);
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A thin horizontal rule across the text width at the cursor. */
    void rule(float grey, float lineWidth) {
        try {
            cs.setStrokingColor(grey);
            cs.setLineWidth(lineWidth);
            cs.moveTo(LEFT, y);
            cs.lineTo(LEFT + width(), y);
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void fillRect(float x, float yBottom, float w, float h, float grey) {
        try {
            cs.setNonStrokingColor(grey);
            cs.addRect(x, yBottom, w, h);
            cs.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A section title at the top of a new page, with a rule under it. */
    void sectionTitle(String title) {
        newPage();
        paragraph(title, Style.H1);
        gap(6);
        rule(0.2f, 1.2f);
        gap(14);
    }

    void subTitle(String title) {
        ensure(Style.H2.leading() + 2 * Style.BODY.leading());
        gap(8);
        paragraph(title, Style.H2);
        gap(4);
    }
}
