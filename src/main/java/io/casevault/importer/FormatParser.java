package io.casevault.importer;

import io.casevault.domain.Reason;

import io.casevault.domain.StatementRow;
import io.casevault.domain.StatementFormat;
import java.util.List;

/** One statement format: recognises its header by column names and reads its rows. */
interface FormatParser {

    StatementFormat format();

    /** A name for the layout when {@code header} is one of this format's, else null. */
    Reason layout(Header header);

    /** The columns this format needs, for the message when a file lacks them. */
    List<String> requiredColumns();

    /** A reader for the rows of {@code table}; decisions that need the whole file (date order …) happen here. */
    RowReader open(Table table);

    /** Reads one row into zero or more statement rows, throwing {@link RowException} for a bad one. */
    interface RowReader {
        void read(RawRow row, List<StatementRow> out);
    }
}
