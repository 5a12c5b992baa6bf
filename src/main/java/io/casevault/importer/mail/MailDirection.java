package io.casevault.importer.mail;

import io.casevault.domain.ContactDirection;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who wrote a message, as a follow-up's direction: OUTGOING (we contacted them) when its From is one of the user's
 * own addresses, INCOMING otherwise, also when it has no From. Addresses compare without regard to case.
 */
public final class MailDirection {
    private final Set<String> own;

    public MailDirection(Collection<String> ownAddresses) {
        this.own = ownAddresses.stream().map(a -> a.strip().toLowerCase(Locale.ROOT)).filter(a -> !a.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    public ContactDirection of(MailMessage message) {
        return message.from().map(f -> own.contains(f.key())).orElse(false)
                ? ContactDirection.OUTGOING : ContactDirection.INCOMING;
    }

    /**
     * The other side, for the follow-up's contact: the sender of an incoming message; of an outgoing one the first
     * recipient (To, else Cc) that is not one of the user's own addresses.
     */
    public Optional<MailAddress> counterpart(MailMessage message) {
        if (of(message) == ContactDirection.INCOMING) {
            return message.from();
        }
        return Stream.concat(message.to().stream(), message.cc().stream()).filter(a -> !own.contains(a.key()))
                .findFirst();
    }
}
