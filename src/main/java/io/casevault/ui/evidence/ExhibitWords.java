package io.casevault.ui.evidence;

import io.casevault.domain.Evidence;
import io.casevault.domain.FollowUp;
import io.casevault.domain.Transaction;
import io.casevault.ui.common.Formats;
import io.casevault.ui.common.Texts;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An exhibit's facts and the rows it can be linked to, worded in the user's language and time zone; a linked row's
 * time recorded in another zone reads as recorded, with that zone ({@link Formats#dateTime(Instant, ZoneId)}). Used
 * on the FX thread (its number formats are made once and are not thread-safe).
 */
final class ExhibitWords {
    private final Texts texts;
    private final Locale locale;
    private final DateTimeFormatter dateTime;
    private final Formats formats;
    private final NumberFormat sizes;
    /** Per currency: the link lists word a row of thousands of transactions each time it scrolls into view. */
    private final Map<Currency, NumberFormat> amounts = new HashMap<>();

    ExhibitWords(Texts texts, ZoneId zone) {
        this.texts = texts;
        // the English bundle is the base one, whose locale is ROOT: numbers and dates then follow the system
        this.locale = texts.locale().getLanguage().isEmpty() ? Locale.getDefault(Locale.Category.FORMAT)
                : texts.locale();
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone);
        this.formats = new Formats(texts.bundle(), locale, zone);
        this.sizes = NumberFormat.getNumberInstance(locale);
        sizes.setMaximumFractionDigits(1);
    }

    String captured(Evidence e) {
        return e.capturedAt() == null ? "—" : dateTime.format(e.capturedAt()) + "  ("
                + texts.text("evidence.capture." + e.captureSource().name()) + ")";
    }

    String imported(Evidence e) {
        return dateTime.format(e.importedAt());
    }

    String original(Evidence e) {
        return e.originalName() + "  ·  " + e.mediaType();
    }

    String size(Evidence e) {
        return size(e.size()) + (e.width() == null ? "" : "  ·  " + e.width() + " × " + e.height() + " px");
    }

    private String size(long bytes) {
        if (bytes < 1024) {
            return texts.text("evidence.size.bytes", sizes.format(bytes));
        }
        if (bytes < 1024 * 1024) {
            return texts.text("evidence.size.kb", sizes.format(bytes / 1024.0));
        }
        return texts.text("evidence.size.mb", sizes.format(bytes / (1024.0 * 1024)));
    }

    String describe(Transaction t) {
        NumberFormat money = amounts.computeIfAbsent(t.money().currency(), currency -> {
            NumberFormat f = NumberFormat.getCurrencyInstance(locale);
            f.setCurrency(currency);
            return f;
        });
        String who = t.counterparty() == null ? "" : "  " + t.counterparty();
        return formats.dateTime(t.at(), t.zone()) + "  " + money.format(t.signedMoney().amount()) + who;
    }

    String describe(FollowUp f) {
        return formats.dateTime(f.at(), f.zone()) + "  " + texts.text("followup.channel." + f.channel().name()) + "  "
                + f.summary();
    }
}
