package io.casevault.dossier;

import io.casevault.domain.BlobSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A blob source whose every blob is one file, for tests that prepare exhibits without a vault. */
record OneFileBlobs(Path file) implements BlobSource {

    @Override
    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(file);
    }

    @Override
    public Path path(String sha256) {
        return file;
    }
}
