package io.casevault.app;

import io.casevault.domain.Checks;
import io.casevault.domain.ColumnMapping;
import io.casevault.domain.RowFilter;
import io.casevault.domain.StatementFormat;
import io.casevault.domain.StatementRow;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

/**
 * What to import: a statement file into a case. {@code format} null detects it; {@code mapping} null uses the one
 * remembered for the file's header (generic CSV). {@code skipBadRows} imports the good rows of a file that has bad
 * ones (otherwise nothing is imported); {@code lines} null imports every row, else only the rows on those lines
 * (what the user ticked in the preview); {@code filter} null takes every row, else only the rows it accepts (the
 * command line's --from, --to, --counterparty). A row is chosen when both allow it.
 */
public record ImportRequest(long caseId, Path file, StatementFormat format, ColumnMapping mapping, boolean skipBadRows,
                            Set<Integer> lines, RowFilter filter) {

    public ImportRequest {
        Checks.positiveId(caseId, "Case id");
        Objects.requireNonNull(file, "file");
        lines = lines == null ? null : Set.copyOf(lines);
    }

    public ImportRequest(long caseId, Path file, StatementFormat format, ColumnMapping mapping, boolean skipBadRows,
                         Set<Integer> lines) {
        this(caseId, file, format, mapping, skipBadRows, lines, null);
    }

    /** Whether the user chose this row. */
    public boolean chooses(StatementRow row) {
        return (lines == null || lines.contains(row.line())) && (filter == null || filter.test(row));
    }

    /** True when a choice was made, false when every row is taken. */
    public boolean choosesSome() {
        return lines != null || filter != null && !filter.isEmpty();
    }

    public static ImportRequest of(long caseId, Path file) {
        return new ImportRequest(caseId, file, null, null, false, null);
    }
}
