package io.casevault.app.backup;

import io.casevault.vault.FileOps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Removes the hidden temporary files and staging folders that a killed backup, restore or export left beside its
 * target. Only names this package makes are touched: a fixed prefix, a random UUID, a fixed suffix.
 */
final class Leftovers {
    private static final Logger LOG = LoggerFactory.getLogger(Leftovers.class);
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private Leftovers() {
    }

    static void remove(Path dir, String prefix, String suffix) {
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        Pattern name = Pattern.compile(Pattern.quote(prefix) + "(?:[^/]*\\.)?" + UUID + Pattern.quote(suffix));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> name.matcher(f.getFileName().toString()).matches()).toList()) {
                LOG.info("Removing {}, left by an interrupted backup, restore or export", p);
                FileOps.deleteRecursively(p);
            }
        } catch (IOException e) {
            LOG.warn("Could not remove leftovers in {}", dir, e);
        }
    }
}
