package io.casevault.dossier;

import io.casevault.domain.Redaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.PixelInterleavedSampleModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Re-encodes one image for the submission copy at a {@link ShrinkStep}: scaled down by averaging areas (see
 * {@link AreaAverage}; a PNG as its rows are inflated, other formats after ImageIO picked pixels down to no less than
 * twice the size), in grey from the start when the step is grey, redaction boxes burned in rounded outwards, then
 * written as a JPEG in colour or grey. The original is never touched.
 */
final class ImageShrinker {
    private static final Logger LOG = LoggerFactory.getLogger(ImageShrinker.class);
    /** A channel spread up to this counts as grey (JPEG noise, anti-aliasing). */
    private static final int GREY_SPREAD = 12;

    private ImageShrinker() {
    }

    /** A re-encoded image: JPEG bytes and their pixel size. */
    record Shrunk(byte[] jpeg, int width, int height, boolean grey) {
    }

    /** The image at {@code step}; empty when ImageIO cannot decode it (it then goes in as it is). */
    static Optional<Shrunk> shrink(byte[] original, List<Redaction> redactions, ShrinkStep step) {
        return decode(original, redactions, step.maxShortSide(), step.grey()).map(img -> encode(img, step));
    }

    /**
     * The image decoded, on white, its shorter side scaled to at most {@code maxShortSide} (areas averaged), in grey
     * when {@code grey}, with its redactions burned in; empty when ImageIO cannot decode it.
     */
    static Optional<BufferedImage> decode(byte[] original, List<Redaction> redactions, int maxShortSide,
                                          boolean grey) {
        try {
            Optional<PngPassthrough.Header> png = PngPixels.decodable(original);
            if (png.isPresent()) {
                int w = png.get().width();
                int h = png.get().height();
                double scale = scale(w, h, maxShortSide);
                BufferedImage img = PngPixels.decode(original, png.get(), scaled(w, scale), scaled(h, scale), grey);
                return Optional.of(burn(img, redactions, w, h));
            }
            return imageIo(original, redactions, maxShortSide, grey);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Could not re-encode an image; it goes in as it is", e);
            return Optional.empty();
        }
    }

