package io.casevault.vault;

import java.io.IOException;
import java.nio.file.Path;

/**
 * How the blob store forces files and folders to disk: the file system itself, or in tests a recorder that shows
 * which of them were forced before the rows that make them visible committed.
 */
interface DiskSync {
    DiskSync SYSTEM = new DiskSync() {
        @Override
        public void file(Path file) throws IOException {
            FileOps.fsyncFile(file);
        }

        @Override
        public void directory(Path dir) {
            FileOps.fsyncDirectory(dir);
        }
    };

    /** Flushes a file's bytes to disk. */
    void file(Path file) throws IOException;

    /** Flushes a folder's entries to disk, so a file created or renamed into it survives a power cut. */
    void directory(Path dir);
}
