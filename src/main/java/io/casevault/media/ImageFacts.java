package io.casevault.media;

/**
 * Internal result of a structural image validation.
 *
 * @param width        stored pixel width
 * @param height       stored pixel height
 * @param metadataHint true when the file carries a block that may hold EXIF, so reading metadata is worthwhile
 */
record ImageFacts(int width, int height, boolean metadataHint) {

    ImageFacts {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("dimensions must be positive: " + width + "x" + height);
        }
    }
}
