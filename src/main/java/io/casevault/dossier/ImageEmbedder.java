package io.casevault.dossier;

import io.casevault.domain.Redaction;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Turns a prepared image exhibit into a PDF image, changing as little as possible: JPEG bytes are embedded untouched
 * (DCTDecode), PNG data is copied as Flate with predictors, opaque alpha channels are dropped without a soft mask
 * (both read from the vault file at save time, see {@link PreparedExhibit}), and only what must change
 * (translucency, interlacing, 16 bits, other formats, CMYK, redaction) is decoded and re-encoded.
 */
final class ImageEmbedder {
    private static final Logger LOG = LoggerFactory.getLogger(ImageEmbedder.class);
    private static final float REDACTED_JPEG_QUALITY = 0.92f;

    private ImageEmbedder() {
    }

    /** How the image went into the PDF, for the log and the tests. */
    enum Method { JPEG_AS_IS, PNG_AS_IS, PNG_ALPHA_DROPPED, REENCODED, REDACTED }

    record Embedded(PDImageXObject image, Method method) {
    }

    /**
     * The PDF image of a prepared exhibit; empty when its bytes cannot be decoded as an image at all. Passthrough
     * images read their data from the vault file when the dossier is saved; only {@code Decode} does real work here.
     */
    static Optional<Embedded> embed(PDDocument doc, PreparedExhibit.Image image, String mediaType,
                                    List<Redaction> redactions) throws IOException {
        if (image instanceof PreparedExhibit.JpegAsIs jpeg) {
            return Optional.of(new Embedded(jpegAsIs(jpeg), Method.JPEG_AS_IS));
        }
        if (image instanceof PreparedExhibit.PngAsIs png) {
            return Optional.of(new Embedded(PngPassthrough.copy(png.file(), png.header()), Method.PNG_AS_IS));
        }
        if (image instanceof PreparedExhibit.PngOpaque png) {
            return Optional.of(new Embedded(PngPassthrough.opaqueImage(doc, png.rows()), Method.PNG_ALPHA_DROPPED));
        }
        if (image instanceof PreparedExhibit.PngKept png) {
            return Optional.of(new Embedded(PngPassthrough.keptImage(png.rows()), Method.PNG_ALPHA_DROPPED));
        }
        byte[] bytes = ((PreparedExhibit.Decode) image).bytes();
        if (!redactions.isEmpty()) {
            return decode(doc, bytes, mediaType).map(img -> redacted(doc, img, mediaType, redactions));
        }
        if ("image/jpeg".equals(mediaType)) {
            Optional<Embedded> jpeg = jpeg(doc, bytes);
            if (jpeg.isPresent()) {
                return jpeg;
            }
        }
        return decode(doc, bytes, mediaType).map(img -> lossless(doc, img));
    }

    /** The JPEG file itself as a DCTDecode image, as {@code JPEGFactory} would make it for 1 or 3 components. */
    private static PDImageXObject jpegAsIs(PreparedExhibit.JpegAsIs jpeg) throws IOException {
        COSStream s = FileSlices.ranges(jpeg.file(), new long[] {0}, new long[] {jpeg.size()}).stream();
        s.setItem(COSName.TYPE, COSName.XOBJECT);
        s.setItem(COSName.SUBTYPE, COSName.IMAGE);
        s.setInt(COSName.WIDTH, jpeg.header().width());
        s.setInt(COSName.HEIGHT, jpeg.header().height());
        s.setInt(COSName.BITS_PER_COMPONENT, 8);
        s.setItem(COSName.COLORSPACE, jpeg.header().components() == 1 ? COSName.DEVICEGRAY : COSName.DEVICERGB);
        s.setItem(COSName.FILTER, COSName.DCT_DECODE);
        return new PDImageXObject(new PDStream(s), null);
    }

    private static Optional<Embedded> jpeg(PDDocument doc, byte[] bytes) {
        try {
            PDImageXObject image = JPEGFactory.createFromByteArray(doc, bytes);
            if (image.getColorSpace() instanceof PDDeviceCMYK) {
                // PDF/A with an sRGB output intent forbids DeviceCMYK: convert these rare files to RGB
                BufferedImage rgb = toRgb(image.getImage());
                return Optional.of(new Embedded(JPEGFactory.createFromImage(doc, rgb, REDACTED_JPEG_QUALITY),
                        Method.REENCODED));
            }
            return Optional.of(new Embedded(image, Method.JPEG_AS_IS));
        } catch (IOException | RuntimeException e) {
            LOG.debug("JPEG passthrough failed; decoding instead", e);
            return Optional.empty();
        }
    }

