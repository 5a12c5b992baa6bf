package io.casevault.dossier;

import java.util.Optional;

/**
 * Size and components of a JPEG from its frame header, read by walking the markers. PDFBox's
 * {@code JPEGFactory.createFromByteArray} asks ImageIO for the same facts, which costs more than copying the photo;
 * this covers the baseline, extended and progressive 8-bit frames that DCTDecode reads, and leaves anything else
 * (arithmetic, lossless, 12-bit, a height given later by DNL) to PDFBox.
 */
record JpegHeader(int width, int height, int components) {

    static Optional<JpegHeader> parse(byte[] b) {
        if (b.length < 4 || (b[0] & 0xff) != 0xFF || (b[1] & 0xff) != 0xD8) {
            return Optional.empty();
        }
        int i = 2;
        while (i + 3 < b.length) {
            if ((b[i] & 0xff) != 0xFF) {
                return Optional.empty();
            }
            int marker = b[i + 1] & 0xff;
            if (marker == 0xFF) { // fill byte
                i++;
                continue;
            }
            if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD7) { // no length
                i += 2;
                continue;
            }
            if (marker == 0xD9 || marker == 0xDA) { // end of image or scan data before any frame header
                return Optional.empty();
            }
            int length = (b[i + 2] & 0xff) << 8 | b[i + 3] & 0xff;
            if (length < 2 || i + 2 + length > b.length) {
                return Optional.empty();
            }
            if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                if (marker > 0xC2 || length < 8) {
                    return Optional.empty();
                }
                int precision = b[i + 4] & 0xff;
                int height = (b[i + 5] & 0xff) << 8 | b[i + 6] & 0xff;
                int width = (b[i + 7] & 0xff) << 8 | b[i + 8] & 0xff;
                int components = b[i + 9] & 0xff;
                boolean usable = precision == 8 && height > 0 && width > 0 && (components == 1 || components == 3);
                return usable ? Optional.of(new JpegHeader(width, height, components)) : Optional.empty();
            }
            i += 2 + length;
        }
        return Optional.empty();
    }
}
