package io.casevault.dossier;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The colour spaces under which the rows of an RGBA or grey+alpha PNG, alpha included, show as their colours alone:
 * DeviceN spaces of the colorants Red, Green, Blue (or Gray) and Alpha whose tint transform, a PostScript calculator
 * function, drops the alpha. Used only for images whose every alpha sample is 255, so the PNG's compressed rows go
 * into the PDF as they are in the file instead of being inflated, stripped and deflated again.
 * <p>
 * PDF/A-2 and -3 want every spot colorant of a DeviceN space described in its {@code Colorants} dictionary, and
 * every Separation of one name the same throughout the file: each colorant's Separation is made once per document
 * and shared by both spaces. A renderer that blends the colorants (multiplying each one's colour, as PDFBox does)
 * gets the same colours as one that runs the tint transform: Red at tint r is (r, 1, 1), Alpha always white.
 */
final class OpaqueAlpha {
    private final PDDocument doc;
    private COSArray rgb;
    private COSArray grey;
    private COSDictionary colorants;

    OpaqueAlpha(PDDocument doc) {
        this.doc = doc;
    }

    /** The space of 4 components (red, green, blue, alpha) or 2 (grey, alpha), made on first use. */
    COSArray space(int components) throws IOException {
        if (components == 4) {
            if (rgb == null) {
                rgb = deviceN(new String[] {"Red", "Green", "Blue", "Alpha"}, "{pop}");
            }
            return rgb;
        }
        if (components == 2) {
            if (grey == null) {
                grey = deviceN(new String[] {"Gray", "Alpha"}, "{pop dup dup}");
            }
            return grey;
        }
        throw new IllegalArgumentException("components " + components);
    }

    private COSArray deviceN(String[] names, String program) throws IOException {
        COSArray names2 = new COSArray();
        for (String n : names) {
            names2.add(COSName.getPDFName(n));
        }
        COSDictionary attributes = new COSDictionary();
        attributes.setItem(COSName.getPDFName("Colorants"), colorants());
        COSArray space = new COSArray();
        space.add(COSName.DEVICEN);
        space.add(names2);
        space.add(COSName.DEVICERGB);
        space.add(calculator(names.length, program));
        space.add(attributes);
        return space;
    }

    /** Each colorant's Separation with DeviceRGB as its alternate: one dictionary for both spaces. */
    private COSDictionary colorants() {
        if (colorants == null) {
            colorants = new COSDictionary();
            colorants.setItem("Red", separation("Red", new float[] {0, 1, 1}));
            colorants.setItem("Green", separation("Green", new float[] {1, 0, 1}));
            colorants.setItem("Blue", separation("Blue", new float[] {1, 1, 0}));
            colorants.setItem("Gray", separation("Gray", new float[] {0, 0, 0}));
            colorants.setItem("Alpha", separation("Alpha", new float[] {1, 1, 1}));
        }
        return colorants;
    }

    /** A Separation whose tint 0 is {@code atZero} and tint 1 white, linear in between. */
    private static COSArray separation(String name, float[] atZero) {
        COSDictionary f = new COSDictionary();
        f.setInt(COSName.FUNCTION_TYPE, 2);
        f.setItem(COSName.DOMAIN, numbers(0, 1));
        f.setItem(COSName.C0, numbers(atZero));
        f.setItem(COSName.C1, numbers(1, 1, 1));
        f.setInt(COSName.N, 1);
        COSArray s = new COSArray();
        s.add(COSName.SEPARATION);
        s.add(COSName.getPDFName(name));
        s.add(COSName.DEVICERGB);
        s.add(f);
        return s;
    }

    /** A type 4 function of {@code inputs} values in [0, 1] giving 3 in [0, 1]. */
    private COSStream calculator(int inputs, String program) throws IOException {
        COSStream s = doc.getDocument().createCOSStream();
        s.setInt(COSName.FUNCTION_TYPE, 4);
        float[] domain = new float[inputs * 2];
        for (int i = 1; i < domain.length; i += 2) {
            domain[i] = 1;
        }
        s.setItem(COSName.DOMAIN, numbers(domain));
        s.setItem(COSName.RANGE, numbers(0, 1, 0, 1, 0, 1));
        try (OutputStream out = s.createOutputStream()) {
            out.write(program.getBytes(StandardCharsets.US_ASCII));
        }
        return s;
    }

    private static COSArray numbers(float... values) {
        COSArray a = new COSArray();
        for (float v : values) {
            COSBase n = v == (int) v ? COSInteger.get((int) v) : new COSFloat(v);
            a.add(n);
        }
        return a;
    }
}
