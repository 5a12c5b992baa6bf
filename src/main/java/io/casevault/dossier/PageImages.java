package io.casevault.dossier;

import io.casevault.domain.BlobSource;
import io.casevault.domain.Hashes;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Image rows made ready for a dossier page ahead of the export, kept as derived data ({@link BlobSource#derived},
 * kind {@value #KIND}): the RGB (or grey) rows of a PNG whose alpha channel is fully opaque, which the export would
 * otherwise inflate, strip of their alpha and deflate again ({@link PngPassthrough#dropOpaqueAlpha}), its dearest
 * step. The background text recognition prepares them after it read a screenshot.
 *
 * <p>A kept file names the original it was made from (its SHA-256), the image's size and the SHA-256 of the rows;
 * the export uses it only when all of them match the original at hand, and otherwise prepares the rows itself as
 * before. So a damaged, truncated or foreign file costs time, never a wrong picture.
 */
public final class PageImages {
    /** The folder of the derived data: {@code cache/pages/<sha256>}. */
    public static final String KIND = "pages";
    /** Names the layout below; a new layout (or new rows for the same original) takes a new one. */
    private static final byte[] MAGIC = "CVPAGE01".getBytes(StandardCharsets.US_ASCII);
    /** magic, the original's SHA-256, width, height, colours, the rows' SHA-256 */
    private static final int HEAD = MAGIC.length + 32 + 4 + 4 + 4 + 32;

    private PageImages() {
    }

    /**
     * What to keep for the PNG {@code png} (whose SHA-256 is {@code sha256}): empty when the export embeds it without
     * such work (RGB, grey and palette PNGs go in as they are) or cannot (translucent pixels, damaged rows).
     */
    public static Optional<byte[]> prepare(byte[] png, String sha256) {
        Optional<PngPassthrough.Header> h = PngPassthrough.parse(png);
        if (h.isEmpty() || PngPassthrough.canCopy(h.get()) || !PngPassthrough.canDropAlpha(h.get())) {
            return Optional.empty();
        }
        try {
            return PngPassthrough.dropOpaqueAlpha(png, h.get()).map(rows -> encode(rows, sha256));
        } catch (IOException e) {
            return Optional.empty(); // damaged rows: the export finds out the same way
        }
    }

    /**
     * Where the rows kept for the original {@code sha256} (whose PNG header is {@code h}) lie in their file, when they
     * check out: the dossier reads them from there as it is saved, checked against their SHA-256 once more, rather
     * than copy them into the document's stream cache on the page writer's thread.
     */
    record Kept(Path file, long offset, long length, int width, int height, int colours, String sha256) {
    }

    /** The rows kept for the original {@code sha256} whose PNG header is {@code h}, when they check out. */
    static Optional<Kept> kept(BlobSource blobs, String sha256, PngPassthrough.Header h) {
        Optional<Path> file = blobs.derived(sha256, KIND);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(file.get());
            return check(bytes, sha256, h).map(rowsSha -> new Kept(file.get(), HEAD, bytes.length - HEAD, h.width(),
                    h.height(), colours(h), rowsSha));
        } catch (IOException e) {
            return Optional.empty(); // not made yet, or unreadable: the export prepares the rows itself
        }
    }

    static byte[] encode(PngPassthrough.Opaque rows, String sha256) {
        ByteBuffer b = ByteBuffer.allocate(HEAD + rows.deflated().length);
        b.put(MAGIC).put(HexFormat.of().parseHex(sha256)).putInt(rows.width()).putInt(rows.height())
                .putInt(rows.colours()).put(digest(rows.deflated(), 0, rows.deflated().length))
                .put(rows.deflated());
        return b.array();
    }

    private static int colours(PngPassthrough.Header h) {
        return h.colorType() == 6 ? 3 : 1;
    }

    /** The SHA-256 of the rows in {@code file}, if it is whole and was made from the original {@code sha256}. */
    private static Optional<String> check(byte[] file, String sha256, PngPassthrough.Header h) {
        if (file.length <= HEAD || !Arrays.equals(file, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return Optional.empty();
        }
        ByteBuffer b = ByteBuffer.wrap(file, MAGIC.length, HEAD - MAGIC.length);
        byte[] original = new byte[32];
        b.get(original);
        int width = b.getInt();
        int height = b.getInt();
        int colours = b.getInt();
        byte[] rowsSha = new byte[32];
        b.get(rowsSha);
        if (!Arrays.equals(original, HexFormat.of().parseHex(sha256)) || width != h.width() || height != h.height()
                || colours != colours(h) || !Arrays.equals(rowsSha, digest(file, HEAD, file.length - HEAD))) {
            return Optional.empty();
        }
        return Optional.of(HexFormat.of().formatHex(rowsSha));
    }

    private static byte[] digest(byte[] bytes, int from, int length) {
        MessageDigest sha = Hashes.sha256();
        sha.update(bytes, from, length);
        return sha.digest();
    }
}
