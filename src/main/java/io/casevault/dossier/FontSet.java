package io.casevault.dossier;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadMemoryMappedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * The bundled Noto Sans SC, regular and bold, embedded as subsets. Text is checked against the font's character map
 * first: a character the font lacks (emoji, a rare ideograph) becomes a visible □ instead of an exception.
 */
final class FontSet {
    private static final String DIR = "/io/casevault/fonts/";
    private static final Logger LOG = LoggerFactory.getLogger(FontSet.class);
    /** The bundled fonts as files, when the application keeps copies of them; by default none. */
    private static volatile Function<URL, Optional<Path>> files = resource -> Optional.empty();

    private final Face regular;
    private final Face bold;

    private FontSet(Face regular, Face bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** Where the fonts are had as files from now on ({@link DossierWriter#fontFiles}). */
    static void fontFiles(Function<URL, Optional<Path>> asFile) {
        files = java.util.Objects.requireNonNull(asFile, "asFile");
    }

    static FontSet load(PDDocument doc) {
        return new FontSet(Face.load(doc, "NotoSansSC-Regular.ttf"), Face.load(doc, "NotoSansSC-Bold.ttf"));
    }

    Face face(boolean isBold) {
        return isBold ? bold : regular;
    }

    /** One font: the PDF font plus quick access to its glyph widths and coverage. */
    static final class Face {
        private final PDType0Font font;
        private final CmapLookup cmap;
        private final TrueTypeFont ttf;
        private final float unitsPerEm;
        private final String replacement;

        private Face(PDType0Font font) throws IOException {
            this.font = font;
            this.ttf = ((PDCIDFontType2) font.getDescendantFont()).getTrueTypeFont();
            this.cmap = ttf.getUnicodeCmapLookup();
            this.unitsPerEm = ttf.getUnitsPerEm();
            this.replacement = cmap.getGlyphId('\u25A1') > 0 ? "\u25A1" : "?";
        }

        static Face load(PDDocument doc, String name) {
            URL resource = FontSet.class.getResource(DIR + name);
            if (resource == null) {
                throw new IllegalStateException("The bundled font " + name + " is missing from the build");
            }
            try {
                TrueTypeFont ttf = parse(resource);
                doc.registerTrueTypeFontForClosing(ttf); // a font read from a file holds it open until then
                // PDFBox applies the font's Latin GSUB features (ligatures) to every showText call, building regular
                // expressions of all ligature sequences each time: a tenth of the export. The dossier shows plain
                // text, and without ligatures its text extracts exactly as written ("fi" stays two letters).
                ttf.setEnableGsub(false);
                return new Face(PDType0Font.load(doc, ttf, true));
            } catch (IOException e) {
                throw new UncheckedIOException("Loading the bundled font " + name + " failed", e);
            }
        }

        /**
         * The font, mapped from the file {@link #files} has for it when there is one (read out of the jar, the 10 MB
         * font was inflated and copied on every export: half of the time the fonts took), else read from the jar.
         */
        private static TrueTypeFont parse(URL resource) throws IOException {
            Optional<Path> file = files.apply(resource);
            if (file.isPresent()) {
                RandomAccessRead mapped = null;
                try {
                    mapped = new RandomAccessReadMemoryMappedFile(file.get());
                    return new TTFParser().parse(mapped);
                } catch (IOException | RuntimeException e) {
                    if (mapped != null) {
                        mapped.close();
                    }
                    LOG.warn("The font file {} could not be read; the font is read from the application: {}",
                            file.get(), e.toString());
                }
            }
            try (InputStream in = resource.openStream()) {
                return new TTFParser().parse(new RandomAccessReadBuffer(in));
            }
        }

        PDType0Font font() {
            return font;
        }

        boolean covers(int codePoint) {
            return cmap.getGlyphId(codePoint) > 0;
        }

        /**
         * Text the font can show: line breaks stay (the line breaker honours them), tabs become spaces, other control
         * characters vanish, and every character without a glyph becomes □ so the reader sees that something was
         * there.
         */
        String printable(String text) {
            if (text == null || text.isEmpty()) {
                return "";
            }
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                if (cp == '\n') {
                    out.append('\n');
                } else if (cp == '\t') {
                    out.append(' ');
                } else if (Character.getType(cp) == Character.FORMAT || cp == 0xFE0F || cp == 0xFE0E) {
                    // zero-width joiners and emoji variation selectors carry no glyph of their own
                    return;
                } else if (Character.isISOControl(cp)) {
                    return;
                } else if (covers(cp)) {
                    out.appendCodePoint(cp);
                } else {
                    out.append(replacement);
                }
            });
            return out.toString();
        }

        /** Printable text for a single line: line breaks become spaces. */
        String printableLine(String text) {
            return printable(text).replace('\n', ' ');
        }

        /** Width in points of already printable text. */
        float width(CharSequence text, float size) {
            float units = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = Character.codePointAt(text, i);
                units += advance(cp);
                i += Character.charCount(cp);
            }
            return units * size / unitsPerEm;
        }

        float advance(int codePoint) {
            try {
                return ttf.getAdvanceWidth(cmap.getGlyphId(codePoint));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        float advance(int codePoint, float size) {
            return advance(codePoint) * size / unitsPerEm;
        }

        float ascent(float size) {
            return font.getFontDescriptor().getAscent() / 1000f * size;
        }
    }
}
