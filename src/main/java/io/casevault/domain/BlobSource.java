package io.casevault.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** Read-only access to originals by their SHA-256, for importers and the dossier, which never write to the vault. */
public interface BlobSource {

    InputStream open(String sha256) throws IOException;

    /** The file holding the original; callers must treat it as read-only. */
    Path path(String sha256);

    /**
     * Where data of {@code kind} derived from the original (say {@code "pages"}: its image rows ready for a PDF page)
     * is kept, whether it is there yet or not; empty where this source keeps no derived data. Derived data may be
     * missing, stale or damaged at any time: a reader checks it before use and does without it otherwise.
     */
    default java.util.Optional<Path> derived(String sha256, String kind) {
        return java.util.Optional.empty();
    }
}
