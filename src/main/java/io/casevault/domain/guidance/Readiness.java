package io.casevault.domain.guidance;

import io.casevault.domain.Case;
import io.casevault.domain.ContactDirection;
import io.casevault.domain.Direction;
import io.casevault.domain.Evidence;
import io.casevault.domain.FollowUp;
import io.casevault.domain.Transaction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Whether a case is ready to be put to the provider or an authority, and how strong it looks. */
public final class Readiness {

    /** What the user does to fix an open item. */
    public enum Fix { OPEN_TRANSACTIONS, OPEN_EVIDENCE, EDIT_CASE, LOG_FOLLOW_UP }

    public enum Item {
        TRANSACTIONS(Fix.OPEN_TRANSACTIONS), EVIDENCE(Fix.OPEN_EVIDENCE), DEMANDS(Fix.EDIT_CASE),
        AMOUNT(Fix.EDIT_CASE), CHANNEL_CONTACTED(Fix.LOG_FOLLOW_UP), REFERENCE(Fix.LOG_FOLLOW_UP),
        DEADLINE(Fix.EDIT_CASE);

        private final Fix fix;

        Item(Fix fix) {
            this.fix = fix;
        }

        public Fix fix() {
            return fix;
        }
    }

    public record Check(Item item, boolean done) {
    }

    public enum Level { WEAK, FAIR, STRONG }

    /** One finding behind the strength: a code and the number it counts, where it counts one. */
    public record Point(PointKind kind, long count, boolean good) {
    }

    public enum PointKind {
        AMOUNT_BACKED, AMOUNT_NOT_BACKED, NO_AMOUNT, EVIDENCE_ITEMS, NO_EVIDENCE, EVIDENCE_LINKED, CONTACTS,
        NO_CONTACTS, WRITTEN_CONTACT, REFERENCES,
        /** How many transactions a linked screenshot proves (informational: it does not move the level). */
        TRANSACTIONS_PROVEN
    }

    public record Strength(Level level, List<Point> points) {
        public Strength {
            points = List.copyOf(points);
        }
    }

    private Readiness() {
    }

    /**
     * What the checklist and the strength read of a case's live transactions and exhibits: how many there are and the
     * outgoing total in the case's currency (zero when the case has no amount). A vault counts them without loading a
     * long case's rows.
     */
    public record Holdings(long transactions, BigDecimal outgoing, long exhibits) {
        public Holdings {
            if (transactions < 0 || exhibits < 0 || outgoing == null) {
                throw new IllegalArgumentException("Holdings need counts of zero or more and an outgoing total");
            }
        }

        /** Counted from the rows themselves (trashed ones left out). */
        public static Holdings of(Case c, List<Transaction> transactions, List<Evidence> evidence) {
            BigDecimal out = BigDecimal.ZERO;
            if (c.amount() != null) {
                for (Transaction t : transactions) {
                    if (t.trashedAt() == null && t.direction() == Direction.OUT
                            && t.money().currency().equals(c.amount().currency())) {
                        out = out.add(t.money().amount());
                    }
                }
            }
            return new Holdings(transactions.stream().filter(t -> t.trashedAt() == null).count(), out,
                    evidence.stream().filter(e -> e.trashedAt() == null).count());
        }
    }

    public static List<Check> checklist(Case c, List<Transaction> transactions, List<Evidence> evidence,
                                        List<FollowUp> followUps) {
        return checklist(c, Holdings.of(c, transactions, evidence), followUps);
    }

    public static List<Check> checklist(Case c, Holdings holdings, List<FollowUp> followUps) {
        List<FollowUp> live = followUps.stream().filter(f -> f.trashedAt() == null).toList();
        return List.of(
                new Check(Item.TRANSACTIONS, holdings.transactions() > 0),
                new Check(Item.EVIDENCE, holdings.exhibits() > 0),
                new Check(Item.DEMANDS, !c.demands().isEmpty()),
                new Check(Item.AMOUNT, c.amount() != null && c.amount().amount().signum() != 0),
                new Check(Item.CHANNEL_CONTACTED, live.stream().anyMatch(f -> f.direction()
                        == ContactDirection.OUTGOING)),
                new Check(Item.REFERENCE, live.stream().anyMatch(f -> f.ticketRef() != null)),
                new Check(Item.DEADLINE, c.deadline().isPresent()));
    }

