package io.casevault.dossier;

import io.casevault.domain.Case;
import io.casevault.domain.Direction;
import io.casevault.domain.Evidence;
import io.casevault.domain.FollowUp;
import io.casevault.domain.Money;
import io.casevault.domain.StatusChange;
import io.casevault.domain.TimelineEvent;
import io.casevault.domain.Transaction;
import io.casevault.domain.understanding.ShownTime;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The case itself: statement of facts and demands, the chronology and the transaction table. */
final class CaseSections {
    private final PageFlow flow;
    private final Texts texts;
    private final DossierInput in;

    CaseSections(PageFlow flow, Texts texts, DossierInput in) {
        this.flow = flow;
        this.texts = texts;
        this.in = in;
    }

    void facts(List<TocEntry> toc) {
        Case c = in.caseInfo();
        flow.sectionTitle(texts.get("section.facts"));
        toc.add(new TocEntry(texts.get("section.facts"), 0, flow.page()));
        flow.subTitle(texts.get("facts.statement"));
        flow.paragraph(c.facts().isBlank() ? texts.get("facts.noFacts") : c.facts(), Style.BODY);
        flow.subTitle(texts.get("facts.demands"));
        if (c.demands().isEmpty()) {
            flow.paragraph(texts.get("facts.noDemands"), Style.BODY);
        }
        for (int i = 0; i < c.demands().size(); i++) {
            flow.paragraph((i + 1) + ". " + c.demands().get(i), Style.BODY);
        }
        flow.subTitle(texts.get("facts.followUps"));
        if (in.followUps().isEmpty()) {
            flow.paragraph(texts.get("facts.noFollowUps"), Style.BODY);
            return;
        }
        TableLayout table = new TableLayout(flow, new float[] {0.17f, 0.19f, 0.16f, 0.48f},
                List.of(texts.get("fu.when"), texts.get("fu.channel"), texts.get("fu.ref"), texts.get("fu.summary")),
                Style.TABLE);
        table.start();
        for (FollowUp f : in.followUps()) {
            StringBuilder summary = new StringBuilder(f.summary());
            if (f.outcome() != null && !f.outcome().isBlank()) {
                summary.append("\n→ ").append(f.outcome());
            }
            if (f.dueDate() != null) {
                summary.append("\n").append(texts.get("fu.due", f.dueDate().toString()));
            }
            String channel = texts.label(f.channel()) + "\n" + texts.label(f.direction())
                    + (f.contactPerson() == null || f.contactPerson().isBlank() ? "" : "\n" + f.contactPerson());
            table.row(texts.dateTime(f.at(), f.zone()), channel, f.ticketRef() == null ? "" : f.ticketRef(),
                    summary.toString());
        }
    }

    void chronology(List<TocEntry> toc) {
        flow.sectionTitle(texts.get("section.chronology"));
        toc.add(new TocEntry(texts.get("section.chronology"), 0, flow.page()));
        if (in.timeline().isEmpty()) {
            flow.paragraph(texts.get("chrono.none"), Style.BODY);
            return;
        }
        Map<Long, Transaction> tx = index(in.transactions(), Transaction::id);
        Map<Long, FollowUp> fu = index(in.followUps(), FollowUp::id);
        Map<Long, ExhibitInput> ev = in.exhibits().stream()
                .collect(Collectors.toMap(x -> x.evidence().id(), x -> x, (a, b) -> a));
        Map<Long, StatusChange> st = index(in.statusChanges(), StatusChange::id);
        TableLayout table = new TableLayout(flow, new float[] {0.18f, 0.12f, 0.70f},
                List.of(texts.get("chrono.when"), texts.get("chrono.kind"), texts.get("chrono.event")), Style.TABLE);
        table.start();
        for (TimelineEvent e : in.timeline()) {
            String text = describe(e, tx, fu, ev, st);
            if (e.overdue()) {
                text = text + " (" + texts.get("chrono.overdue") + ")";
            }
            table.row(when(e, tx, fu, ev), texts.label(e.kind()), text);
        }
    }

    /**
     * A payment or contact reads in the zone it was recorded in (see {@link Texts#dateTime(Instant, ZoneId)}), and a
     * screenshot placed at the payment time it shows in the zone that time was read in, like the payment beside it.
     */
    private String when(TimelineEvent e, Map<Long, Transaction> tx, Map<Long, FollowUp> fu,
                        Map<Long, ExhibitInput> ev) {
        Long ref = e.refId();
        ZoneId recorded = switch (e.kind()) {
            case TRANSACTION -> tx.containsKey(ref) ? tx.get(ref).zone() : null;
            case FOLLOWUP -> fu.containsKey(ref) ? fu.get(ref).zone() : null;
            case EVIDENCE -> ev.containsKey(ref) && ev.get(ref).eventTime() != null
                    && ev.get(ref).eventTime().at().equals(e.at()) ? ev.get(ref).eventTime().zone() : null;
            default -> null;
        };
        return texts.dateTime(e.at(), recorded);
    }

