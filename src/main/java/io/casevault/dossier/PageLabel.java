package io.casevault.dossier;

/**
 * A page label range starting at a page (0-based): {@code prefix} alone ("E-3"), or prefix plus a decimal count
 * from {@code start} ("E-4-1", "E-4-2"; "1", "2" for the dossier's own pages when the prefix is empty).
 */
record PageLabel(int pageIndex, String prefix, boolean numbered, int start) {

    PageLabel {
        if (pageIndex < 0 || start < 1) {
            throw new IllegalArgumentException("Page labels start at a page index of 0 or more, counting from 1");
        }
        prefix = prefix == null ? "" : prefix;
    }
}
