package io.casevault.ui.transactions;

import io.casevault.domain.StatementRow;

/**
 * One line of the import preview: a parsed row (marked when the case already has it), or a line that could not be
 * read with its problem ({@code row} is then null).
 */
public record PreviewRow(int line, StatementRow row, boolean duplicate, String problem) {

    public static PreviewRow parsed(StatementRow row, boolean duplicate) {
        return new PreviewRow(row.line(), row, duplicate, null);
    }

    public static PreviewRow bad(int line, String problem) {
        return new PreviewRow(line, null, false, problem);
    }

    public boolean isProblem() {
        return problem != null;
    }
}
