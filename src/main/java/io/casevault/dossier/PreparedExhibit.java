package io.casevault.dossier;

import io.casevault.domain.BlobSource;
import io.casevault.domain.Evidence;
import io.casevault.domain.Hashes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * What the page writer needs of one exhibit, worked out ahead of it on a worker thread: the original's checksums (read
 * once, checked against the vault's SHA-256) and how its image goes into the PDF, with any re-encoding already done.
 * Holds no PDFBox objects, since a PDDocument must only be touched by the page writer.
 */
record PreparedExhibit(ExhibitInput exhibit, Attachment attachment, Image image) {

    /** The original to attach: read from the vault file when the dossier is saved. */
    record Attachment(String name, Path file, long size, String sha256, byte[] md5) {
    }

    /** How an image goes into the PDF; null {@link #image()} means the exhibit is no image. */
    sealed interface Image {
    }

    /** JPEG bytes embedded untouched, straight from the vault file. */
    record JpegAsIs(Path file, long size, JpegHeader header) implements Image {
    }

    /** PNG data (IDAT chunks) embedded untouched, straight from the vault file. */
    record PngAsIs(Path file, PngPassthrough.Header header) implements Image {
    }

    /** An opaque RGBA or grey+alpha PNG whose rows were rewritten without alpha here. */
    record PngOpaque(PngPassthrough.Opaque rows) implements Image {
    }

    /** An opaque RGBA or grey+alpha PNG whose rows without alpha the background kept: read from their file. */
    record PngKept(PageImages.Kept rows) implements Image {
    }

    /** Everything else (redaction, translucency, CMYK, other formats): decoded by the page writer. */
    record Decode(byte[] bytes) implements Image {
    }

    /** Reads, checks and prepares one exhibit; safe to call from any thread. */
    static PreparedExhibit prepare(ExhibitInput x, BlobSource blobs, boolean attachOriginals) throws IOException {
        Evidence e = x.evidence();
        Path file = blobs.path(e.sha256());
        String name = Manifest.attachmentName(x, attachOriginals);
        if (!e.isImage()) {
            Attachment attachment = null;
            if (name != null) {
                MessageDigest sha = Hashes.sha256();
                MessageDigest md5 = md5();
                long size = 0;
                byte[] buf = new byte[1 << 16];
                try (InputStream in = Files.newInputStream(file)) {
                    for (int n; (n = in.read(buf)) > 0; size += n) {
                        sha.update(buf, 0, n);
                        md5.update(buf, 0, n);
                    }
                }
                attachment = checked(e, name, file, size, sha, md5);
            }
            return new PreparedExhibit(x, attachment, null);
        }
        byte[] bytes = Files.readAllBytes(file);
        Attachment attachment = null;
        if (name != null) {
            MessageDigest sha = Hashes.sha256();
            MessageDigest md5 = md5();
            sha.update(bytes);
            md5.update(bytes);
            attachment = checked(e, name, file, bytes.length, sha, md5);
        }
        return new PreparedExhibit(x, attachment, image(x, file, bytes, blobs));
    }

    private static Image image(ExhibitInput x, Path file, byte[] bytes, BlobSource blobs) {
        String type = x.evidence().mediaType();
        if (x.isRedacted()) {
            return new Decode(bytes);
        }
        if ("image/jpeg".equals(type)) {
            Optional<JpegHeader> header = JpegHeader.parse(bytes);
            if (header.isPresent()) {
                return new JpegAsIs(file, bytes.length, header.get());
            }
        } else if ("image/png".equals(type)) {
            Optional<PngPassthrough.Header> header = PngPassthrough.parse(bytes);
            if (header.isPresent() && PngPassthrough.canCopy(header.get())) {
                return new PngAsIs(file, header.get());
            }
            if (header.isPresent() && PngPassthrough.canDropAlpha(header.get())) {
                // rows the background prepared from this very original, when they check out
                Optional<PageImages.Kept> kept = PageImages.kept(blobs, x.evidence().sha256(), header.get());
                if (kept.isPresent()) {
                    return new PngKept(kept.get());
                }
                try {
                    Optional<PngPassthrough.Opaque> rows = PngPassthrough.dropOpaqueAlpha(bytes, header.get());
                    if (rows.isPresent()) {
                        return new PngOpaque(rows.get());
                    }
                } catch (IOException e) {
                    // damaged rows: ImageIO decides below whether the file is readable at all
                }
            }
        }
        return new Decode(bytes);
    }

    /** The checksums of an original, once its SHA-256 is known to be the one the vault recorded. */
    private static Attachment checked(Evidence e, String name, Path file, long size, MessageDigest sha,
                                      MessageDigest md5) throws IOException {
        String actual = Hashes.hex(sha.digest());
        if (!actual.equals(e.sha256())) {
            // a dossier must never certify a file that differs from what was recorded
            throw new IOException("The original of " + e.exhibit() + " (" + e.originalName()
                    + ") no longer matches its SHA-256; run verify on the vault");
        }
        return new Attachment(name, file, size, actual, md5.digest());
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has MD5", e);
        }
    }
}
