package io.casevault.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** Read-only access to originals by their SHA-256, for importers and the dossier, which never write to the vault. */
public interface BlobSource {

    InputStream open(String sha256) throws IOException;

    /** The file holding the original; callers must treat it as read-only. */
    Path path(String sha256);
}
