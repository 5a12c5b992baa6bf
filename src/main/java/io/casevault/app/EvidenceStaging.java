package io.casevault.app;

import io.casevault.domain.Reason;
import io.casevault.media.MediaProbe;
import io.casevault.media.MediaRejectedException;
import io.casevault.media.ProbeResult;
import io.casevault.vault.BlobStore;
import io.casevault.vault.DiskFullException;
import io.casevault.vault.StagedBlob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The first half of adding evidence, run on a worker for each file: copy it into staging while hashing, inspect the
 * staged bytes (an image that does not decode is refused), and force an accepted copy to disk, so that the commit
 * that records it has no file left to wait for. Any refusal is one sentence about that file; only a full disk, which
 * is no fault of the file, is thrown.
 */
final class EvidenceStaging {
    private static final Logger LOG = LoggerFactory.getLogger(EvidenceStaging.class);
    private static final Reason PERMISSION_DENIED =
            Reason.of("evidence.permission", "it cannot be read (permission denied).");
    private static final Set<String> IMAGE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "webp", "bmp", "heic");

    private final BlobStore blobs;
    private final MediaProbe probe;

    /** @param blobs the store of a vault whose write lock this process holds (its database may still be opening) */
    EvidenceStaging(BlobStore blobs, MediaProbe probe) {
        this.blobs = Objects.requireNonNull(blobs);
        this.probe = Objects.requireNonNull(probe);
    }

    /** A file staged, inspected and flushed, or why it is refused. */
    Prepared prepare(Path file) {
        String source = file.toString();
        if (!Files.exists(file)) {
            return Prepared.rejected(source, Reason.of("evidence.missing", "the file does not exist."));
        }
        if (Files.isDirectory(file)) {
            return Prepared.rejected(source,
                    Reason.of("evidence.folder", "it is a folder, not a file; add the files inside it."));
        }
        if (!Files.isRegularFile(file)) {
            return Prepared.rejected(source, Reason.of("evidence.notRegular", "it is not a regular file."));
        }
        if (!Files.isReadable(file)) {
            return Prepared.rejected(source, PERMISSION_DENIED);
        }
        FileStamp stamp;
        StagedBlob staged;
        try {
            stamp = FileStamp.of(file);
            staged = blobs.stage(file);
        } catch (NoSuchFileException e) {
            return Prepared.rejected(source,
                    Reason.of("evidence.disappeared", "the file disappeared while it was being read."));
        } catch (AccessDeniedException e) {
            return Prepared.rejected(source, PERMISSION_DENIED);
        } catch (IOException e) {
            stopIfFull(e);
            return Prepared.rejected(source,
                    Reason.of("evidence.unreadable", "it could not be read: " + e.getMessage() + ".", e.getMessage()));
        }
        return flushed(inspect(source, staged, stamp.modified().toInstant(), stamp));
    }

    /** Drops the staged copy of a prepared file (none for a refused one, or for a file never prepared: null). */
    void discard(Prepared p) {
        if (p != null && p.staged() != null) {
            blobs.discard(p.staged());
        }
    }

    /** Bytes that have no file of their own (or were read already), staged and inspected, or why they are refused. */
    Prepared prepare(byte[] bytes, String name, Instant fileTime) {
        try {
            return inspect(name, blobs.stage(bytes), fileTime, null);
        } catch (IOException e) {
            stopIfFull(e);
            return Prepared.rejected(name, notStored(e));
        }
    }

    /** The vault's disk is full: no fault of this file, the import stops. */
    private static void stopIfFull(IOException e) {
        if (DiskFullException.isDiskFull(e)) {
            throw new UncheckedIOException(e);
        }
    }

    private Prepared flushed(Prepared p) {
        if (p.staged() == null) {
            return p;
        }
        try {
            return p.with(blobs.flush(p.staged()));
        } catch (IOException e) {
            blobs.discard(p.staged());
            stopIfFull(e);
            return Prepared.rejected(p.source(), notStored(e));
        }
    }

    private Prepared inspect(String source, StagedBlob staged, Instant fileTime, FileStamp stamp) {
        try {
            ProbeResult result = probe.probe(staged.tmp());
            String claimed = imageExtension(source);
            if (claimed != null && !result.isImage()) {
                blobs.discard(staged);
                return Prepared.rejected(source, Reason.of("evidence.notPicture",
                        "it is named like an image (." + claimed + ") but contains "
                        + describeType(result.mediaType()) + ", not a picture.", claimed, result.mediaType()));
            }
            return new Prepared(source, staged, result, fileTime, stamp, null);
        } catch (MediaRejectedException e) {
            blobs.discard(staged);
            return Prepared.rejected(source, e.reason());
        } catch (IOException | RuntimeException e) {
            blobs.discard(staged);
            LOG.warn("Inspecting {} failed", source, e);
            return Prepared.rejected(source,
                    Reason.of("evidence.uninspectable", "it could not be inspected: " + e.getMessage() + ".",
                            e.getMessage()));
        }
    }

    /** The extension when a name claims an image format; a JPEG named .png is fine, text named .png is not. */
    private static String imageExtension(String source) {
        String name = source.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        return IMAGE_EXTENSIONS.contains(ext) ? ext : null;
    }

    private static String describeType(String mediaType) {
        return switch (mediaType) {
            case "text/plain" -> "plain text";
            case "text/html" -> "an HTML page";
            case "application/pdf" -> "a PDF document";
            case "application/octet-stream" -> "data of an unknown kind";
            default -> mediaType + " data";
        };
    }

    static Reason notStored(IOException e) {
        return Reason.of("evidence.notStored", "it could not be stored: " + e.getMessage() + ".", e.getMessage());
    }

    /**
     * A file ready to be recorded (staged, its inspection, its time and its stamp when it was read from disk), or the
     * reason it is refused.
     */
    record Prepared(String source, StagedBlob staged, ProbeResult probe, Instant fileTime, FileStamp stamp,
                    Reason rejection) {
        static Prepared rejected(String source, Reason reason) {
            return new Prepared(source, null, null, null, null, reason);
        }

        Prepared with(StagedBlob flushed) {
            return new Prepared(source, flushed, probe, fileTime, stamp, rejection);
        }
    }
}
