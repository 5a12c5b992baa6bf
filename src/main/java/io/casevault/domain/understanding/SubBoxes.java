package io.casevault.domain.understanding;

/**
 * The part of a line's box that holds some of its characters. The recogniser gives one box per line, so the
 * characters are placed by their advance: a CJK or full-width character (East Asian wide) counts 2, anything else 1,
 * the line's width spread evenly over the sum. Proportional Latin fonts make this approximate, so the slice is padded
 * by a quarter of the line's height on each side and a tenth above and below, and never starts before the image.
 */
final class SubBoxes {
    private SubBoxes() {
    }

    static Box of(TextLine line, int start, int end) {
        String text = line.text();
        int total = advance(text, 0, text.length());
        if (total == 0) {
            return line.box();
        }
        int before = advance(text, 0, start);
        int inside = advance(text, start, end);
        double unit = (double) line.width() / total;
        int padX = Math.max(1, (int) Math.round(line.height() * 0.25));
        int padY = Math.max(1, (int) Math.round(line.height() * 0.1));
        int left = (int) Math.floor(line.x() + before * unit) - padX;
        int right = (int) Math.ceil(line.x() + (before + inside) * unit) + padX;
        int top = line.y() - padY;
        int bottom = line.y() + line.height() + padY;
        int x = Math.max(0, left);
        int y = Math.max(0, top);
        return new Box(x, y, Math.max(0, right - x), Math.max(0, bottom - y));
    }

    /** The advance of characters [start, end): 2 for each East Asian wide or full-width code point, else 1. */
    static int advance(String text, int start, int end) {
        int sum = 0;
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            sum += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return sum;
    }

    static boolean isWide(int cp) {
        return cp >= 0x1100 && cp <= 0x115F || cp >= 0x2E80 && cp <= 0x303E || cp >= 0x3041 && cp <= 0x33FF
                || cp >= 0x3400 && cp <= 0x4DBF || cp >= 0x4E00 && cp <= 0x9FFF || cp >= 0xA000 && cp <= 0xA4CF
                || cp >= 0xAC00 && cp <= 0xD7A3 || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F
                || cp >= 0xFF00 && cp <= 0xFF60 || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x20000 && cp <= 0x3FFFD;
    }
}
