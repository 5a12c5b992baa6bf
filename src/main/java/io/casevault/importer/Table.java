package io.casevault.importer;

import java.util.List;
import java.util.Objects;

/** A header and the rows below it, up to a footer; {@code cutShort} names a last row the file ends inside of. */
record Table(Header header, int headerLine, List<RawRow> rows, Integer cutShortLine) {

    Table {
        Objects.requireNonNull(header);
        rows = List.copyOf(rows);
    }
}
