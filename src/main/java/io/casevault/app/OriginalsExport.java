package io.casevault.app;

import java.nio.file.Path;
import java.util.List;

/** Originals handed over: the folder they are in, and each file with its exhibit and SHA-256. */
public record OriginalsExport(Path folder, List<File> files) {

    public OriginalsExport {
        files = List.copyOf(files);
    }

    /** The checksum file beside the originals, in {@code sha256sum}'s format. */
    public Path sums() {
        return folder.resolve(OriginalsExportNames.SUMS);
    }

    /** One original as written. */
    public record File(String exhibit, String name, String sha256, long size) {
    }
}
