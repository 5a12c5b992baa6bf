package io.casevault.dossier;

import org.apache.pdfbox.pdmodel.PDPage;

import java.util.Objects;

/**
 * A line of the contents and a bookmark: a section (level 0) or an exhibit (level 1) and the page it starts on, or,
 * in a submission copy split into volumes, the volume ({@code elsewhere}, from 1) that holds it instead.
 */
record TocEntry(String title, int level, PDPage page, int elsewhere) {

    TocEntry {
        Objects.requireNonNull(title, "title");
        if ((page == null) == (elsewhere == 0)) {
            throw new IllegalArgumentException("An entry has a page here or a volume elsewhere");
        }
        if (level < 0 || level > 1) {
            throw new IllegalArgumentException("Contents have two levels");
        }
    }

    TocEntry(String title, int level, PDPage page) {
        this(title, level, Objects.requireNonNull(page, "page"), 0);
    }
}
