package io.casevault.dossier;

/** How a run of text looks: weight, size in points, line distance and grey level (0 black … 1 white). */
record Style(boolean bold, float size, float leading, float grey) {

    static final Style BODY = new Style(false, 10f, 15f, 0f);
    static final Style SMALL = new Style(false, 8f, 11.5f, 0.25f);
    static final Style LABEL = new Style(false, 8.5f, 12.5f, 0.4f);
    static final Style H1 = new Style(true, 17f, 24f, 0f);
    static final Style H2 = new Style(true, 12f, 17f, 0f);
    static final Style TABLE = new Style(false, 8.5f, 11.5f, 0f);
    static final Style TABLE_HEAD = new Style(true, 8.5f, 11.5f, 0f);
    static final Style HASH = new Style(false, 7.5f, 10f, 0.15f);

    Style {
        if (size <= 0 || leading < size) {
            throw new IllegalArgumentException("A style needs a positive size and a leading of at least the size");
        }
        if (grey < 0 || grey > 1) {
            throw new IllegalArgumentException("Grey must be between 0 and 1");
        }
    }

    Style bolder() {
        return new Style(true, size, leading, grey);
    }

    Style sized(float newSize) {
        return new Style(bold, newSize, newSize * leading / size, grey);
    }
}
