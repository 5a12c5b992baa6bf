package io.casevault.ui.timeline;

import io.casevault.domain.Case;
import io.casevault.domain.CaseStatus;
import io.casevault.domain.Channel;
import io.casevault.domain.ContactDirection;
import io.casevault.domain.EventTime;
import io.casevault.domain.FollowUp;
import io.casevault.domain.MessagePatterns;
import io.casevault.domain.TimelineEvent;
import io.casevault.domain.Transaction;
import io.casevault.domain.guidance.Deadline;
import io.casevault.ui.common.Formats;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Turns the domain's timeline into rows worded in the user's language. The rows are built off the FX thread; each is
 * worded when a cell first shows it, under this object's lock, since the parsed message and money formats it keeps
 * (a long case repeats the same few sentences thousands of times) are not thread-safe.
 */
final class TimelineRows {
    private final Function<String, String> patterns;
    private final MessagePatterns messages;
    private final Map<Currency, NumberFormat> moneyFormats = new HashMap<>();
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;
    private final Locale locale;
    private final Formats times;

    /**
     * {@code patterns} gives a bundle key's text, with {@link MessageFormat} placeholders where it has arguments;
     * {@code formats} words the times recorded in a zone of their own.
     */
    TimelineRows(Function<String, String> patterns, Locale locale, ZoneId zone, Formats formats) {
        this.patterns = patterns;
        this.messages = new MessagePatterns(patterns, locale);
        this.locale = locale;
        this.times = formats;
        // the date as the locale writes it, the time on a 24-hour clock, as everywhere else in the app
        this.dateTime = new java.time.format.DateTimeFormatterBuilder().appendLocalized(FormatStyle.MEDIUM, null)
                .appendLiteral(' ').appendPattern("HH:mm").toFormatter(locale).withZone(zone);
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(zone);
    }

    List<TimelineRow> build(Case c, List<TimelineEvent> events, List<FollowUp> followUps, List<Transaction> txs) {
        return build(c, events, followUps, txs, Map.of());
    }

    /**
     * As {@link #build(Case, List, List, List)}; an exhibit with an event time (by evidence id) says in the user's
     * language that it shows a payment at that time, and its time is written as the screen showed it.
     *
     * @param events the case's events but its transactions' ({@link io.casevault.app.CaseTimeline}), in time order
     * @param txs    the case's transactions: each is a row, merged in before the events of the same instant, where
     *               the domain's timeline places it
     */
    List<TimelineRow> build(Case c, List<TimelineEvent> events, List<FollowUp> followUps, List<Transaction> txs,
                            Map<Long, EventTime> eventTimes) {
        Map<Long, FollowUp> fById = followUps.stream().collect(Collectors.toMap(FollowUp::id, Function.identity()));
        List<Transaction> paid = inTimeOrder(txs);
        List<TimelineRow> rows = new ArrayList<>(events.size() + paid.size());
        int next = 0;
        for (TimelineEvent e : events) {
            for (; next < paid.size() && !paid.get(next).at().isAfter(e.at()); next++) {
                rows.add(row(paid.get(next)));
            }
            FollowUp f = e.refId() == null ? null : fById.get(e.refId());
            Channel ch = f == null ? null : f.channel();
            switch (e.kind()) {
                case FOLLOWUP -> rows.add(row(e, ch, () -> f == null ? dateTime.format(e.at())
                                : times.dateTime(e.at(), f.zone()),
                        () -> f == null ? e.text() : describe(f), false));
                case DEADLINE -> rows.add(row(e, ch, () -> date.format(e.at()), () -> deadline(c, e, f), true));
                case STATUS -> rows.add(row(e, null, () -> dateTime.format(e.at()), () -> status(e.text()), false));
                case EVIDENCE -> {
                    EventTime shown = e.refId() == null ? null : eventTimes.get(e.refId());
                    rows.add(shown == null ? row(e, null, () -> dateTime.format(e.at()), e::text, false)
                            : row(e, null, () -> times.dateTime(e.at(), shown.zone()), () -> t(
                                    "timeline.evidence.shows", exhibitOf(e.text()), shown.display()), false));
                }
                default -> rows.add(row(e, null, () -> dateTime.format(e.at()), e::text, false));
            }
        }
        for (; next < paid.size(); next++) {
            rows.add(row(paid.get(next)));
        }
        return rows;
    }