    /**
     * The strength from three sources: whether the amount in dispute is backed by outgoing transactions of at least
     * that sum, how many exhibits there are and whether they are linked, and the history of contacts (any in writing,
     * any with a reference number). Strong needs all three good; weak is two or more bad.
     */
    public static Strength strength(Case c, List<Transaction> transactions, List<Evidence> evidence,
                                    List<FollowUp> followUps, int linkedEvidence) {
        return strength(c, transactions, evidence, followUps, linkedEvidence, 0);
    }

    /**
     * As {@link #strength(Case, List, List, List, int)}, also counting the transactions that a screenshot linked to
     * them proves ({@code provenTransactions}), when the case has transactions.
     */
    public static Strength strength(Case c, List<Transaction> transactions, List<Evidence> evidence,
                                    List<FollowUp> followUps, int linkedEvidence, int provenTransactions) {
        return strength(c, Holdings.of(c, transactions, evidence), followUps, linkedEvidence, provenTransactions);
    }

    /** As {@link #strength(Case, List, List, List, int, int)}, from the counted holdings. */
    public static Strength strength(Case c, Holdings holdings, List<FollowUp> followUps, int linkedEvidence,
                                    int provenTransactions) {
        List<Point> points = new ArrayList<>();
        int good = 0;
        int bad = 0;
        if (c.amount() == null) {
            points.add(new Point(PointKind.NO_AMOUNT, 0, false));
            bad++;
        } else {
            BigDecimal out = holdings.outgoing();
            boolean backed = out.compareTo(c.amount().amount().abs()) >= 0 && out.signum() > 0;
            points.add(new Point(backed ? PointKind.AMOUNT_BACKED : PointKind.AMOUNT_NOT_BACKED, 0, backed));
            if (backed) {
                good++;
            } else {
                bad++;
            }
        }
        if (holdings.transactions() > 0) {
            points.add(new Point(PointKind.TRANSACTIONS_PROVEN, provenTransactions, provenTransactions > 0));
        }
        long items = holdings.exhibits();
        if (items == 0) {
            points.add(new Point(PointKind.NO_EVIDENCE, 0, false));
            bad++;
        } else {
            points.add(new Point(PointKind.EVIDENCE_ITEMS, items, items >= 2));
            if (linkedEvidence > 0) {
                points.add(new Point(PointKind.EVIDENCE_LINKED, linkedEvidence, true));
            }
            if (items >= 2) {
                good++;
            }
        }
        List<FollowUp> contacts = followUps.stream().filter(f -> f.trashedAt() == null
                && f.direction() == ContactDirection.OUTGOING).toList();
        if (contacts.isEmpty()) {
            points.add(new Point(PointKind.NO_CONTACTS, 0, false));
            bad++;
        } else {
            points.add(new Point(PointKind.CONTACTS, contacts.size(), true));
            long written = contacts.stream().filter(f -> Ladder.rung(f.channel()) != Ladder.Rung.SUPPORT
                    || f.channel() == io.casevault.domain.Channel.EMAIL).count();
            if (written > 0) {
                points.add(new Point(PointKind.WRITTEN_CONTACT, written, true));
            }
            long refs = followUps.stream().filter(f -> f.trashedAt() == null && f.ticketRef() != null).count();
            if (refs > 0) {
                points.add(new Point(PointKind.REFERENCES, refs, true));
            }
            if (written > 0 || refs > 0) {
                good++;
            }
        }
        Level level = good == 3 ? Level.STRONG : bad >= 2 ? Level.WEAK : Level.FAIR;
        return new Strength(level, points);
    }
}
