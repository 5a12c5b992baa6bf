package io.casevault.vault;

import io.casevault.domain.Hashes;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the application derived from an original and keeps under the vault's {@code cache/} folder: files named by the
 * original's SHA-256 (then a suffix) in one subfolder per kind, e.g. {@code cache/thumbs/<sha256>-320-o1.png}.
 */
final class DerivedFiles {

    private DerivedFiles() {
    }

    /** Deletes every derived file of the original {@code sha256}, in every subfolder of {@code cacheDir}. */
    static void forget(Path cacheDir, String sha256) throws IOException {
        if (!Hashes.isSha256Hex(sha256) || !Files.isDirectory(cacheDir)) {
            return;
        }
        List<Path> kinds;
        try (Stream<Path> list = Files.list(cacheDir)) {
            kinds = list.filter(Files::isDirectory).toList();
        }
        for (Path kind : kinds) {
            try (DirectoryStream<Path> derived = Files.newDirectoryStream(kind, sha256 + "*")) {
                for (Path p : derived) {
                    Files.deleteIfExists(p);
                }
            } catch (NoSuchFileException e) {
                // the folder went away meanwhile: nothing of it is left
            }
        }
    }
}
