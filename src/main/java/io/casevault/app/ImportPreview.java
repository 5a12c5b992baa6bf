package io.casevault.app;

import io.casevault.domain.ColumnMapping;
import io.casevault.domain.IncidentDate;
import io.casevault.domain.Money;
import io.casevault.domain.ParsedStatement;
import io.casevault.domain.StatementRow;

import java.util.List;
import java.util.Objects;

/**
 * A statement read but not imported: its rows, each marked when the case already has it, and the rows that could
 * not be read ({@code statement().problems()}) for a dialog to highlight. {@code mapping} is the CSV mapping used.
 * {@code incident} and {@code disputed} are the case's incident date and amount in dispute (null when not known): what
 * a dialog offers for choosing the rows that belong to the case.
 */
public record ImportPreview(String fileName, ParsedStatement statement, ColumnMapping mapping, List<Row> rows,
                            IncidentDate incident, Money disputed) {

    public ImportPreview {
        Objects.requireNonNull(fileName);
        Objects.requireNonNull(statement);
        rows = List.copyOf(rows);
    }

    public ImportPreview(String fileName, ParsedStatement statement, ColumnMapping mapping, List<Row> rows) {
        this(fileName, statement, mapping, rows, null, null);
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
