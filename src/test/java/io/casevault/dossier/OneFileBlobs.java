package io.casevault.dossier;

import io.casevault.domain.BlobSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A blob source holding one file, whatever hash is asked for: for dossiers of one exhibit; {@code derived} (null
 * for none) is where its derived data of any kind is kept.
 */
record OneFileBlobs(Path file, Path derived) implements BlobSource {

    OneFileBlobs(Path file) {
        this(file, null);
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(file);
    }

    @Override
    public Path path(String sha256) {
        return file;
    }

    @Override
    public Optional<Path> derived(String sha256, String kind) {
        return Optional.ofNullable(derived);
    }
}
