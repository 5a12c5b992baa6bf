package io.casevault.media;

import io.casevault.domain.Reason;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Inspects a file's bytes on the import path: sniffs the media type and, for images, validates the structure
 * (cheaply for PNG and JPEG, by decoding for the rare GIF, BMP and WebP), enforces a pixel limit against
 * decompression bombs and reads EXIF orientation and date. Non-image files are accepted with their sniffed type.
 * Instances are stateless and thread-safe.
 */
public final class MediaProbe {

    public static final long DEFAULT_MAX_PIXELS = 100_000_000L; // 100 megapixels

    private final long maxPixels;

    public MediaProbe() {
        this(DEFAULT_MAX_PIXELS);
    }

    public MediaProbe(long maxPixels) {
        if (maxPixels <= 0) {
            throw new IllegalArgumentException("maxPixels must be positive: " + maxPixels);
        }
        this.maxPixels = maxPixels;
    }

    /**
     * Inspects a file's bytes (never trusts the extension).
     *
     * @throws MediaRejectedException with a one-sentence reason when the file is empty, or is an image that is
     *                                corrupt, truncated, undecodable or claims more than the pixel limit
     * @throws IOException            when the file cannot be read
     */
    public ProbeResult probe(Path file) throws IOException, MediaRejectedException {
        Objects.requireNonNull(file, "file");
        String mediaType;
        ImageFacts facts;
        try (ByteSource in = ByteSource.open(file)) {
            if (in.size() == 0) {
                throw new MediaRejectedException(Reason.of("media.empty", "the file is empty"));
            }
            byte[] head = new byte[(int) Math.min(MediaSniffer.HEAD_SIZE, in.size())];
            int len = readHead(in, head);
            mediaType = MediaSniffer.sniff(head, len);
            in.rewind(); // validators read from the start
            facts = validate(file, in, mediaType);
        }
        if (facts == null) {
            return heifOrPlain(file, mediaType);
        }
        ExifInfo exif = facts.metadataHint() ? ExifExtractor.read(file, mediaType) : ExifInfo.NONE;
        return new ProbeResult(mediaType, OptionalInt.of(facts.width()), OptionalInt.of(facts.height()),
                exif.orientation(), exif.dateTime(), exif.offset());
    }

    /** Returns null for types that are not structurally validated. */
    private ImageFacts validate(Path file, ByteSource in, String mediaType)
            throws IOException, MediaRejectedException {
        try {
            switch (mediaType) {
                case MediaSniffer.PNG:
                    return PngValidator.validate(in, maxPixels);
                case MediaSniffer.JPEG:
                    return JpegValidator.validate(in, maxPixels);
                case MediaSniffer.GIF: {
                    ImageFacts facts = RasterHeaders.gif(in, maxPixels);
                    ImageDecoding.decodeFirstImage(file, mediaType, "GIF");
                    return facts;
                }
                case MediaSniffer.BMP: {
                    ImageFacts facts = RasterHeaders.bmp(in, maxPixels);
                    ImageDecoding.decodeFirstImage(file, mediaType, "BMP");
                    return facts;
                }
                case MediaSniffer.WEBP: {
                    ImageFacts facts = RasterHeaders.webp(in, maxPixels);
                    ImageDecoding.decodeFirstImage(file, mediaType, "WebP");
                    return facts;
                }
                default:
                    return null;
            }
        } catch (EOFException e) {
            // header reads past a short file; validators check lengths first, so this is a truncated header
            throw new MediaRejectedException(Reason.of("media.truncated", "the image data is truncated"));
        }
    }

    /** HEIC/AVIF are images we cannot validate; report what metadata says, other types are plain. */
    private static ProbeResult heifOrPlain(Path file, String mediaType) {
        if (MediaSniffer.HEIC.equals(mediaType) || MediaSniffer.AVIF.equals(mediaType)) {
            ExifInfo exif = ExifExtractor.read(file, mediaType);
            return new ProbeResult(mediaType, OptionalInt.empty(), OptionalInt.empty(), exif.orientation(),
                    exif.dateTime(), exif.offset());
        }
        return ProbeResult.nonImage(mediaType);
    }

    private static int readHead(ByteSource in, byte[] head) throws IOException {
        int len = 0;
        while (len < head.length) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head[len++] = (byte) b;
        }
        return len;
    }
}
