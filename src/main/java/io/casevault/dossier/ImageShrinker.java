package io.casevault.dossier;

import io.casevault.domain.Redaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Re-encodes one image for the submission copy at a {@link ShrinkStep}: decoded at a fraction of its size when it is
 * at least twice as large as needed (PNG blocks averaged, never below the size asked for; other formats picked, never
 * below twice that), redaction boxes burned in before anything else, scaled down the rest of the way in halving steps
 * so small text stays smooth, then written as a JPEG in colour or grey. The original is never touched.
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
        return decode(original, redactions, step.maxShortSide()).map(img -> encode(img, step));
    }

    /**
     * The image decoded, on white, with its redactions burned in and its shorter side scaled to at most
     * {@code maxShortSide}; empty when ImageIO cannot decode it.
     */
    static Optional<BufferedImage> decode(byte[] original, List<Redaction> redactions, int maxShortSide) {
        try {
            Optional<PngPassthrough.Header> png = PngPixels.decodable(original);
            if (png.isPresent()) {
                int w = png.get().width();
                int h = png.get().height();
                int sub = subsampling(w, h, maxShortSide);
                return Optional.of(finish(PngPixels.decode(original, png.get(), sub), w, h, sub, redactions,
                        maxShortSide));
            }
            return imageIo(original, redactions, maxShortSide);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Could not re-encode an image; it goes in as it is", e);
            return Optional.empty();
        }
    }

    private static Optional<BufferedImage> imageIo(byte[] original, List<Redaction> redactions, int maxShortSide)
            throws IOException {
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
                return Optional.of(finish(opaque(reader.read(0, param)), w, h, sub, redactions, maxShortSide));
            } finally {
                reader.dispose();
            }
        }
    }

    /**
     * Decoding reads one pixel in {@code sub} × {@code sub}: the largest {@code sub} that leaves the shorter side at least
     * {@code maxShortSide} (never less than the picture would be scaled to), the rest of the way one scaling step.
     */
    static int subsampling(int w, int h, int maxShortSide) {
        return Math.max(1, Math.min(w, h) / maxShortSide);
    }

    /**
     * How far ImageIO, which picks pixels rather than averaging them, is asked to subsample: only as far as leaves twice
     * the size asked for, so that a halving step averages the rest. Picking one pixel in 4 of a 12 MP photo for the
     * 1080 rung kept its noise and made the 50 bench photos' JPEGs 43 % larger (15.7 MB against 11.0 MB), for a third
     * off their time: the JDK's JPEG reader decodes every pixel whatever the subsampling.
     */
    static int pointSampling(int w, int h, int maxShortSide) {
        return subsampling(w, h, 2 * maxShortSide);
    }

    private static double scale(int w, int h, int maxShortSide) {
        return Math.min(1.0, (double) maxShortSide / Math.min(w, h));
    }

    /** Redactions burned into the image decoded from a {@code w} × {@code h} original, then scaled down. */
    private static BufferedImage finish(BufferedImage rgb, int w, int h, int sub, List<Redaction> redactions,
                                        int maxShortSide) {
        burn(rgb, redactions, sub);
        double scale = scale(w, h, maxShortSide);
        return scaleTo(rgb, Math.max(1, (int) Math.round(w * scale)), Math.max(1, (int) Math.round(h * scale)));
    }

    /** A decoded image scaled further down to the step's size when larger, written as the step's JPEG. */
    static Shrunk encode(BufferedImage decoded, ShrinkStep step) {
        BufferedImage small = fit(decoded, step.maxShortSide());
        boolean grey = step.grey() || isGrey(small);
        BufferedImage out = grey ? luma(small) : small;
        try {
            return new Shrunk(jpeg(out, step.quality()), out.getWidth(), out.getHeight(), grey);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Writing a JPEG in memory failed", e);
        }
    }

    /** The image scaled down so that its shorter side is at most {@code maxShortSide}; itself when it is already. */
    static BufferedImage fit(BufferedImage img, int maxShortSide) {
        double scale = scale(img.getWidth(), img.getHeight(), maxShortSide);
        return scale >= 1 ? img : scaleTo(img, Math.max(1, (int) Math.round(img.getWidth() * scale)),
                Math.max(1, (int) Math.round(img.getHeight() * scale)));
    }

    /**
     * The image on white as plain RGB: JPEG has no alpha. The types PNG and JPEG decoding give for opaque colour are kept
     * as they are (boxes can be drawn on them, and scaling converts them anyway): a copy of a photo costs 48 MB.
     */
    private static BufferedImage opaque(BufferedImage img) {
        if (img.getType() == BufferedImage.TYPE_INT_RGB || img.getType() == BufferedImage.TYPE_3BYTE_BGR) {
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

    /** Blacks out the boxes (in the original's pixels) on an image decoded at 1/{@code sub}, rounding outwards. */
    private static void burn(BufferedImage img, List<Redaction> boxes, int sub) {
        if (boxes.isEmpty()) {
            return;
        }
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.BLACK);
            for (Redaction r : boxes) {
                int x0 = Math.floorDiv(r.x(), sub);
                int y0 = Math.floorDiv(r.y(), sub);
                int x1 = -Math.floorDiv(-(r.x() + r.width()), sub);
                int y1 = -Math.floorDiv(-(r.y() + r.height()), sub);
                g.fillRect(x0, y0, x1 - x0, y1 - y0);
            }
        } finally {
            g.dispose();
        }
    }

    /** Bilinear halvings down to twice the size at most, then one bilinear step to the size asked for. */
    static BufferedImage scaleTo(BufferedImage img, int width, int height) {
        BufferedImage current = img;
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return current.getWidth() == width && current.getHeight() == height ? current : draw(current, width, height);
    }

    private static BufferedImage draw(BufferedImage img, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(img, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Whether no pixel has colour worth keeping. */
    static boolean isGrey(BufferedImage img) {
        for (int p : rgbPixels(img)) {
            int r = p >> 16 & 0xff;
            int g = p >> 8 & 0xff;
            int b = p & 0xff;
            if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > GREY_SPREAD) {
                return false;
            }
        }
        return true;
    }

    /** The image's luma (Rec. 601 weights on the sRGB values), as a grey image. */
    private static BufferedImage luma(BufferedImage img) {
        int[] rgb = rgbPixels(img);
        BufferedImage grey = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        byte[] out = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < rgb.length; i++) {
            int p = rgb[i];
            out[i] = (byte) ((299 * (p >> 16 & 0xff) + 587 * (p >> 8 & 0xff) + 114 * (p & 0xff) + 500) / 1000);
        }
        return grey;
    }

    /**
     * The pixels as packed RGB, row after row: the image's own array when it is plain RGB. Not
     * {@code BufferedImage.getRGB}, which converts every pixel through its colour model and cost a third of the copy.
     */
    private static int[] rgbPixels(BufferedImage img) {
        BufferedImage rgb = img.getType() == BufferedImage.TYPE_INT_RGB
                && img.getRaster().getDataBuffer() instanceof DataBufferInt
                && img.getRaster().getSampleModel() instanceof SinglePixelPackedSampleModel m
                && m.getScanlineStride() == img.getWidth() && img.getRaster().getSampleModelTranslateX() == 0
                && img.getRaster().getSampleModelTranslateY() == 0 ? img : draw(img, img.getWidth(), img.getHeight());
        return ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
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
