package io.casevault.app;

import io.casevault.domain.ContactDirection;
import io.casevault.domain.DomainException;
import io.casevault.domain.Reason;
import io.casevault.importer.mail.MailAddress;
import io.casevault.importer.mail.MailDirection;
import io.casevault.importer.mail.MailFileReader;
import io.casevault.importer.mail.MailItem;
import io.casevault.importer.mail.MailMessage;
import io.casevault.importer.mail.MailOrigin;
import io.casevault.importer.mail.MailParser;
import io.casevault.vault.AuditLog;
import io.casevault.vault.MailRepository;
import io.casevault.vault.Vault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The user's own e-mail addresses, once per vault: a message from one of them is one the user sent (the follow-up
 * goes out and starts the channel's response clock). Asked once, remembered; when they change, the direction and
 * counterpart of every follow-up already made from an e-mail are derived again from its stored .eml, each change
 * audited.
 */
public final class MailAddressService {
    private static final Logger LOG = LoggerFactory.getLogger(MailAddressService.class);
    /** How many messages of the files are read for addresses to offer: enough to find the user in any mailbox. */
    private static final int SAMPLE = 500;

    private final Vault vault;
    private final MailRepository mail;
    private final AuditLog audit;

    public MailAddressService(Vault vault, MailRepository mail, AuditLog audit) {
        this.vault = Objects.requireNonNull(vault);
        this.mail = Objects.requireNonNull(mail);
        this.audit = Objects.requireNonNull(audit);
    }

    /** The user's own addresses (lower case, sorted); empty until the user named them. */
    public List<String> ownAddresses() {
        return vault.read(mail::ownAddresses);
    }

    /**
     * The addresses in the From, To and Cc of the files' messages (the first few hundred of an mbox), the most
     * frequent first: one of them is most likely the user's. A file that cannot be read adds nothing.
     */
    public List<Candidate> candidates(List<Path> files) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, MailAddress> shown = new LinkedHashMap<>();
        MailParser parser = new MailParser(vault.clock().getZone());
        int read = 0;
        for (Path file : files) {
            String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
            try (InputStream in = Files.newInputStream(file);
                 MailFileReader reader = MailFileReader.open(in, name, parser)) {
                while (reader.hasNext() && read < SAMPLE) {
                    if (reader.next() instanceof MailItem.Read r) {
                        read++;
                        addresses(r.message()).forEach(a -> {
                            counts.computeIfAbsent(a.key(), k -> new int[1])[0]++;
                            shown.merge(a.key(), a, (old, now) -> old.displayName().isEmpty() ? now : old);
                        });
                    }
                }
            } catch (IOException | RuntimeException e) {
                LOG.info("No addresses read from {}: {}", file, e.toString());
            }
        }
        return counts.entrySet().stream()
                .map(e -> new Candidate(e.getKey(), shown.get(e.getKey()).displayName(), e.getValue()[0]))
                .sorted(Comparator.comparingInt(Candidate::messages).reversed().thenComparing(Candidate::address))
                .toList();
    }

    private static Stream<MailAddress> addresses(MailMessage m) {
        return Stream.of(m.from().stream(), m.to().stream(), m.cc().stream()).flatMap(s -> s).distinct();
    }

    /**
     * Remembers the user's own addresses for this vault, replacing those stored before, and when they changed derives
     * the direction and counterpart of the e-mails already imported again. Returns how many follow-ups changed.
     */
    public Changed setOwnAddresses(Collection<String> addresses) {
        List<String> clean = addresses.stream().map(a -> a.strip().toLowerCase(Locale.ROOT)).filter(a -> !a.isEmpty())
                .distinct().sorted().toList();
        for (String a : clean) {
            if (!a.matches("[^@\\s]+@[^@\\s]+")) {
                throw new DomainException(Reason.of("mail.ownAddress.invalid",
                        "'" + a + "' is not an e-mail address.", a));
            }
        }
        vault.requireWritable();
        List<String> old = ownAddresses();
        if (old.equals(clean)) {
            return new Changed(clean, 0);
        }
        List<Rederived> again = rederive(new MailDirection(clean));
        Instant now = vault.clock().instant();
        vault.transaction(h -> {
            mail.replaceOwnAddresses(h, clean);
            audit.append(h, now, null, "mail", null, "own-addresses-changed",
                    AuditDetail.change("addresses", String.join(",", old), String.join(",", clean)).json());
            for (Rederived r : again) {
                mail.setDirection(h, r.was().followUpId(), r.direction(), r.contact());
                audit.append(h, now, r.was().caseId(), "followup", r.was().followUpId(), "direction-rederived",
                        AuditDetail.change("direction", r.was().direction(), r.direction())
                                .and("contact", r.contact()).and("addresses", String.join(",", clean)).json());
            }
            return null;
        });
        return new Changed(clean, again.size());
    }

    /** The e-mail follow-ups whose direction or counterpart the addresses change, read from their originals. */
    private List<Rederived> rederive(MailDirection direction) {
        MailParser parser = new MailParser(vault.clock().getZone());
        List<Rederived> out = new ArrayList<>();
        for (MailRepository.MailFollowUp f : vault.read(mail::mailFollowUps)) {
            MailMessage m;
            try (InputStream in = vault.blobs().open(f.emlSha256())) {
                m = parser.parse(in.readAllBytes(), MailOrigin.file(f.emlSha256() + ".eml"));
            } catch (IOException | RuntimeException e) {
                LOG.warn("The e-mail of follow-up {} could not be read again; its direction stays", f.followUpId(), e);
                continue;
            }
            ContactDirection d = direction.of(m);
            String contact = direction.counterpart(m).map(Object::toString).orElse(null);
            if (d != f.direction() || !Objects.equals(contact, f.contact())) {
                out.add(new Rederived(f, d, contact));
            }
        }
        return out;
    }

    /** An address found in the messages, with its display name and in how many messages it appears. */
    public record Candidate(String address, String displayName, int messages) {
        public Candidate {
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(displayName, "displayName");
        }

        @Override
        public String toString() {
            return displayName.isEmpty() ? address : displayName + " <" + address + ">";
        }
    }

    /** The addresses stored, and how many imported e-mails changed direction or counterpart with them. */
    public record Changed(List<String> addresses, int followUpsChanged) {
        public Changed {
            addresses = List.copyOf(addresses);
        }
    }

    private record Rederived(MailRepository.MailFollowUp was, ContactDirection direction, String contact) {
    }
}
