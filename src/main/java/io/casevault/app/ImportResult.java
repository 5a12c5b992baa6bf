package io.casevault.app;

import io.casevault.domain.Evidence;
import io.casevault.domain.RowProblem;
import io.casevault.domain.StatementFormat;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a statement import: how many transactions went in, how many were skipped as already present, the bad
 * rows that were skipped (only when the caller chose so) and the exhibit that holds the statement file. {@code rows}
 * is every row the statement has, {@code chosen} those the request chose (all of them when it chose none).
 */
public record ImportResult(StatementFormat format, String layout, Evidence evidence, boolean evidenceAlreadyPresent,
                           int rows, int chosen, int imported, int skipped, List<RowProblem> badRows) {

    public ImportResult {
        Objects.requireNonNull(format);
        Objects.requireNonNull(evidence);
        badRows = List.copyOf(badRows);
    }
}
