package io.casevault.app;

import io.casevault.domain.Reason;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A source file's size and modification time when it was read: compared again before what was read is recorded, so
 * a file that changed or disappeared meanwhile is refused instead of being recorded with a hash it no longer has.
 */
record FileStamp(long size, FileTime modified, Object key) {

    FileStamp {
        Objects.requireNonNull(modified, "modified");
    }

    static FileStamp of(Path file) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        return new FileStamp(a.size(), a.lastModifiedTime(), a.fileKey());
    }

    /** Why what was read from {@code file} must not be recorded: it changed or disappeared since this stamp. */
    Optional<Reason> refusal(Path file) {
        try {
            if (of(file).equals(this)) {
                return Optional.empty();
            }
        } catch (NoSuchFileException e) {
            return Optional.of(Reason.of("evidence.goneWhileRead", "the file disappeared after it was read, so it "
                    + "was not recorded; add it again if it still exists."));
        } catch (IOException e) {
            // unreadable now: it cannot be shown to be the file that was read
        }
        return Optional.of(Reason.of("evidence.changedWhileRead", "the file changed while it was being read, so it "
                + "was not recorded; add it again once nothing is writing to it."));
    }
}
