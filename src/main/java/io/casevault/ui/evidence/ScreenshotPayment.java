package io.casevault.ui.evidence;

import io.casevault.domain.Direction;
import io.casevault.domain.understanding.Proposal;
import io.casevault.domain.understanding.ShownTime;
import io.casevault.ui.common.Texts;
import io.casevault.ui.transactions.TransactionForm;

import java.time.format.DateTimeFormatter;

/** Fills the transaction form with the payment a screenshot shows, for the user to check before saving it. */
final class ScreenshotPayment {
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private ScreenshotPayment() {
    }

    /**
     * The shown time (in the window's zone, as the form reads it), the amount without its sign, paid out (a payment
     * screen shows money paid; the user can change it), the currency when shown (else the form's own), the
     * counterparty, reference and status (its name in the window's language, as a user would type it), and a note
     * naming the exhibit.
     */
    static void fill(TransactionForm form, Proposal.Record payment, Texts texts, String exhibit) {
        ShownTime at = payment.at();
        form.date().set(at.at().toLocalDate());
        if (at.precision() != ShownTime.Precision.DAY) {
            form.time().set(at.at().format(at.precision() == ShownTime.Precision.SECOND ? SECONDS : MINUTES));
        }
        form.amount().set(payment.amount().value().abs().toPlainString());
        payment.amount().knownCurrency().ifPresent(c -> form.currency().set(c.getCurrencyCode()));
        form.direction().set(Direction.OUT);
        form.counterparty().set(payment.counterparty() == null ? "" : payment.counterparty());
        form.txRef().set(payment.reference() == null ? "" : payment.reference());
        // the words the screenshot shows (交易成功), as a statement's status column; else what it means, translated
        form.status().set(payment.statusShown() != null && !payment.statusShown().isBlank()
                ? payment.statusShown().strip()
                : payment.status() == null ? "" : texts.text("evidence.suggestion.status." + payment.status().name()));
        form.note().set(texts.text("evidence.suggestion.note", exhibit));
    }
}
