package io.casevault.dossier;

import org.apache.pdfbox.pdmodel.PDPage;

import java.util.Objects;

/** A line of the contents and a bookmark: a section (level 0) or an exhibit (level 1) and the page it starts on. */
record TocEntry(String title, int level, PDPage page) {

    TocEntry {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(page, "page");
        if (level < 0 || level > 1) {
            throw new IllegalArgumentException("Contents have two levels");
        }
    }
}
