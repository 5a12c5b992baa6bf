package io.casevault.dossier;

import io.casevault.domain.Hashes;

/**
 * A written dossier: how many pages it has, the SHA-256 of the attached manifest printed on its cover, and how many
 * recognised lines its exhibits' invisible text layers carry.
 */
public record DossierResult(int pages, String manifestSha256, int textLines) {

    public DossierResult {
        if (pages < 1) {
            throw new IllegalArgumentException("A dossier has at least one page");
        }
        if (!Hashes.isSha256Hex(manifestSha256)) {
            throw new IllegalArgumentException("Manifest hash must be 64 hex digits");
        }
        if (textLines < 0) {
            throw new IllegalArgumentException("textLines " + textLines);
        }
    }
}
