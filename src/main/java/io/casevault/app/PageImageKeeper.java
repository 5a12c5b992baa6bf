package io.casevault.app;

import io.casevault.domain.BlobSource;
import io.casevault.domain.Hashes;
import io.casevault.dossier.PageImages;
import io.casevault.media.MediaSniffer;
import io.casevault.vault.EvidenceRepository;
import io.casevault.vault.Vault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Makes the page-ready image rows of originals ({@link PageImages}) in the background, after their text was
 * recognised, so that an export later embeds them without redoing that work. Derived data: written without forcing it
 * to disk (the export checks it and does without it when it is damaged), and a failure is only logged.
 */
final class PageImageKeeper {
    private static final Logger LOG = LoggerFactory.getLogger(PageImageKeeper.class);
    /** PNG signature and IHDR: the colour type is byte 25. */
    private static final int PNG_HEAD = 26;

    private PageImageKeeper() {
    }

    /**
     * Keeps the rows of every original that needs them and has none yet (those of a vault made before this existed,
     * or whose writing failed), until {@code stop} says so; returns how many were kept.
     */
    static int keepMissing(Vault vault, EvidenceRepository evidence, BooleanSupplier stop) {
        Set<String> hashes = new LinkedHashSet<>();
        vault.read(h -> {
            evidence.forEachBlobReference(h, r -> hashes.add(r.sha256()));
            return null;
        });
        int kept = 0;
        for (String sha : hashes) {
            if (stop.getAsBoolean()) {
                break;
            }
            if (needsRows(vault.blobs(), sha) && keep(vault.blobs(), sha)) {
                kept++;
            }
        }
        return kept;
    }

    /** Whether {@code sha}'s original is a PNG with an alpha channel whose rows are not kept yet. */
    private static boolean needsRows(BlobSource blobs, String sha) {
        Optional<Path> target = blobs.derived(sha, PageImages.KIND);
        if (target.isEmpty() || Files.exists(target.get())) {
            return false;
        }
        try (InputStream in = blobs.open(sha)) {
            byte[] head = in.readNBytes(PNG_HEAD);
            // colour types 4 and 6: grey and RGB with alpha
            return MediaSniffer.PNG.equals(MediaSniffer.sniff(head, head.length)) && head.length == PNG_HEAD
                    && (head[PNG_HEAD - 1] == 4 || head[PNG_HEAD - 1] == 6);
        } catch (IOException e) {
            return false; // verify reports a missing or unreadable original
        }
    }

    /**
     * Keeps the rows of the original {@code sha256} unless they are kept already or the export needs none; returns
     * whether a file was written.
     */
    static boolean keep(BlobSource blobs, String sha256) {
        Optional<Path> target = blobs.derived(sha256, PageImages.KIND);
        if (target.isEmpty() || Files.exists(target.get())) {
            return false;
        }
        try {
            byte[] png = Files.readAllBytes(blobs.path(sha256));
            if (!Hashes.hex(Hashes.sha256().digest(png)).equals(sha256)) {
                LOG.warn("The original {} does not match its SHA-256; no page rows kept for it", sha256);
                return false;
            }
            Optional<byte[]> rows = PageImages.prepare(png, sha256);
            if (rows.isEmpty()) {
                return false;
            }
            Files.createDirectories(target.get().getParent());
            // named after the original, so a purge removes a leftover too; the export reads only the finished name
            Path tmp = Files.createTempFile(target.get().getParent(), sha256, ".part");
            try {
                Files.write(tmp, rows.get());
                OutputFile.moveIntoPlace(tmp, target.get());
            } finally {
                Files.deleteIfExists(tmp);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.info("Page rows of {} not kept ({}); an export prepares them itself", sha256, e.toString());
            return false;
        }
    }
}
