package io.casevault.app;

import io.casevault.domain.Evidence;
import io.casevault.dossier.DossierInput;
import io.casevault.dossier.ExhibitInput;
import io.casevault.dossier.MailContent;
import io.casevault.dossier.MailSource;
import io.casevault.importer.mail.MailAddress;
import io.casevault.importer.mail.MailAttachment;
import io.casevault.importer.mail.MailMessage;
import io.casevault.importer.mail.MailOrigin;
import io.casevault.importer.mail.MailParser;
import io.casevault.vault.Vault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Gives the dossier the case's e-mail: each e-mail exhibit's headers, text and attachments (with the exhibits they
 * became), read from its stored original when its pages are written, and the conversations of the messages.
 */
final class MailDossier {
    private static final Logger LOG = LoggerFactory.getLogger(MailDossier.class);

    private final Vault vault;
    private final MailThreadService threads;

    MailDossier(Vault vault, MailThreadService threads) {
        this.vault = Objects.requireNonNull(vault);
        this.threads = Objects.requireNonNull(threads);
    }

    /** {@code in} with the case's e-mail. */
    DossierInput addTo(DossierInput in, long caseId) {
        List<MailSource.Conversation> conversations = threads.conversations(caseId).stream()
                .map(c -> new MailSource.Conversation(c.subject(), c.followUpIds())).toList();
        // the exhibits of each follow-up, to name the exhibit every attachment became
        Map<Long, List<Evidence>> byFollowUp = new HashMap<>();
        for (ExhibitInput x : in.exhibits()) {
            x.links().followUpIds().forEach(f -> byFollowUp.computeIfAbsent(f, k -> new ArrayList<>())
                    .add(x.evidence()));
        }
        Map<Long, List<Long>> followUpsOf = new HashMap<>();
        in.exhibits().forEach(x -> followUpsOf.put(x.evidence().id(), x.links().followUpIds()));
        return in.withMail(new MailSource() {
            @Override
            public Optional<MailContent> content(Evidence exhibit) {
                List<Evidence> siblings = followUpsOf.getOrDefault(exhibit.id(), List.of()).stream()
                        .flatMap(f -> byFollowUp.getOrDefault(f, List.of()).stream())
                        .filter(e -> e.id() != exhibit.id()).toList();
                return read(exhibit, siblings);
            }

            @Override
            public List<Conversation> conversations() {
                return conversations;
            }
        });
    }

    private Optional<MailContent> read(Evidence eml, List<Evidence> siblings) {
        MailMessage m;
        try (InputStream in = vault.blobs().open(eml.sha256())) {
            m = new MailParser(vault.clock().getZone()).parse(in.readAllBytes(), MailOrigin.file(eml.originalName()));
        } catch (IOException | RuntimeException e) {
            LOG.info("{} could not be read as an e-mail for the dossier: {}", eml.exhibit(), e.toString());
            return Optional.empty();
        }
        List<MailContent.Attachment> attachments = new ArrayList<>();
        for (MailAttachment a : m.attachments()) {
            String exhibit = siblings.stream().filter(s -> s.originalName().equals(MailStaging.safeName(a.fileName())))
                    .map(Evidence::exhibit).findFirst().orElse(null);
            attachments.add(new MailContent.Attachment(a.fileName(), exhibit));
        }
        return Optional.of(new MailContent(m.from().map(MailAddress::toString).orElse(""),
                m.to().stream().map(MailAddress::toString).toList(), m.cc().stream().map(MailAddress::toString)
                        .toList(), m.date().map(d -> d.at()).orElse(null), m.date().map(d -> d.zone()).orElse(null),
                m.subject(), m.text(), attachments));
    }
}