    private String describe(TimelineEvent e, Map<Long, Transaction> tx, Map<Long, FollowUp> fu,
                            Map<Long, ExhibitInput> ev, Map<Long, StatusChange> st) {
        Long ref = e.refId();
        return switch (e.kind()) {
            case TRANSACTION -> tx.containsKey(ref) ? transactionLine(tx.get(ref)) : e.text();
            case EVIDENCE -> ev.containsKey(ref) ? exhibitLine(ev.get(ref)) : e.text();
            case FOLLOWUP -> {
                FollowUp f = fu.get(ref);
                yield f == null ? e.text() : followUpLine(f);
            }
            case STATUS -> {
                StatusChange s = st.get(ref);
                if (s == null) {
                    yield e.text();
                }
                String line = s.from() == null ? texts.get("chrono.openedAs", texts.label(s.to()))
                        : texts.get("chrono.statusChange", texts.label(s.from()), texts.label(s.to()));
                yield s.note().isBlank() ? line : line + ": " + s.note();
            }
            case DEADLINE -> {
                if (ref != null && fu.containsKey(ref)) {
                    yield texts.get("chrono.followUpDue", fu.get(ref).summary());
                }
                Case c = in.caseInfo();
                yield c.windowDays() == null || c.incident() == null ? e.text()
                        : texts.get("chrono.windowEnds", c.windowDays(), c.incident().earliest().toString());
            }
        };
    }

    /** An exhibit by its caption, and the payment time it shows when the user accepted one (it is placed there). */
    private String exhibitLine(ExhibitInput x) {
        Evidence e = x.evidence();
        String line = e.exhibit() + " " + (e.caption().isBlank() ? e.originalName() : e.caption());
        if (x.eventTime() == null) {
            return line;
        }
        return texts.get(x.eventTime().precision() == ShownTime.Precision.DAY ? "chrono.showsPaymentOn"
                : "chrono.showsPaymentAt", line, x.eventTime().display());
    }

    String transactionLine(Transaction t) {
        StringBuilder s = new StringBuilder();
        s.append(texts.label(t.direction())).append(' ').append(t.money().display());
        if (t.counterparty() != null && !t.counterparty().isBlank()) {
            s.append(" · ").append(t.counterparty());
        }
        if (t.txRef() != null && !t.txRef().isBlank()) {
            s.append(" · ").append(t.txRef());
        }
        if (t.note() != null && !t.note().isBlank()) {
            s.append(" · ").append(t.note());
        }
        return s.toString();
    }

    String followUpLine(FollowUp f) {
        StringBuilder s = new StringBuilder();
        s.append(texts.label(f.channel())).append(" (").append(texts.label(f.direction())).append(')');
        if (f.ticketRef() != null && !f.ticketRef().isBlank()) {
            s.append(" · ").append(texts.get("chrono.ticket", f.ticketRef()));
        }
        s.append(": ").append(f.summary());
        if (f.outcome() != null && !f.outcome().isBlank()) {
            s.append(" → ").append(f.outcome());
        }
        return s.toString();
    }

    void transactions(List<TocEntry> toc) {
        flow.sectionTitle(texts.get("section.transactions"));
        toc.add(new TocEntry(texts.get("section.transactions"), 0, flow.page()));
        if (in.transactions().isEmpty()) {
            flow.paragraph(texts.get("tx.none"), Style.BODY);
            return;
        }
        TableLayout table = new TableLayout(flow, new float[] {0.16f, 0.10f, 0.14f, 0.16f, 0.23f, 0.21f},
                List.of(texts.get("tx.time"), texts.get("tx.direction"), texts.get("tx.amount"),
                        texts.get("tx.counterparty"), texts.get("tx.ref"), texts.get("tx.details")), Style.TABLE);
        table.start();
        for (Transaction t : in.transactions()) {
            table.row(texts.dateTime(t.at(), t.zone()), texts.label(t.direction()), t.signedMoney().display(),
                    orEmpty(t.counterparty()), refs(t), details(t));
        }
        flow.subTitle(texts.get("tx.totals"));
        TableLayout totals = new TableLayout(flow, new float[] {0.16f, 0.14f, 0.24f, 0.23f, 0.23f},
                List.of(texts.get("tx.currency"), texts.get("tx.count"), texts.get("tx.out"), texts.get("tx.in"),
                        texts.get("tx.net")), Style.TABLE);
        totals.start();
        for (Total total : totals(in.transactions())) {
            totals.row(true, total.currency.getCurrencyCode(), Integer.toString(total.count),
                    new Money(total.out, total.currency).display(), new Money(total.in, total.currency).display(),
                    new Money(total.in.subtract(total.out), total.currency).display());
        }
    }

    private static String refs(Transaction t) {
        List<String> parts = new ArrayList<>();
        if (t.txRef() != null && !t.txRef().isBlank()) {
            parts.add(t.txRef());
        }
        if (t.merchantOrderRef() != null && !t.merchantOrderRef().isBlank()) {
            parts.add(t.merchantOrderRef());
        }
        return String.join("\n", parts);
    }

    private static String details(Transaction t) {
        List<String> parts = new ArrayList<>();
        for (String s : new String[] {t.method(), t.status(), t.note()}) {
            if (s != null && !s.isBlank()) {
                parts.add(s);
            }
        }
        return String.join(" · ", parts);
    }

    private static final class Total {
        final Currency currency;
        int count;
        BigDecimal out = BigDecimal.ZERO;
        BigDecimal in = BigDecimal.ZERO;

        Total(Currency currency) {
            this.currency = currency;
        }
    }

    private static List<Total> totals(List<Transaction> transactions) {
        Map<String, Total> byCurrency = new TreeMap<>();
        for (Transaction t : transactions) {
            Total total = byCurrency.computeIfAbsent(t.money().currency().getCurrencyCode(),
                    k -> new Total(t.money().currency()));
            total.count++;
            if (t.direction() == Direction.OUT) {
                total.out = total.out.add(t.money().amount());
            } else if (t.direction() == Direction.IN) {
                total.in = total.in.add(t.money().amount());
            }
        }
        return List.copyOf(byCurrency.values());
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static <T> Map<Long, T> index(List<T> items, Function<T, Long> id) {
        return items.stream().collect(Collectors.toMap(id, x -> x, (a, b) -> a));
    }
}
