package io.casevault.domain.understanding;

import io.casevault.domain.DomainException;
import io.casevault.domain.Redaction;

import java.time.ZoneId;
import java.util.Locale;

/**
 * One thing CaseVault proposes from what an exhibit shows; the user accepts or dismisses it. {@link #key()} names it
 * among the proposals of its kind for one exhibit, so a proposal made again is recognised as the same one (and a
 * dismissed one is not offered again).
 */
public sealed interface Proposal {

    /** The kinds, named in the CLI's JSON by {@link #code()}. */
    enum Kind {
        LINK, TRANSACTION, CAPTION, REDACTION, TIME;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind ofCode(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }

    Kind kind();

    String key();

    /** How sure CaseVault is, 0 to 1: the recogniser's confidence in the lines it used, lowered by weaker rules. */
    double confidence();

    /** Whether CaseVault applies it by itself (audited and undoable): only a link by an equal reference number. */
    default boolean automatic() {
        return false;
    }

    private static void check(double confidence) {
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new DomainException("A proposal's confidence is 0 to 1, not " + confidence + ".");
        }
    }

    /** Why a link is proposed. */
    enum LinkRule {
        /** The screenshot shows the transaction's own transaction or order number. */
        REFERENCE,
        /** The amount matches and the time is within a few minutes (or the day, when only a day is shown). */
        AMOUNT_AND_TIME
    }

    /** Link the exhibit to a recorded transaction; {@code shown} is the number or amount the link rests on. */
    record Link(long transactionId, LinkRule rule, String shown, double confidence) implements Proposal {
        public Link {
            check(confidence);
            if (rule == null || shown == null) {
                throw new DomainException("A proposed link needs its rule and what it rests on.");
            }
        }

        @Override
        public Kind kind() {
            return Kind.LINK;
        }

        @Override
        public String key() {
            return "tx:" + transactionId;
        }

        @Override
        public boolean automatic() {
            return rule == LinkRule.REFERENCE;
        }
    }

    /**
     * Record the payment the screenshot shows, which no transaction of the case matches: the form's values. The
     * amount keeps the sign shown (negative: money out) and its currency may be unknown (then the form asks). The
     * status is kept both as what it means and as the words the screenshot shows ({@code statusShown}: 交易成功,
     * "Completed"), which is what a recorded transaction's status says, as a statement's would.
     */
    record Record(ShownTime at, ShownAmount amount, String counterparty, String reference, PaymentStatus status,
                  String statusShown, double confidence) implements Proposal {
        public Record {
            check(confidence);
            if (at == null || amount == null) {
                throw new DomainException("A transaction to record needs its time and amount.");
            }
        }

        @Override
        public Kind kind() {
            return Kind.TRANSACTION;
        }

        @Override
        public String key() {
            return at.display() + " " + amount.value().toPlainString();
        }
    }

    /** A caption from what the screenshot shows. */
    record CaptionText(String caption, double confidence) implements Proposal {
        public CaptionText {
            check(confidence);
            if (caption == null || caption.isBlank()) {
                throw new DomainException("A proposed caption must not be empty.");
            }
        }

        @Override
        public Kind kind() {
            return Kind.CAPTION;
        }

        @Override
        public String key() {
            return caption;
        }
    }

    /** A redaction box over personal data, in the original's pixel space. */
    record Cover(SensitiveKind sensitive, Redaction box, double confidence) implements Proposal {
        public Cover {
            check(confidence);
            if (sensitive == null || box == null) {
                throw new DomainException("A proposed redaction needs its kind and box.");
            }
        }

        @Override
        public Kind kind() {
            return Kind.REDACTION;
        }

        @Override
        public String key() {
            return box.x() + "," + box.y() + "," + box.width() + "," + box.height();
        }
    }

    /** The time the screenshot shows, read as wall-clock time in {@code zone}. */
    record EventTime(ShownTime shown, ZoneId zone, double confidence) implements Proposal {
        public EventTime {
            check(confidence);
            if (shown == null || zone == null) {
                throw new DomainException("A proposed event time needs the time shown and its zone.");
            }
        }

        @Override
        public Kind kind() {
            return Kind.TIME;
        }

        @Override
        public String key() {
            return shown.display() + " " + zone.getId();
        }
    }
}