    private static Optional<BufferedImage> imageIo(byte[] original, List<Redaction> redactions, int maxShortSide,
                                                   boolean grey) throws IOException {
        // read from memory: ImageIO would otherwise copy the bytes into a cache file first, unless told not to
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(original))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                int sub = pointSampling(w, h, maxShortSide);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(sub, sub, 0, 0);
                if (grey) {
                    greyType(reader).ifPresent(param::setDestinationType);
                }
                BufferedImage decoded = opaque(reader.read(0, param));
                double scale = scale(w, h, maxShortSide);
                int width = Math.min(decoded.getWidth(), scaled(w, scale));
                int height = Math.min(decoded.getHeight(), scaled(h, scale));
                boolean asIs = width == decoded.getWidth() && height == decoded.getHeight() && !grey;
                return Optional.of(burn(asIs ? decoded : AreaAverage.scale(decoded, width, height, grey),
                        redactions, w, h));
            } finally {
                reader.dispose();
            }
        }
    }

    /**
     * The reader's grey output when it offers one: the JDK's JPEG reader then leaves the colour out of its decoding (a
     * third less time on a 12 MP photo) and gives the JPEG's own luma, the Rec. 601 weights a grey rung uses.
     */
    private static Optional<ImageTypeSpecifier> greyType(ImageReader reader) throws IOException {
        Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
        while (types.hasNext()) {
            ImageTypeSpecifier type = types.next();
            if (type.getBufferedImageType() == BufferedImage.TYPE_BYTE_GRAY) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /**
     * How far ImageIO, which picks pixels rather than averaging them, is asked to subsample: only as far as leaves twice
     * the size asked for, so that averaging areas does the rest. Picking one pixel in 4 of a 12 MP photo for the 1080
     * rung kept its noise and made the 50 bench photos' JPEGs 43 % larger (15.7 MB against 11.0 MB), for a third off
     * their time; and the JDK's JPEG reader decodes every pixel whatever the subsampling.
     */
    static int pointSampling(int w, int h, int maxShortSide) {
        return Math.max(1, Math.min(w, h) / (2 * maxShortSide));
    }

    private static double scale(int w, int h, int maxShortSide) {
        return Math.min(1.0, (double) maxShortSide / Math.min(w, h));
    }

    private static int scaled(int side, double scale) {
        return Math.max(1, (int) Math.round(side * scale));
    }

    /** A decoded image scaled further down to the step's size when larger, written as the step's JPEG. */
    static Shrunk encode(BufferedImage decoded, ShrinkStep step) {
        BufferedImage small = fit(decoded, step.maxShortSide(), step.grey());
        boolean grey = small.getType() == BufferedImage.TYPE_BYTE_GRAY || step.grey() || isGrey(small);
        BufferedImage out = grey ? luma(small) : plainBgr(small);
        try {
            return new Shrunk(jpeg(out, step.quality()), out.getWidth(), out.getHeight(), grey);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Writing a JPEG in memory failed", e);
        }
    }

    /**
     * The image scaled down (areas averaged) so that its shorter side is at most {@code maxShortSide}, in grey when
     * {@code grey}; itself when it already is.
     */
    static BufferedImage fit(BufferedImage img, int maxShortSide, boolean grey) {
        double scale = scale(img.getWidth(), img.getHeight(), maxShortSide);
        boolean isGreyType = img.getType() == BufferedImage.TYPE_BYTE_GRAY;
        return scale >= 1 && (isGreyType || !grey) ? img : AreaAverage.scale(img, scaled(img.getWidth(), scale),
                scaled(img.getHeight(), scale), grey || isGreyType);
    }

    /**
     * The image on white, opaque: JPEG has no alpha. The types JPEG decoding gives for opaque colour and grey are kept
     * as they are (boxes can be drawn on them, and scaling reads them as they are): a copy of a photo costs 48 MB.
     */
    private static BufferedImage opaque(BufferedImage img) {
        if (img.getType() == BufferedImage.TYPE_INT_RGB || img.getType() == BufferedImage.TYPE_3BYTE_BGR
                || img.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return img;
        }
        BufferedImage rgb = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            g.drawImage(img, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    /**
     * Blacks out the boxes (in the pixels of the {@code w} × {@code h} original) on the image scaled from it, rounding
     * outwards: a pixel that averaged any part of a box is black, so nothing of what is under it shows.
     */
    private static BufferedImage burn(BufferedImage img, List<Redaction> boxes, int w, int h) {
        if (boxes.isEmpty()) {
            return img;
        }
        double sx = (double) img.getWidth() / w;
        double sy = (double) img.getHeight() / h;
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.BLACK);
            for (Redaction r : boxes) {
                int x0 = (int) Math.floor(r.x() * sx);
                int y0 = (int) Math.floor(r.y() * sy);
                int x1 = (int) Math.ceil((r.x() + r.width()) * sx);
                int y1 = (int) Math.ceil((r.y() + r.height()) * sy);
                g.fillRect(x0, y0, x1 - x0, y1 - y0);
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    /** Whether no pixel has colour worth keeping. */
    static boolean isGrey(BufferedImage img) {
        if (img.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return true;
        }
        byte[] bgr = bgrBytes(plainBgr(img));
        for (int i = 0; i < bgr.length; i += 3) {
            int b = bgr[i] & 0xff;
            int g = bgr[i + 1] & 0xff;
            int r = bgr[i + 2] & 0xff;
            if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > GREY_SPREAD) {
                return false;
            }
        }
        return true;
    }

    /** The image's luma (Rec. 601 weights on the sRGB values), as a grey image. */
    private static BufferedImage luma(BufferedImage img) {
        if (img.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return img;
        }
        byte[] bgr = bgrBytes(plainBgr(img));
        BufferedImage grey = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        byte[] out = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        for (int i = 0, j = 0; i < out.length; i++, j += 3) {
            out[i] = (byte) AreaAverage.luma(bgr[j + 2] & 0xff, bgr[j + 1] & 0xff, bgr[j] & 0xff);
        }
        return grey;
    }

    /**
     * The image as plain blue-green-red bytes, row after row without gaps: itself when it is (as decoders and
     * {@link AreaAverage} give it), else a copy. The JDK's JPEG writer takes these rows as they are, where it converts
     * packed RGB pixel by pixel through a generic raster path, at twice the cost of the encoding; and the checks here
     * read the array rather than {@code getRGB}, which converts every pixel through its colour model.
     */
    static BufferedImage plainBgr(BufferedImage img) {
        boolean plain = img.getType() == BufferedImage.TYPE_3BYTE_BGR
                && img.getRaster().getDataBuffer() instanceof DataBufferByte
                && img.getRaster().getSampleModel() instanceof PixelInterleavedSampleModel m
                && m.getPixelStride() == 3 && m.getScanlineStride() == 3 * img.getWidth()
                && Arrays.equals(m.getBandOffsets(), new int[] {2, 1, 0})
                && img.getRaster().getSampleModelTranslateX() == 0 && img.getRaster().getSampleModelTranslateY() == 0;
        return plain ? img : redrawn(img, BufferedImage.TYPE_3BYTE_BGR);
    }

    /** {@code img} drawn into a new image of {@code type} (a Java2D image type). */
    static BufferedImage redrawn(BufferedImage img, int type) {
        BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), type);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(img, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** The B, G, R bytes of every pixel, row after row, of an image {@link #plainBgr} returned. */
    static byte[] bgrBytes(BufferedImage plainBgr) {
        return ((DataBufferByte) plainBgr.getRaster().getDataBuffer()).getData();
    }

    private static byte[] jpeg(BufferedImage img, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(img, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