    /** Decodes with ImageIO, falling back on PDFBox's own JPEG decoder (CMYK, YCCK). */
    static Optional<BufferedImage> decode(PDDocument doc, byte[] bytes, String mediaType) {
        try {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
            if (img != null) {
                return Optional.of(img);
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("ImageIO could not decode a {}", mediaType, e);
        }
        if ("image/jpeg".equals(mediaType)) {
            try {
                return Optional.of(JPEGFactory.createFromByteArray(doc, bytes).getImage());
            } catch (IOException | RuntimeException e) {
                LOG.debug("PDFBox could not decode the JPEG either", e);
            }
        }
        return Optional.empty();
    }

    private static Embedded lossless(PDDocument doc, BufferedImage img) {
        try {
            if (isGrey(img)) {
                return new Embedded(greySamples(doc, img), Method.REENCODED);
            }
            BufferedImage source = img.getColorModel().hasAlpha() && isOpaque(img) ? toRgb(img) : img;
            return new Embedded(LosslessFactory.createFromImage(doc, source), Method.REENCODED);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Embedded redacted(PDDocument doc, BufferedImage img, String mediaType, List<Redaction> boxes) {
        boolean keepAlpha = img.getColorModel().hasAlpha() && !isOpaque(img);
        BufferedImage copy = new BufferedImage(img.getWidth(), img.getHeight(),
                keepAlpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = copy.createGraphics();
        try {
            g.drawImage(img, 0, 0, null);
            g.setColor(Color.BLACK);
            for (Redaction r : boxes) {
                // boxes are in the stored pixel space, which is exactly the space of the decoded, unrotated image
                g.fillRect(r.x(), r.y(), r.width(), r.height());
            }
        } finally {
            g.dispose();
        }
        try {
            PDImageXObject image = "image/jpeg".equals(mediaType)
                    ? JPEGFactory.createFromImage(doc, copy, REDACTED_JPEG_QUALITY)
                    : LosslessFactory.createFromImage(doc, copy);
            return new Embedded(image, Method.REDACTED);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean isOpaque(BufferedImage img) {
        if (!img.getColorModel().hasAlpha()) {
            return true;
        }
        if (img.getColorModel() instanceof IndexColorModel palette) {
            return isOpaque(img, palette);
        }
        var alpha = img.getAlphaRaster();
        if (alpha == null) {
            return true;
        }
        int max = (1 << img.getColorModel().getComponentSize(img.getColorModel().getNumComponents() - 1)) - 1;
        int[] row = new int[img.getWidth()];
        for (int y = 0; y < img.getHeight(); y++) {
            alpha.getSamples(0, y, img.getWidth(), 1, 0, row);
            for (int a : row) {
                if (a != max) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether every pixel uses an opaque palette entry (a PNG's tRNS may make some entries translucent). */
    private static boolean isOpaque(BufferedImage img, IndexColorModel palette) {
        int[] row = new int[img.getWidth()];
        for (int y = 0; y < img.getHeight(); y++) {
            img.getRaster().getSamples(0, y, img.getWidth(), 1, 0, row);
            for (int index : row) {
                if (palette.getAlpha(index) != 255) {
                    return false;
                }
            }
        }
        return true;
    }

    /** 8- or 16-bit grey without alpha (a grey PNG that is interlaced, 16-bit or has a tRNS colour). */
    private static boolean isGrey(BufferedImage img) {
        return img.getRaster().getNumBands() == 1 && !(img.getColorModel() instanceof IndexColorModel)
                && img.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY;
    }

    /**
     * A grey image as 8-bit DeviceGray samples, scaled from the stored ones. Java reads grey samples as linear light,
     * and PDFBox's re-encoding of a grey image (through its RGB values) would brighten them; DeviceGray shows the
     * samples as the PNG means them.
     */
    private static PDImageXObject greySamples(PDDocument doc, BufferedImage img) throws IOException {
        int max = (1 << img.getColorModel().getComponentSize(0)) - 1;
        int[] row = new int[img.getWidth()];
        byte[] out = new byte[img.getWidth()];
        java.io.ByteArrayOutputStream deflated = new java.io.ByteArrayOutputStream();
        try (var z = new java.util.zip.DeflaterOutputStream(deflated)) {
            for (int y = 0; y < img.getHeight(); y++) {
                img.getRaster().getSamples(0, y, row.length, 1, 0, row);
                for (int x = 0; x < row.length; x++) {
                    out[x] = (byte) ((row[x] * 255 + max / 2) / max);
                }
                z.write(out);
            }
        }
        return new PDImageXObject(doc, new ByteArrayInputStream(deflated.toByteArray()), COSName.FLATE_DECODE,
                img.getWidth(), img.getHeight(), 8, PDDeviceGray.INSTANCE);
    }

    private static BufferedImage toRgb(BufferedImage img) {
        return img.getType() == BufferedImage.TYPE_INT_RGB ? img
                : ImageShrinker.redrawn(img, BufferedImage.TYPE_INT_RGB);
    }
}
