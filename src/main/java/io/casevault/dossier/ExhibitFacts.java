package io.casevault.dossier;

import io.casevault.domain.Evidence;
import io.casevault.domain.FollowUp;
import io.casevault.domain.Transaction;
import io.casevault.domain.understanding.Found;
import io.casevault.domain.understanding.Reference;
import io.casevault.domain.understanding.ScreenshotReading;
import io.casevault.domain.understanding.TextLine;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What an exhibit's page says about it: what the screenshot shows (its payment's amount, transaction and order
 * numbers, time, counterparty and status, read from its recognised text outside its redaction boxes, never from
 * under one) and what it proves (the transactions and contacts it is linked to). One line per fact.
 */
final class ExhibitFacts {
    private static final String SEPARATOR = " · ";

    private final Texts texts;
    private final Map<Long, Transaction> transactions;
    private final Map<Long, FollowUp> followUps;
    private final ZoneId zone;
    /** Readings done ahead by {@link #readAhead}, until their page takes them. */
    private final Map<Long, ScreenshotReading> ahead = new ConcurrentHashMap<>();

    ExhibitFacts(Texts texts, DossierInput in) {
        this.texts = texts;
        this.zone = texts.zone();
        this.transactions = in.transactions().stream().collect(Collectors.toMap(Transaction::id,
                Function.identity()));
        this.followUps = in.followUps().stream().collect(Collectors.toMap(FollowUp::id, Function.identity()));
    }

    /**
     * Reads an exhibit's text ahead of its page, on the worker preparing it: the reading is the dearest part of the
     * page's words, and the page writer then only puts them into sentences. Safe to call from any thread.
     */
    void readAhead(ExhibitInput x) {
        read(x).ifPresent(r -> ahead.put(x.evidence().id(), r));
    }

    /** The payment facts the exhibit's text shows, one per line; empty when it has no text or shows none. */
    String shows(ExhibitInput x) {
        ScreenshotReading early = ahead.remove(x.evidence().id());
        Optional<ScreenshotReading> reading = early != null ? Optional.of(early) : read(x);
        if (reading.isEmpty()) {
            return "";
        }
        ScreenshotReading r = reading.get();
        List<String> facts = new ArrayList<>();
        r.mainAmount().ifPresent(a -> facts.add(texts.get("shows.amount", a.value().display())));
        Set<String> numbers = new LinkedHashSet<>();
        for (Found<Reference> ref : r.references()) {
            Reference value = ref.value();
            if (numbers.add(value.value())) {
                facts.add(texts.get("shows.ref." + value.kind().name(), value.value()));
            }
        }
        r.eventTime().ifPresent(t -> facts.add(texts.get("shows.time", t.value().display())));
        r.mainCounterparty().ifPresent(c -> facts.add(texts.get("shows.party." + c.value().role().name(),
                c.value().name())));
        r.mainStatus().ifPresent(s -> facts.add(texts.get("shows.status", texts.label(s.value()))));
        return String.join("\n", facts);
    }

    /** What the exhibit's text says; empty when it has none outside its redactions. */
    private Optional<ScreenshotReading> read(ExhibitInput x) {
        // the caller's lines are outside the redactions already; filtered again so no redacted word is ever read
        List<TextLine> lines = x.lines().stream().filter(l -> x.redactions().stream().noneMatch(l::overlaps))
                .map(TextLine::of).toList();
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        Evidence e = x.evidence();
        Instant when = e.capturedAt() != null ? e.capturedAt() : e.importedAt();
        return Optional.of(ScreenshotReading.read(lines, when.atZone(zone).getYear()));
    }

    /** The transactions (time, amount, counterparty, number) and contacts the exhibit is linked to, one per line. */
    String proves(ExhibitInput x) {
        List<String> parts = new ArrayList<>();
        for (long id : x.links().transactionIds()) {
            Transaction t = transactions.get(id);
            if (t != null) {
                parts.add(texts.get("exhibit.linkTx", transaction(t)));
            }
        }
        for (long id : x.links().followUpIds()) {
            FollowUp f = followUps.get(id);
            if (f != null) {
                parts.add(texts.get("exhibit.linkFu", texts.dateTime(f.at(), f.zone()) + " "
                        + texts.label(f.channel())));
            }
        }
        return String.join("\n", parts);
    }

    private String transaction(Transaction t) {
        StringBuilder s = new StringBuilder(texts.dateTime(t.at(), t.zone())).append(' ')
                .append(t.signedMoney().display());
        if (t.counterparty() != null && !t.counterparty().isBlank()) {
            s.append(SEPARATOR).append(t.counterparty());
        }
        if (t.txRef() != null && !t.txRef().isBlank()) {
            s.append(SEPARATOR).append(t.txRef());
        }
        return s.toString();
    }
}
