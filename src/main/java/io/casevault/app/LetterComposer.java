package io.casevault.app;

import io.casevault.domain.Case;
import io.casevault.domain.ContactDirection;
import io.casevault.domain.Evidence;
import io.casevault.domain.FollowUp;
import io.casevault.domain.Transaction;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes the complaint letter from a case: who complains to whom, what happened, the transactions, the earlier
 * contacts, the exhibits by number, the demands, the reply deadline and a careful reminder of the consumer's rights.
 * Blank lines separate the parts; the first line is the heading. The user edits the result before sending it.
 */
final class LetterComposer {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private LetterComposer() {
    }

    static String compose(GuidanceTexts t, Case c, List<Transaction> txs, List<Evidence> evidence,
                          List<FollowUp> followUps, LocalDate today, LocalDate replyBy) {
        StringBuilder s = new StringBuilder();
        line(s, t.text("letter.subject", c.title()));
        blank(s);
        line(s, t.text("letter.to", c.provider()));
        line(s, t.text("letter.date", today.toString()));
        if (c.accountRef() != null) {
            line(s, t.text("letter.account", c.maskedAccountRef()));
        }
        line(s, t.text("letter.from"));
        blank(s);
        line(s, t.text("letter.salutation"));
        blank(s);
        line(s, t.text("letter.intro", t.text("category." + c.category().name())));
        if (c.incident() != null) {
            line(s, t.text("letter.incident", c.incident().toString()));
        }
        if (c.amount() != null) {
            line(s, t.text("letter.amount", c.amount().display()));
        }
        section(s, t.text("letter.facts"));
        line(s, c.facts().isEmpty() ? t.text("letter.noFacts") : c.facts());
        List<Transaction> live = txs.stream().filter(x -> x.trashedAt() == null).toList();
        if (!live.isEmpty()) {
            section(s, t.text("letter.transactions"));
            int n = 1;
            for (Transaction x : live) {
                StringBuilder extra = new StringBuilder(t.text("dir." + x.direction().name()));
                if (x.counterparty() != null) {
                    extra.append(t.text("letter.sep")).append(t.text("letter.txCounterparty."
                            + x.direction().name(), x.counterparty()));
                }
                if (x.txRef() != null) {
                    extra.append(t.text("letter.sep")).append(t.text("letter.txRef", x.txRef()));
                }
                line(s, n++ + ". " + t.text("letter.transaction", WHEN.format(x.at().atZone(x.zone())),
                        x.money().display(), extra));
            }
        }
        List<FollowUp> contacts = followUps.stream().filter(f -> f.trashedAt() == null
                && f.direction() == ContactDirection.OUTGOING).toList();
        if (!contacts.isEmpty()) {
            section(s, t.text("letter.contacts"));
            for (FollowUp f : contacts) {
                line(s, "- " + t.text("letter.contact", WHEN.format(f.at().atZone(f.zone())), t.channel(f.channel()),
                        f.ticketRef() == null ? "" : t.text("letter.contactRef", f.ticketRef()), f.summary()));
            }
        }
        List<Evidence> exhibits = evidence.stream().filter(e -> e.trashedAt() == null).toList();
        if (!exhibits.isEmpty()) {
            section(s, t.text("letter.evidence"));
            for (Evidence e : exhibits) {
                line(s, t.text("letter.exhibit", e.exhibit(), e.caption().isEmpty() ? e.originalName()
                        : e.caption() + " (" + e.originalName() + ")"));
            }
        }
        section(s, t.text("letter.demands"));
        if (c.demands().isEmpty()) {
            line(s, t.text("letter.noDemands"));
        }
        int n = 1;
        for (String d : c.demands()) {
            line(s, n++ + ". " + d);
        }
        blank(s);
        line(s, t.text("letter.deadline", replyBy.toString()));
        line(s, t.text("letter.rights"));
        blank(s);
        line(s, t.text("letter.closing"));
        line(s, t.text("letter.signature"));
        return s.toString();
    }

    private static void section(StringBuilder s, String heading) {
        blank(s);
        line(s, heading);
    }

    private static void line(StringBuilder s, String text) {
        s.append(text).append('\n');
    }

    private static void blank(StringBuilder s) {
        s.append('\n');
    }
}
