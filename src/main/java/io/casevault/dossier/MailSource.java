package io.casevault.dossier;

import io.casevault.domain.Evidence;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The e-mail of a case, for its dossier: an e-mail exhibit's readable content, read when its pages are written (so
 * the bodies of a thousand messages are never held at once), and the conversations the messages form.
 */
public interface MailSource {

    /** No e-mail: every exhibit is printed as before, no correspondence section. */
    MailSource NONE = new MailSource() {
        @Override
        public Optional<MailContent> content(Evidence exhibit) {
            return Optional.empty();
        }

        @Override
        public List<Conversation> conversations() {
            return List.of();
        }
    };

    /** The content of an e-mail exhibit; empty for other exhibits or an e-mail that cannot be read. */
    Optional<MailContent> content(Evidence exhibit);

    /** The case's e-mail conversations, in the order they started, each with its follow-ups in time order. */
    List<Conversation> conversations();

    /** One conversation: its subject and the follow-ups its messages became. */
    record Conversation(String subject, List<Long> followUpIds) {
        public Conversation {
            Objects.requireNonNull(subject, "subject");
            followUpIds = List.copyOf(followUpIds);
        }
    }
}
