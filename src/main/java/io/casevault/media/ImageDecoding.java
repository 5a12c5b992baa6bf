package io.casevault.media;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import io.casevault.domain.Reason;
import java.awt.image.BufferedImage;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Full decodes with ImageIO for the rare formats (GIF, BMP, WebP), done only after the header size passed the
 * pixel limit. Readers are created directly rather than looked up through ImageIO's global plugin registry so
 * the WebP reader works regardless of class loader setup.
 */
final class ImageDecoding {

    private static final Logger LOG = LoggerFactory.getLogger(ImageDecoding.class);
    private static final WebPImageReaderSpi WEBP_SPI = new WebPImageReaderSpi();

    private ImageDecoding() {
    }

    /** Decodes the first image of the file; rejects the file when that fails. */
    static void decodeFirstImage(Path file, String mediaType, String formatName)
            throws IOException, MediaRejectedException {
        ImageReader reader = newReader(mediaType);
        try (ImageInputStream stream = new FileImageInputStream(file.toFile())) {
            reader.setInput(stream, true, true);
            BufferedImage image = reader.read(0);
            if (image == null || image.getWidth() <= 0 || image.getHeight() <= 0) {
                throw new MediaRejectedException(Reason.of("media.undecodable",
                        "the " + formatName + " image cannot be decoded", formatName));
            }
        } catch (EOFException e) {
            throw new MediaRejectedException(Reason.of("media.decodeTruncated",
                    "the " + formatName + " data is truncated", formatName));
        } catch (IIOException | RuntimeException e) {
            // decoder messages are technical ("Unexpected block type"), so keep them out of the user sentence
            LOG.debug("{} decode failed for {}", formatName, file, e);
            throw new MediaRejectedException(Reason.of("media.corrupt",
                    "the " + formatName + " image data is corrupt and cannot be decoded", formatName));
        } finally {
            reader.dispose();
        }
    }

    private static ImageReader newReader(String mediaType) throws IOException {
        if (MediaSniffer.WEBP.equals(mediaType)) {
            return WEBP_SPI.createReaderInstance();
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(mediaType);
        if (!readers.hasNext()) {
            throw new IllegalStateException("no ImageIO reader for " + mediaType);
        }
        return readers.next();
    }
}
