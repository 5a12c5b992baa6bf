package io.casevault.domain.understanding;

import io.casevault.domain.Direction;
import io.casevault.domain.Redaction;
import io.casevault.domain.Transaction;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What to propose for one exhibit from what it shows and the case's transactions. The rules, strongest first:
 * <ol>
 *   <li>a transaction or order number shown equals a transaction's reference (or its merchant order number): link,
 *       applied by CaseVault itself;</li>
 *   <li>otherwise the page's amount equals a transaction's (same currency when shown; a minus sign means money out,
 *       an amount without one may be either) and its time is within {@link #WINDOW} of the transaction's time in
 *       the transaction's zone (the same day when only a day is shown): a link offered, when exactly one
 *       transaction fits. A transaction whose numbers contradict every number shown is never offered (unless a number
 *       shown was not legible, which may be its own);</li>
 *   <li>a payment shown (amount and time) that no transaction fits, on an exhibit not linked to any: record it;</li>
 *   <li>a caption, the time shown (the exhibit's event time) and a redaction box over each piece of personal data
 *       not yet covered.</li>
 * </ol>
 */
public final class Proposals {
    /** How far apart the time shown and a transaction's time may be for a link by amount and time. */
    public static final Duration WINDOW = Duration.ofMinutes(5);
    private static final double BY_MINUTE = 0.9;
    private static final double BY_DAY = 0.6;
    private static final double TO_RECORD = 0.8;
    private static final double CAPTION = 0.9;

    /**
     * What is known of the exhibit besides its text.
     *
     * @param transactions the live transactions of its case
     * @param linked       the transactions it is linked to already
     * @param redactions   its redaction boxes
     * @param width        its stored pixel width, null when unknown (no redaction is proposed then)
     * @param caption      its caption now
     * @param zone         the zone to read a shown time in when no linked transaction says one
     */
    public record Exhibit(List<Transaction> transactions, Set<Long> linked, List<Redaction> redactions, Integer width,
                          Integer height, String caption, ZoneId zone) {
        public Exhibit {
            transactions = List.copyOf(transactions);
            linked = Set.copyOf(linked);
            redactions = List.copyOf(redactions);
            caption = caption == null ? "" : caption;
            Objects.requireNonNull(zone, "zone");
        }
    }

    private Proposals() {
    }

    public static List<Proposal> of(ScreenshotReading reading, Exhibit exhibit) {
        List<Proposal> out = new ArrayList<>();
        List<Proposal.Link> byReference = byReference(reading, exhibit);
        out.addAll(byReference);
        Optional<Found<ShownAmount>> amount = reading.mainAmount();
        Optional<Found<ShownTime>> time = reading.eventTime();
        List<Transaction> near = byReference.isEmpty() && amount.isPresent() && time.isPresent()
                ? byAmountAndTime(reading, exhibit, amount.get().value(), time.get().value()) : List.of();
        if (near.size() == 1 && !exhibit.linked().contains(near.get(0).id())) {
            double sure = Math.min(amount.get().confidence(), time.get().confidence())
                    * (time.get().value().precision() == ShownTime.Precision.DAY ? BY_DAY : BY_MINUTE);
            out.add(new Proposal.Link(near.get(0).id(), Proposal.LinkRule.AMOUNT_AND_TIME,
                    reading.shownText(amount.get()) + " · " + time.get().value().display(), sure));
        }
        if (byReference.isEmpty() && near.isEmpty() && exhibit.linked().isEmpty() && amount.isPresent()
                && time.isPresent() && noPaymentLike(exhibit, amount.get().value(), time.get().value())) {
            out.add(new Proposal.Record(time.get().value(), amount.get().value(),
                    reading.mainCounterparty().map(c -> c.value().name()).orElse(null),
                    reading.references().stream().findFirst().map(r -> r.value().value()).orElse(null),
                    reading.mainStatus().map(Found::value).orElse(null),
                    reading.mainStatus().map(reading::shownText).orElse(null),
                    Math.min(amount.get().confidence(), time.get().confidence()) * TO_RECORD));
        }
        reading.suggestedCaption().filter(c -> !c.equals(exhibit.caption())).ifPresent(c ->
                out.add(new Proposal.CaptionText(c, captionConfidence(reading))));
        time.ifPresent(t -> out.add(new Proposal.EventTime(t.value(), zoneOf(exhibit, byReference, near),
                t.confidence())));
        if (exhibit.width() != null && exhibit.height() != null) {
            for (SensitiveArea s : reading.sensitive()) {
                s.box().asRedactionWithin(exhibit.width(), exhibit.height())
                        .filter(box -> exhibit.redactions().stream().noneMatch(r -> covers(r, box)))
                        .ifPresent(box -> out.add(new Proposal.Cover(s.kind(), box, s.confidence())));
            }
        }
        return out;
    }

    /** Links to the transactions whose reference or merchant order number is shown, not linked yet. */
    private static List<Proposal.Link> byReference(ScreenshotReading reading, Exhibit exhibit) {
        List<Proposal.Link> links = new ArrayList<>();
        for (Transaction t : exhibit.transactions()) {
            if (exhibit.linked().contains(t.id())) {
                continue;
            }
            reading.references().stream().filter(r -> References.equal(r.value().value(), t.txRef())
                    || References.equal(r.value().value(), t.merchantOrderRef())).findFirst()
                    .ifPresent(r -> links.add(new Proposal.Link(t.id(), Proposal.LinkRule.REFERENCE,
                            r.value().value(), r.confidence())));
        }
        return links;
    }

    /** The transactions the amount and time fit, nearest first; none whose numbers contradict those shown. */
    private static List<Transaction> byAmountAndTime(ScreenshotReading reading, Exhibit exhibit, ShownAmount amount,
                                                     ShownTime time) {
        // a number shown but not legible may be the transaction's: then no number read contradicts one
        List<String> shownRefs = reading.hasIllegibleNumber() ? List.of()
                : reading.references().stream().map(r -> r.value().value()).toList();
        return exhibit.transactions().stream()
                .filter(t -> sameAmount(amount, t) && within(time, t) && !contradicts(shownRefs, t))
                .sorted(Comparator.comparing(t -> distance(time, t))).toList();
    }

    /** No transaction of the amount within a day of the time shown: recording one would not duplicate it. */
    private static boolean noPaymentLike(Exhibit exhibit, ShownAmount amount, ShownTime time) {
        return exhibit.transactions().stream().noneMatch(t -> sameAmount(amount, t)
                && Math.abs(java.time.temporal.ChronoUnit.DAYS.between(time.date(),
                LocalDateTime.ofInstant(t.at(), t.zone()).toLocalDate())) <= 1);
    }

    /** Same value; the currency when shown; a minus sign only for money out. */
    static boolean sameAmount(ShownAmount shown, Transaction t) {
        if (shown.value().abs().compareTo(t.money().amount().abs()) != 0) {
            return false;
        }
        if (shown.currency() != null && !shown.currency().equals(t.money().currency())) {
            return false;
        }
        return shown.value().signum() >= 0 || t.direction() == Direction.OUT;
    }

    static boolean within(ShownTime shown, Transaction t) {
        LocalDateTime local = LocalDateTime.ofInstant(t.at(), t.zone());
        if (shown.precision() == ShownTime.Precision.DAY) {
            return local.toLocalDate().equals(shown.date());
        }
        return distance(shown, t).compareTo(WINDOW) <= 0;
    }

    private static Duration distance(ShownTime shown, Transaction t) {
        return Duration.between(shown.at(), LocalDateTime.ofInstant(t.at(), t.zone())).abs();
    }

    /** Both sides have numbers and none of them is the same (allowing one misread character). */
    private static boolean contradicts(List<String> shownRefs, Transaction t) {
        List<String> own = java.util.stream.Stream.of(t.txRef(), t.merchantOrderRef()).filter(Objects::nonNull)
                .toList();
        return !shownRefs.isEmpty() && !own.isEmpty()
                && shownRefs.stream().noneMatch(s -> own.stream().anyMatch(o -> References.nearlyEqual(s, o)));
    }

    private static ZoneId zoneOf(Exhibit exhibit, List<Proposal.Link> byReference, List<Transaction> near) {
        List<Long> ids = new ArrayList<>(exhibit.linked());
        byReference.forEach(l -> ids.add(0, l.transactionId()));
        if (near.size() == 1) {
            ids.add(0, near.get(0).id());
        }
        return ids.stream().flatMap(id -> exhibit.transactions().stream().filter(t -> t.id() == id)).findFirst()
                .map(Transaction::zone).orElse(exhibit.zone());
    }

    private static double captionConfidence(ScreenshotReading reading) {
        double least = 1;
        for (Optional<? extends Found<?>> part : List.of(reading.mainStatus(), reading.mainAmount(),
                reading.mainCounterparty(), reading.eventTime())) {
            least = Math.min(least, part.map(Found::confidence).orElse(1.0));
        }
        return least * CAPTION;
    }

    private static boolean covers(Redaction outer, Redaction inner) {
        return outer.x() <= inner.x() && outer.y() <= inner.y()
                && outer.x() + outer.width() >= inner.x() + inner.width()
                && outer.y() + outer.height() >= inner.y() + inner.height();
    }
}
