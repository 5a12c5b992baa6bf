package io.casevault.app;

import io.casevault.domain.Case;
import io.casevault.domain.ContactDirection;
import io.casevault.domain.Direction;
import io.casevault.domain.FollowUp;
import io.casevault.domain.Transaction;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Makes a case's {@link FormText} from the parts the letter is made of: what happened (in the user's words), the
 * incident day, the amount, the key transaction and the earlier contacts first, the demands last. When the description is too long, what happened is shortened (from its
 * end) and the demands are kept whole; only when the demands alone do not fit are the last ones left out.
 */
final class FormTextComposer {
    /** CaseVault's length for a subject line (not a form's published rule): short enough for any title field. */
    static final int TITLE_LIMIT = 30;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final String SENTENCE_ENDS = "。！？.!?";

    private FormTextComposer() {
    }

    static FormText compose(GuidanceTexts t, Case c, List<Transaction> txs, List<FollowUp> followUps,
                            Integer limit) {
        String sep = t.chinese() ? "" : " ";
        FormText.KeyTransaction key = keyTransaction(c, txs);
        String body = String.join(sep, story(t, c, key, followUps));
        List<String> demands = c.demands().stream().map(FormTextComposer::withoutEnd).filter(d -> !d.isEmpty())
                .toList();
        String demandsPart = demands.isEmpty() ? "" : t.text("form.demands", numbered(t, demands, demands.size()));
        String full = demandsPart.isEmpty() ? body : body + sep + demandsPart;
        int titleLimit = limit == null ? TITLE_LIMIT : Math.min(TITLE_LIMIT, limit);
        String title = FormTextCutter.cut(t.text("form.title", c.provider(), c.title()), titleLimit);
        return new FormText(title, describe(t, body, demands, demandsPart, sep, limit),
                demandsField(t, demands, limit), key, limit, FormTextCutter.length(full));
    }

    private static String describe(GuidanceTexts t, String body, List<String> demands, String demandsPart, String sep,
                                   Integer limit) {
        String full = demandsPart.isEmpty() ? body : body + sep + demandsPart;
        if (limit == null || FormTextCutter.length(full) <= limit) {
            return full;
        }
        if (demandsPart.isEmpty()) {
            return FormTextCutter.cut(body, limit);
        }
        int room = limit - FormTextCutter.length(demandsPart) - FormTextCutter.length(sep);
        if (room >= 0) {
            String kept = FormTextCutter.cut(body, room);
            return kept.isEmpty() ? demandsPart : kept + sep + demandsPart;
        }
        for (int n = demands.size() - 1; n >= 1; n--) {
            String fewer = t.text("form.demands", numbered(t, demands, n));
            if (FormTextCutter.length(fewer) <= limit) {
                return fewer;
            }
        }
        return FormTextCutter.cut(demandsPart, limit);
    }

    /** The demands numbered on one line, as many whole ones as fit (the first is cut only when alone too long). */
    private static String demandsField(GuidanceTexts t, List<String> demands, Integer limit) {
        for (int n = demands.size(); n >= 1; n--) {
            String field = numbered(t, demands, n);
            if (limit == null || FormTextCutter.length(field) <= limit) {
                return field;
            }
        }
        return demands.isEmpty() ? "" : FormTextCutter.cut(numbered(t, demands, 1), limit);
    }

    private static String numbered(GuidanceTexts t, List<String> demands, int count) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add((i + 1) + ". " + demands.get(i));
        }
        return String.join(t.chinese() ? "；" : "; ", items);
    }

    private static List<String> story(GuidanceTexts t, Case c, FormText.KeyTransaction key,
                                      List<FollowUp> followUps) {
        List<String> parts = new ArrayList<>();
        // what happened in the user's words first: a cut drops the dates and numbers the form has fields for
        String facts = oneLine(c.facts());
        if (facts.isEmpty()) {
            parts.add(t.text("letter.intro", t.text("category." + c.category().name())));
        } else {
            parts.add(SENTENCE_ENDS.indexOf(facts.charAt(facts.length() - 1)) >= 0 ? facts
                    : facts + (t.chinese() ? "。" : "."));
        }
        if (c.incident() != null) {
            parts.add(t.text("letter.incident", c.incident().toString()));
        }
        if (c.amount() != null) {
            parts.add(t.text("letter.amount", c.amount().display()));
        }
        if (key != null) {
            StringBuilder refs = new StringBuilder();
            if (key.transactionId() != null) {
                refs.append(t.text("letter.sep")).append(t.text("letter.txRef", key.transactionId()));
            }
            if (key.merchantOrderId() != null) {
                refs.append(t.text("letter.sep")).append(t.text("form.orderRef", key.merchantOrderId()));
            }
            parts.add(t.text("form.transaction", key.time(), key.money().display(), refs));
        }
        for (FollowUp f : followUps) {
            if (f.trashedAt() == null && f.direction() == ContactDirection.OUTGOING) {
                parts.add(t.text("form.contact", DAY.format(f.at().atZone(f.zone())), t.channel(f.channel()),
                        f.ticketRef() == null ? "" : t.text("letter.contactRef", f.ticketRef())));
            }
        }
        return parts;
    }

    /**
     * The transaction a form asks about: one of the disputed amount (money out first), else the largest payment
     * out, else the first recorded; null when the case has none.
     */
    static FormText.KeyTransaction keyTransaction(Case c, List<Transaction> txs) {
        List<Transaction> live = txs.stream().filter(x -> x.trashedAt() == null).toList();
        Comparator<Transaction> outFirst = Comparator.comparing(x -> x.direction() != Direction.OUT);
        Transaction chosen = live.stream()
                .filter(x -> c.amount() != null && x.money().currency().equals(c.amount().currency())
                        && x.money().amount().compareTo(c.amount().amount()) == 0)
                .min(outFirst)
                .or(() -> live.stream().filter(x -> x.direction() == Direction.OUT)
                        .max(Comparator.comparing(x -> x.money().amount())))
                .or(() -> live.stream().findFirst())
                .orElse(null);
        return chosen == null ? null : new FormText.KeyTransaction(chosen.at().atZone(chosen.zone()), chosen.money(),
                chosen.txRef(), chosen.merchantOrderRef(), chosen.counterparty());
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    private static String withoutEnd(String demand) {
        String d = oneLine(demand);
        while (!d.isEmpty() && ("。.；;，,".indexOf(d.charAt(d.length() - 1)) >= 0)) {
            d = d.substring(0, d.length() - 1).strip();
        }
        return d;
    }
}