    /**
     * The transactions in time order, ties as given; the vault reads them so already, and the sort (a merge sort) then
     * only runs through them once.
     */
    private static List<Transaction> inTimeOrder(List<Transaction> txs) {
        List<Transaction> sorted = new ArrayList<>(txs);
        sorted.sort(java.util.Comparator.comparing(Transaction::at));
        return sorted;
    }

    private TimelineRow row(Transaction t) {
        return new TimelineRow(t.at(), TimelineEvent.Kind.TRANSACTION, null, new TimelineRow.Words(this,
                () -> times.dateTime(t.at(), t.zone()), () -> describe(t)), false, false, t.id(), null, false);
    }

    /**
     * The rows judged against the case's guidance and merged with what it adds, in time order: a follow-up's due date
     * that was answered or followed up (the guidance's {@link Deadline#met()}) is no longer due; the response clocks
     * (the answer due to a contact) are added, due unless answered; and a marker row for today, at {@code now}.
     */
    List<TimelineRow> withClocks(List<TimelineRow> rows, List<Deadline> deadlines, Instant now, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<TimelineRow> all = new ArrayList<>(rows.size() + deadlines.size() + 1);
        for (TimelineRow r : rows) {
            all.add(r.kind() == TimelineEvent.Kind.DEADLINE
                    ? r.settled(met(r, deadlines), LocalDate.ofInstant(r.at(), zone), today) : r);
        }
        for (Deadline d : deadlines) {
            if (d.kind() != Deadline.Kind.RESPONSE) {
                continue;
            }
            Instant end = d.due().plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1);
            Supplier<String> words = () -> t(d.met() ? "timeline.due.responseMet" : "timeline.due.response",
                    t("followup.channel." + d.channel().name()), d.days(), t("deadline.count." + d.dayCount().name()));
            all.add(new TimelineRow(end, TimelineEvent.Kind.DEADLINE, d.channel(),
                    new TimelineRow.Words(this, () -> date.format(end), words), !d.met(), d.overdue(today),
                    d.followUpId(), d.due(), false));
        }
        all.add(new TimelineRow(now, TimelineEvent.Kind.DEADLINE, null,
                new TimelineRow.Words(this, () -> date.format(now), () -> t("timeline.today")), false, false, null,
                null, true));
        all.sort(java.util.Comparator.comparing(TimelineRow::at));
        return all;
    }

    /**
     * Whether the guidance counts a deadline row as met: a follow-up's date once the other side answered that contact
     * or the user followed up; the complaint window once the case is closed.
     */
    private static boolean met(TimelineRow r, List<Deadline> deadlines) {
        if (r.refId() == null) {
            return deadlines.stream().anyMatch(d -> d.kind() == Deadline.Kind.COMPLAINT_WINDOW && d.met());
        }
        return deadlines.stream().anyMatch(d -> r.refId().equals(d.followUpId()) && d.met()
                && (d.kind() == Deadline.Kind.FOLLOW_UP || d.kind() == Deadline.Kind.RESPONSE));
    }

    /**
     * The header of an e-mail conversation, where it starts: its subject, message count, ticket number and last
     * message; due (with the day) while the provider owes an answer, overdue once that day has passed.
     */
    TimelineRow threadHeader(ThreadGroups.Group g, LocalDate today) {
        FollowUp first = g.messages().get(0);
        Deadline owed = g.owed();
        return new TimelineRow(first.at(), TimelineEvent.Kind.FOLLOWUP, Channel.EMAIL,
                new TimelineRow.Words(this, () -> times.dateTime(first.at(), first.zone()), () -> thread(g)),
                owed != null, owed != null && owed.overdue(today), null, owed == null ? null : owed.due(), false);
    }

    private String thread(ThreadGroups.Group g) {
        FollowUp last = g.last();
        StringBuilder s = new StringBuilder(t("timeline.thread", g.subject(), g.messages().size()));
        if (g.ticket() != null) {
            s.append(" · ").append(t("timeline.ticket", g.ticket()));
        }
        s.append(" · ").append(t("timeline.thread.last", times.dateTime(last.at(), last.zone()),
                t("followup.direction." + last.direction().name() + ".short")));
        if (last.contactPerson() != null) {
            s.append(" · ").append(last.contactPerson());
        }
        if (g.owed() != null) {
            s.append(" · ").append(t("timeline.thread.owed", date.format(g.owed().due().atStartOfDay(
                    date.getZone()))));
        }
        return s.toString();
    }

    private TimelineRow row(TimelineEvent e, Channel ch, Supplier<String> when, Supplier<String> words, boolean due) {
        return new TimelineRow(e.at(), e.kind(), ch, new TimelineRow.Words(this, when, words), due, e.overdue(),
                e.refId(), null, false);
    }

    /** The exhibit's own words (number, file, caption), without the English note on what it shows. */
    private static String exhibitOf(String text) {
        int note = text.lastIndexOf(" — ");
        return note < 0 ? text : text.substring(0, note);
    }

    private String t(String key, Object... args) {
        if (args.length == 0) {
            return patterns.apply(key);
        }
        return messages.format(key, args);
    }

    String describe(FollowUp f) {
        StringBuilder s = new StringBuilder(t("followup.channel." + f.channel().name()));
        s.append(" · ").append(t(f.direction() == ContactDirection.OUTGOING ? "followup.direction.OUTGOING.short"
                : "followup.direction.INCOMING.short"));
        if (f.contactPerson() != null) {
            s.append(" · ").append(f.contactPerson());
        }
        if (f.ticketRef() != null) {
            s.append(" · ").append(t("timeline.ticket", f.ticketRef()));
        }
        s.append(": ").append(f.summary());
        if (f.outcome() != null) {
            s.append(" → ").append(f.outcome());
        }
        return s.toString();
    }

    String describe(Transaction tx) {
        Currency currency = tx.money().currency();
        NumberFormat money = moneyFormats.computeIfAbsent(currency, c -> {
            NumberFormat n = NumberFormat.getCurrencyInstance(locale);
            n.setCurrency(c);
            return n;
        });
        money.setMaximumFractionDigits(Math.max(tx.money().amount().scale(), currency.getDefaultFractionDigits()));
        StringBuilder s = new StringBuilder(t("timeline.tx." + tx.direction().name(),
                money.format(tx.money().amount())));
        if (tx.counterparty() != null) {
            s.append(" · ").append(tx.counterparty());
        }
        if (tx.txRef() != null) {
            s.append(" · ").append(t("timeline.txRef", tx.txRef()));
        }
        if (tx.note() != null) {
            s.append(": ").append(tx.note());
        }
        return s.toString();
    }

    private String deadline(Case c, TimelineEvent e, FollowUp f) {
        if (f != null) {
            return t("timeline.due.followUp", f.summary());
        }
        if (e.refId() == null && c.windowDays() != null && c.incident() != null) {
            return t("timeline.due.complaint", c.windowDays(), date.format(c.incident().earliest()));
        }
        return e.text();
    }

    /** The domain words status changes "Opened as X" or "X → Y: note"; say the same with localized names. */
    private String status(String raw) {
        try {
            if (raw.startsWith("Opened as ")) {
                String rest = raw.substring("Opened as ".length());
                int colon = rest.indexOf(": ");
                return t("timeline.status.opened", statusName(colon < 0 ? rest : rest.substring(0, colon)))
                        + (colon < 0 ? "" : rest.substring(colon));
            }
            int arrow = raw.indexOf(" → ");
            if (arrow > 0) {
                String rest = raw.substring(arrow + 3);
                int colon = rest.indexOf(": ");
                String to = colon < 0 ? rest : rest.substring(0, colon);
                String note = colon < 0 ? "" : rest.substring(colon);
                return t("timeline.status.changed", statusName(raw.substring(0, arrow)), statusName(to)) + note;
            }
        } catch (IllegalArgumentException e) {
            return raw;
        }
        return raw;
    }

    private String statusName(String name) {
        return t("timeline.status." + CaseStatus.valueOf(name.strip()).name());
    }
}
