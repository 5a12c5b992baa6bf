package io.casevault.app;

import io.casevault.domain.Evidence;
import io.casevault.media.PerceptualHash;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the exhibit a newly added picture looks the same as (a screenshot pasted again, and so re-encoded, has other
 * bytes and other hash): the coarse {@link PerceptualHash} of every picture, kept under the vault's
 * {@code cache/looks/} (derived data: made again when missing, never evidence), finds candidates; two pictures of the
 * same pixel size are confirmed with the fine grid, made from both originals when needed. A hint for the user, who
 * compares the two and decides; nothing is merged.
 */
public final class LookAlikes {
    private static final Logger LOG = LoggerFactory.getLogger(LookAlikes.class);
    /** The coarse grid averages whole cells: a rendition this size gives the same cells as the full picture. */
    private static final int COARSE_EDGE = 1024;

    private final Path dir;
    private final Function<String, Path> originals;

    /**
     * @param cacheDir  the vault's cache folder; the kept looks go to its {@code looks/} subfolder
     * @param originals the path of an original by its SHA-256
     */
    public LookAlikes(Path cacheDir, Function<String, Path> originals) {
        this.dir = Objects.requireNonNull(cacheDir).resolve("looks");
        this.originals = Objects.requireNonNull(originals);
    }

    /**
     * The first of {@code others} (in their order) that {@code added} looks the same as; empty when none does or
     * {@code added} is no picture that can be read. Decodes pictures: not on the FX thread.
     */
    public Optional<Evidence> sameLookAs(Evidence added, List<Evidence> others) {
        Optional<PerceptualHash> look = coarse(added);
        if (look.isEmpty()) {
            return Optional.empty();
        }
        for (Evidence other : others) {
            if (other.id() == added.id() || other.sha256().equals(added.sha256()) || other.trashedAt() != null) {
                continue;
            }
            if (coarse(other).filter(look.get()::looksTheSame).isPresent() && confirmed(added, other)) {
                return Optional.of(other);
            }
        }
        return Optional.empty();
    }

    /** The picture's coarse look, read from the cache or made and kept there. */
    public Optional<PerceptualHash> coarse(Evidence e) {
        if (!e.isImage()) {
            return Optional.empty();
        }
        Path kept = dir.resolve(e.sha256() + ".look");
        try {
            if (Files.isRegularFile(kept)) {
                return Optional.of(PerceptualHash.fromBytes(Files.readAllBytes(kept)));
            }
        } catch (IOException | IllegalArgumentException ex) {
            LOG.debug("Kept look of {} unreadable, making it again: {}", e.exhibit(), ex.toString());
        }
        Optional<BufferedImage> image = decode(e, COARSE_EDGE);
        if (image.isEmpty()) {
            return Optional.empty();
        }
        PerceptualHash look = PerceptualHash.of(image.get());
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "look", ".tmp");
            try {
                Files.write(tmp, look.toBytes());
                OutputFile.moveIntoPlace(tmp, kept);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException ex) {
            LOG.warn("Could not keep the look of {}: {}", e.exhibit(), ex.toString());
        }
        return Optional.of(look);
    }

    /** Two pictures of the same pixel size must also match on the fine grid; others are judged by the coarse one. */
    private boolean confirmed(Evidence a, Evidence b) {
        if (a.width() == null || !a.width().equals(b.width()) || !Objects.equals(a.height(), b.height())) {
            return true;
        }
        Optional<BufferedImage> first = decode(a, Integer.MAX_VALUE);
        Optional<BufferedImage> second = decode(b, Integer.MAX_VALUE);
        return first.isPresent() && second.isPresent()
                && PerceptualHash.fine(first.get()).looksTheSame(PerceptualHash.fine(second.get()));
    }

    private Optional<BufferedImage> decode(Evidence e, int maxEdge) {
        try {
            BufferedImage image = ThumbnailService.decode(originals.apply(e.sha256()), e.mediaType(), maxEdge);
            return Optional.ofNullable(image).map(i -> ThumbnailService.orient(i, e.orientation()));
        } catch (IOException | RuntimeException ex) {
            LOG.debug("No look for {}: {}", e.exhibit(), ex.toString());
            return Optional.empty();
        }
    }
}
