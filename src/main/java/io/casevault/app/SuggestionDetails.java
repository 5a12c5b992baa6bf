package io.casevault.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casevault.domain.Redaction;
import io.casevault.domain.understanding.PaymentStatus;
import io.casevault.domain.understanding.Proposal;
import io.casevault.domain.understanding.SensitiveKind;
import io.casevault.domain.understanding.ShownAmount;
import io.casevault.domain.understanding.ShownTime;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A proposal's detail as the JSON object stored with it and printed by {@code evidence suggestions --json}, and back.
 * Field names are part of the CLI contract: link {@code transaction, rule, shown}; transaction {@code at, precision,
 * amount, currency, direction, counterparty, ref, status}; caption {@code caption}; redaction {@code sensitive,
 * box: [x, y, w, h]}; time {@code at, precision, zone, shown}.
 */
public final class SuggestionDetails {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SuggestionDetails() {
    }

    /** The detail as plain maps and lists, in a stable order. */
    public static Map<String, Object> map(Proposal proposal) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (proposal instanceof Proposal.Link l) {
            m.put("transaction", l.transactionId());
            m.put("rule", code(l.rule().name()));
            m.put("shown", l.shown());
        } else if (proposal instanceof Proposal.Record r) {
            m.put("at", r.at().at().toString());
            m.put("precision", r.at().precision().name());
            m.put("amount", r.amount().value().toPlainString());
            m.put("currency", r.amount().knownCurrency().map(Currency::getCurrencyCode).orElse(null));
            m.put("direction", r.amount().value().signum() < 0 ? "out" : null);
            m.put("counterparty", r.counterparty());
            m.put("ref", r.reference());
            m.put("status", r.status() == null ? null : code(r.status().name()));
            m.put("statusShown", r.statusShown());
        } else if (proposal instanceof Proposal.CaptionText c) {
            m.put("caption", c.caption());
        } else if (proposal instanceof Proposal.Cover c) {
            m.put("sensitive", code(c.sensitive().name()));
            m.put("box", List.of(c.box().x(), c.box().y(), c.box().width(), c.box().height()));
        } else if (proposal instanceof Proposal.EventTime t) {
            m.put("at", t.shown().at().toString());
            m.put("precision", t.shown().precision().name());
            m.put("zone", t.zone().getId());
            m.put("shown", t.shown().display());
        }
        return m;
    }

    static String json(Proposal proposal) {
        return write(map(proposal));
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a detail is plain maps and lists", e);
        }
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored suggestion's JSON cannot be read: " + json, e);
        }
    }

    /** The proposal a stored row holds. */
    static Proposal parse(String kind, String detail, double confidence) {
        JsonNode d = read(detail);
        return switch (Proposal.Kind.ofCode(kind)) {
            case LINK -> new Proposal.Link(d.get("transaction").asLong(),
                    Proposal.LinkRule.valueOf(constant(d.get("rule").asText())), d.get("shown").asText(), confidence);
            case TRANSACTION -> new Proposal.Record(shown(d), new ShownAmount(new BigDecimal(d.get("amount").asText()),
                    text(d, "currency") == null ? null : Currency.getInstance(text(d, "currency"))),
                    text(d, "counterparty"), text(d, "ref"),
                    text(d, "status") == null ? null : PaymentStatus.valueOf(constant(text(d, "status"))),
                    text(d, "statusShown"), confidence);
            case CAPTION -> new Proposal.CaptionText(d.get("caption").asText(), confidence);
            case REDACTION -> new Proposal.Cover(SensitiveKind.valueOf(constant(d.get("sensitive").asText())),
                    box(d.get("box")), confidence);
            case TIME -> new Proposal.EventTime(shown(d), ZoneId.of(d.get("zone").asText()), confidence);
        };
    }

    static Redaction box(JsonNode box) {
        return new Redaction(box.get(0).asInt(), box.get(1).asInt(), box.get(2).asInt(), box.get(3).asInt());
    }

    private static ShownTime shown(JsonNode d) {
        return new ShownTime(LocalDateTime.parse(d.get("at").asText()),
                ShownTime.Precision.valueOf(d.get("precision").asText()));
    }

    static String text(JsonNode d, String field) {
        JsonNode v = d.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String code(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String constant(String code) {
        return code.toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
