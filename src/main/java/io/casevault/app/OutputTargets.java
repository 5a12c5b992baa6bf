package io.casevault.app;

import io.casevault.domain.DomainException;
import io.casevault.domain.Reason;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks a file the user asked us to write (a dossier, a bundle) before any work starts. */
public final class OutputTargets {
    private OutputTargets() {
    }

    /**
     * The absolute target, when its folder exists and is writable and it is not a folder itself.
     *
     * @param example a file name to suggest, e.g. {@code dossier.pdf}
     * @throws DomainException in one sentence otherwise
     */
    public static Path file(Path requested, String example) {
        Path out = requested.toAbsolutePath().normalize();
        if (out.getFileName() == null) {
            throw new DomainException(Reason.of("output.notFileName",
                    "The output " + requested + " is not a file name.", requested));
        }
        if (Files.isDirectory(out)) {
            throw new DomainException(Reason.of("output.isFolder", "The output " + requested
                    + " is a folder; give a file name such as " + example + ".", requested, example));
        }
        Path parent = out.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new DomainException(Reason.of("output.noFolder", "The folder " + parent
                    + " does not exist; create it first or choose another place for " + example + ".", parent,
                    example));
        }
        if (!Files.isWritable(parent)) {
            throw new DomainException(Reason.of("output.folderReadOnly",
                    "The folder " + parent + " is not writable.", parent));
        }
        if (Files.exists(out) && !Files.isWritable(out)) {
            throw new DomainException(Reason.of("output.cannotReplace",
                    "The file " + out + " exists and cannot be replaced.", out));
        }
        return out;
    }
}
