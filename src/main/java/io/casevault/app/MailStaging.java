package io.casevault.app;

import io.casevault.domain.HashedBytes;
import io.casevault.domain.Reason;
import io.casevault.importer.mail.MailAttachment;
import io.casevault.importer.mail.MailFileReader;
import io.casevault.importer.mail.MailItem;
import io.casevault.importer.mail.MailMessage;
import io.casevault.importer.mail.MailOrigin;
import io.casevault.importer.mail.MailParser;
import io.casevault.importer.mail.MailThreads;
import io.casevault.media.MediaProbe;
import io.casevault.media.MediaRejectedException;
import io.casevault.media.ProbeResult;
import io.casevault.vault.StagedBlob;
import io.casevault.vault.Vault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The part of an e-mail import that runs on the I/O executor's workers, many messages at once: a message is parsed,
 * and unless the case has it already its bytes and attachments are staged, each attachment checked like any file.
 * They are not forced to disk here: the commit that records a batch of messages forces all their files at once,
 * which costs the disk far less than one file after another. What is kept of the message for its
 * rows is small (no body, no attachment bytes), so many can wait for their commit.
 */
final class MailStaging {
    private static final Logger LOG = LoggerFactory.getLogger(MailStaging.class);
    private static final int MAX_NAME = 80;
    private static final Pattern UNSAFE = Pattern.compile("[\\/:*?\"<>|\\p{Cntrl}]");

    private final Vault vault;
    private final MediaProbe probe;

    MailStaging(Vault vault, MediaProbe probe) {
        this.vault = Objects.requireNonNull(vault);
        this.probe = Objects.requireNonNull(probe);
    }

    /**
     * One message read and staged, or why not; {@code entry} is what threading needs of it (null when it could not be
     * read), {@code row} what is recorded of it (null unless it was staged).
     */
    record Prepared(MailOrigin origin, MailMessage message, MailThreads.Entry entry, MailRecorder.Row row,
            List<Staged> staged, List<Reason> problems, IOException failure) {
        Prepared {
            Objects.requireNonNull(origin, "origin");
            staged = List.copyOf(staged);
            problems = List.copyOf(problems);
        }

        /** The message could not be read as an e-mail ({@code problems} says why). */
        boolean unreadable() {
            return message == null;
        }

        /** The case had the message before this import started: nothing was staged. */
        boolean known() {
            return message != null && staged.isEmpty() && failure == null;
        }

        String key() {
            return message.dedupKey();
        }
    }

    /**
     * One staged original: an e-mail (its media type given) or an attachment (its media type from the probe).
     * {@code shared} when the file belongs to the import's {@link MailContents}, not to this message alone.
     */
    record Staged(StagedBlob blob, boolean shared, String name, String mediaType, ProbeResult probe) {
        String sha256() {
            return blob.sha256();
        }
    }

    /**
     * Parses {@code unread} and, unless its key is in {@code imported}, stages it and makes its row for
     * {@code context}; its attachments are staged and checked once per content through {@code contents}. Safe to call
     * from several threads.
     */
    Prepared prepare(MailFileReader.Unread unread, MailParser parser, MailRecorder.Context context,
            Set<String> imported, MailContents contents) {
        MailItem item = unread.parse(parser);
        if (item instanceof MailItem.Failed f) {
            return new Prepared(f.origin(), null, null, null, List.of(), List.of(f.reason()), null);
        }
        MailItem.Read read = (MailItem.Read) item;
        MailMessage m = read.message();
        MailThreads.Entry entry = MailThreads.Entry.of(m);
        if (imported.contains(m.dedupKey())) {
            return new Prepared(read.origin(), slim(m), entry, null, List.of(), List.of(), null);
        }
        List<Staged> staged = new ArrayList<>();
        List<Reason> problems = new ArrayList<>();
        try {
            staged.add(new Staged(vault.blobs().stage(read.bytes()), false, emlName(m), "message/rfc822", null));
            for (MailAttachment a : m.attachments()) {
                Staged s = stageAttachment(problems, a, read.origin(), contents);
                if (s != null) {
                    staged.add(s);
                }
            }
            MailRecorder.Row row = MailRecorder.row(context, read.origin(), m, entry, vault.clock().instant(),
                    vault.clock().getZone());
            return new Prepared(read.origin(), slim(m), entry, row, staged, problems, null);
        } catch (IOException e) {
            discardOwn(staged);
            return new Prepared(read.origin(), slim(m), entry, null, List.of(), problems, e);
        }
    }

    /** Drops what a prepared message staged for itself alone; its originals are not recorded. */
    void discard(Prepared p) {
        discardOwn(p.staged());
    }

    private void discardOwn(List<Staged> staged) {
        staged.stream().filter(s -> !s.shared()).forEach(s -> vault.blobs().discard(s.blob()));
    }

    /** The message without what its rows do not need: its body text and its attachments' bytes. */
    private static MailMessage slim(MailMessage m) {
        return new MailMessage(m.messageId(), m.inReplyTo(), m.references(), m.subject(), m.from(), m.to(), m.cc(),
                m.date(), "", m.summary(), m.reference(), List.of(), m.gmailThreadId(), m.sha256());
    }

    /**
     * Stages and checks one attachment like any file, sharing the staged file and the verdict with the other messages
     * of the import that carry the same content; a refused one is named in {@code problems} (null).
     */
    private Staged stageAttachment(List<Reason> problems, MailAttachment a, MailOrigin origin, MailContents contents)
            throws IOException {
        String name = safeName(a.fileName());
        HashedBytes content = a.hashed();
        Optional<MailContents.Checked> shared = contents.share(content.sha256(), () -> check(a, content, origin));
        MailContents.Checked checked = shared.isPresent() ? shared.get() : check(a, content, origin);
        if (checked.refusal() != null) {
            problems.add(refused(a, origin, checked.refusal()));
            return null;
        }
        return new Staged(checked.blob(), shared.isPresent(), name, null, checked.probe());
    }

    /**
     * The attachment staged and checked, or why it is refused (then nothing of it stays staged); {@code content} is
     * its bytes, hashed once for finding its twins and for naming the staged file.
     */
    private MailContents.Checked check(MailAttachment a, HashedBytes content, MailOrigin origin) throws IOException {
        StagedBlob blob = vault.blobs().stage(content);
        try {
            return new MailContents.Checked(blob, probe.probe(blob.tmp()), null, true);
        } catch (MediaRejectedException e) {
            vault.blobs().discard(blob);
            return MailContents.Checked.refused(e.reason(), true);
        } catch (IOException | RuntimeException e) {
            vault.blobs().discard(blob);
            LOG.warn("Inspecting attachment {} of {} failed", a.fileName(), origin, e);
            return MailContents.Checked.refused(Reason.of("evidence.uninspectable",
                    "it could not be inspected: " + e.getMessage() + ".", e.getMessage()), false);
        }
    }

    private static Reason refused(MailAttachment a, MailOrigin origin, Reason why) {
        return Reason.of("mail.attachmentRefused", "The attachment '" + a.fileName() + "' of "
                + origin.describe().english() + " was not stored: " + why.english(), a.fileName(), origin.describe(),
                why);
    }

    /** {@code <subject>.eml}, without characters file systems refuse; {@code message.eml} without a subject. */
    static String emlName(MailMessage m) {
        String base = safeName(MailThreads.baseSubject(m.subject()));
        if (base.length() > MAX_NAME) {
            base = base.substring(0, MAX_NAME).strip();
        }
        return (base.isEmpty() ? "message" : base) + ".eml";
    }

    static String safeName(String name) {
        return UNSAFE.matcher(name).replaceAll("_").strip();
    }
}
