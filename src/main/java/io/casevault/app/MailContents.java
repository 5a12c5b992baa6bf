package io.casevault.app;

import io.casevault.domain.Reason;
import io.casevault.media.ProbeResult;
import io.casevault.vault.BlobStore;
import io.casevault.vault.StagedBlob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The attachment contents of one e-mail import, by SHA-256. Replies and forwards carry the same screenshot again and
 * again: its bytes are staged and checked once, by the first message that carries it, and every message carrying it
 * shares that one staged file (writing a copy per message only to delete it at the commit cost the disk a file
 * created, written and removed each time). The commit that first records one of those messages places the file;
 * later commits know the content is stored. A content the probe refused is refused again with the same reason.
 *
 * <p>The workers call {@link #share}; the importing thread, which commits, calls the rest. It remembers at most
 * {@value #MAX_CONTENTS} contents, so its memory stays small whatever the size of the import; a message carrying one
 * more stages its own copy.
 */
final class MailContents {
    private static final Logger LOG = LoggerFactory.getLogger(MailContents.class);
    private static final int MAX_CONTENTS = 4096;

    /**
     * What the first message carrying a content made of it: the staged file and the probe's result, or why the probe
     * refused it (then nothing is staged). {@code keep} is false for a refusal that may not hold next time (the
     * content could not be inspected): later messages check their copy again.
     */
    record Checked(StagedBlob blob, ProbeResult probe, Reason refusal, boolean keep) {
        static Checked refused(Reason why, boolean keep) {
            return new Checked(null, null, why, keep);
        }
    }

    /** Stages and checks a content, for the first message that carries it. */
    interface Check {
        Checked run() throws IOException;
    }

    private final Map<String, CompletableFuture<Checked>> bySha = new ConcurrentHashMap<>();
    /** The shared contents a commit placed (importing thread only). */
    private final Set<String> placed = new HashSet<>();
    /** The shared contents a failed commit consumed, with its failure (importing thread only). */
    private final Map<String, IOException> lost = new HashMap<>();

    /**
     * The content {@code sha256} staged and checked by {@code check}, now or for an earlier message; empty when there
     * is no room to remember it (the caller then stages its own copy). Safe to call from several threads; one
     * waiting for another's check gets its result.
     *
     * @throws IOException when staging it failed (a later message tries again)
     */
    Optional<Checked> share(String sha256, Check check) throws IOException {
        while (true) {
            CompletableFuture<Checked> first = bySha.get(sha256);
            if (first == null) {
                if (bySha.size() >= MAX_CONTENTS) {
                    return Optional.empty();
                }
                CompletableFuture<Checked> mine = new CompletableFuture<>();
                first = bySha.putIfAbsent(sha256, mine);
                if (first == null) {
                    return Optional.of(runFirst(sha256, mine, check));
                }
            }
            try {
                Checked c = first.join();
                if (c.keep()) {
                    return Optional.of(c);
                }
                // refused for a reason that may not hold again: this message's copy is checked afresh
                bySha.remove(sha256, first);
            } catch (CompletionException e) {
                bySha.remove(sha256, first); // the first message failed to stage it: this one tries
            }
        }
    }

    private Checked runFirst(String sha256, CompletableFuture<Checked> mine, Check check) throws IOException {
        try {
            Checked c = check.run();
            mine.complete(c);
            if (!c.keep()) {
                bySha.remove(sha256, mine);
            }
            return c;
        } catch (IOException | RuntimeException | Error e) {
            bySha.remove(sha256, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /**
     * Why a message cannot be stored although it was staged: one of its attachments was staged by another message,
     * whose commit failed and took the staged file with it.
     */
    Optional<IOException> lost(MailStaging.Prepared p) {
        return p.staged().stream().filter(MailStaging.Staged::shared).map(s -> lost.get(s.sha256()))
                .filter(java.util.Objects::nonNull).findFirst();
    }

    /**
     * The staged files the commit of {@code ready} places: of several with the same content only the first, and none
     * of a content an earlier commit of this import stored (it is the original of a row of this case, which stays
     * active while importing, so it stays stored). A message's own copies left out are dropped now, before they are
     * forced to disk; the rows still link every message to its attachments' exhibits.
     */
    Placing placing(List<MailStaging.Prepared> ready, BlobStore blobs) {
        Placing out = new Placing();
        Set<String> contents = new HashSet<>();
        for (MailStaging.Prepared p : ready) {
            for (MailStaging.Staged s : p.staged()) {
                if (s.shared()) {
                    out.shared.add(s.sha256());
                }
                if (placed.contains(s.sha256()) || !contents.add(s.sha256())) {
                    if (!s.shared()) {
                        blobs.discard(s.blob());
                    }
                } else {
                    out.blobs.add(s.blob());
                    if (s.shared()) {
                        out.handedShared.add(s.sha256());
                    } else {
                        out.own.add(s.blob());
                    }
                }
            }
        }
        return out;
    }

    /**
     * What one commit places: the staged files handed to it (of them, the messages' own copies and the shared
     * contents) and every shared content its messages carry.
     */
    static final class Placing {
        final List<StagedBlob> blobs = new ArrayList<>();
        final List<StagedBlob> own = new ArrayList<>();
        final Set<String> handedShared = new HashSet<>();
        final Set<String> shared = new HashSet<>();
    }

    /**
     * After a commit: {@code placed} are the shared contents it recorded, of which it was handed {@code handed}
     * (the others it had from another staged copy: that file is dropped now).
     */
    void committed(Collection<String> placed, Collection<String> handed, BlobStore blobs) {
        for (String sha : placed) {
            if (this.placed.add(sha) && !handed.contains(sha)) {
                staged(sha).ifPresent(blobs::discard);
            }
        }
    }

    /** After a failed commit, which consumed the staged files of {@code handed}. */
    void failed(Collection<String> handed, IOException why) {
        handed.forEach(sha -> lost.put(sha, why));
    }

    /**
     * Drops the staged files no commit placed: at the end of the import, or when it fails (what cannot be removed now
     * stays in staging, which the next open empties).
     */
    void discardUnplaced(BlobStore blobs) {
        for (String sha : bySha.keySet()) {
            if (!placed.contains(sha)) {
                try {
                    staged(sha).ifPresent(blobs::discard);
                } catch (UncheckedIOException e) {
                    LOG.warn("Could not remove a staged attachment; the next open removes it", e);
                }
            }
        }
        bySha.clear();
    }

    private Optional<StagedBlob> staged(String sha256) {
        CompletableFuture<Checked> f = bySha.get(sha256);
        Checked c = f == null || f.isCompletedExceptionally() ? null : f.getNow(null);
        return c == null ? Optional.empty() : Optional.ofNullable(c.blob());
    }
}
