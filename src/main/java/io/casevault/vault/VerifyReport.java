package io.casevault.vault;

import java.util.List;

/** The result of {@link VaultVerifier#verify}: sound when no problem was found. */
public record VerifyReport(List<Problem> problems, int rowsChecked, int blobsChecked, long auditEntries) {

    public VerifyReport {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
