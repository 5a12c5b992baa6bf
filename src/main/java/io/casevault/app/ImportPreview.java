package io.casevault.app;

import io.casevault.domain.ColumnMapping;
import io.casevault.domain.ParsedStatement;
import io.casevault.domain.StatementRow;

import java.util.List;
import java.util.Objects;

/**
 * A statement read but not imported: its rows, each marked when the case already has it, and the rows that could
 * not be read ({@code statement().problems()}) for a dialog to highlight. {@code mapping} is the CSV mapping used.
 */
public record ImportPreview(String fileName, ParsedStatement statement, ColumnMapping mapping, List<Row> rows) {

    public ImportPreview {
        Objects.requireNonNull(fileName);
        Objects.requireNonNull(statement);
        rows = List.copyOf(rows);
    }

    /** One parsed row; {@code duplicate} when the case already holds this transaction. */
    public record Row(StatementRow row, boolean duplicate) {
        public Row {
            Objects.requireNonNull(row);
        }
    }

    public long duplicates() {
        return rows.stream().filter(Row::duplicate).count();
    }
}
