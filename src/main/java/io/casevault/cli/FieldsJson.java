package io.casevault.cli;

import io.casevault.domain.EventTime;
import io.casevault.domain.understanding.Found;
import io.casevault.domain.understanding.ScreenshotReading;
import io.casevault.domain.understanding.SensitiveArea;

import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a screenshot's text says, as {@code case show --json} and {@code evidence text --json} print it per exhibit:
 * {@code fields: {amounts, references, times, counterparties, statuses, sensitive, eventTime, caption}}. Each found
 * value names its line (its index in the exhibit's lines) and the text as read; personal data is given by kind and
 * box only, never its text.
 */
final class FieldsJson {
    private FieldsJson() {
    }

    static Map<String, Object> of(ScreenshotReading r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("amounts", r.amounts().stream().map(a -> found(r, a, "value", a.value().value().toPlainString(),
                "currency", a.value().knownCurrency().map(Currency::getCurrencyCode).orElse(null))).toList());
        m.put("references", r.references().stream().map(f -> found(r, f, "value", f.value().value(),
                "kind", code(f.value().kind()))).toList());
        m.put("times", r.times().stream().map(f -> found(r, f, "at", f.value().at().toString(),
                "precision", f.value().precision().name())).toList());
        m.put("counterparties", r.counterparties().stream().map(f -> found(r, f, "name", f.value().name(),
                "role", code(f.value().role()))).toList());
        m.put("statuses", r.statuses().stream().map(f -> found(r, f, "status", code(f.value()), null, null))
                .toList());
        m.put("sensitive", r.sensitive().stream().map(FieldsJson::sensitive).toList());
        m.put("eventTime", r.eventTime().map(t -> t.value().at().toString()).orElse(null));
        m.put("caption", r.suggestedCaption().orElse(null));
        return m;
    }

    /** An accepted event time: the instant, its zone and the time as the screen showed it. */
    static Map<String, Object> eventTime(EventTime t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("at", t.at().toString());
        m.put("zone", t.zone().getId());
        m.put("shown", t.display());
        return m;
    }

    /** A found value: up to two named parts of it (a null name is left out), its text, line and confidence. */
    private static Map<String, Object> found(ScreenshotReading r, Found<?> f, String key, Object value, String key2,
                                             Object value2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(key, value);
        if (key2 != null) {
            m.put(key2, value2);
        }
        m.put("text", r.shownText(f));
        m.put("line", f.line());
        m.put("confidence", Math.round(f.confidence() * 1000) / 1000.0);
        return m;
    }

    private static Map<String, Object> sensitive(SensitiveArea s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", code(s.kind()));
        m.put("line", s.line());
        m.put("box", List.of(s.box().x(), s.box().y(), s.box().width(), s.box().height()));
        return m;
    }

    private static String code(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
