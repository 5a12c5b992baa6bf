package io.casevault.app;

import io.casevault.domain.Money;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * A case's complaint cut into the fields of a web form (12315, a wallet's own, the CFPB's): a short title, a
 * description of at most {@code limit} characters (code points) that keeps the demands whole, the demands on their
 * own, and the key transaction. No field holds a line break, so every form counts its characters the same way.
 *
 * @param limit      the description's limit as asked for; null when none was set and nothing was cut
 * @param fullLength the characters of the description before any cut
 */
public record FormText(String title, String description, String demands, KeyTransaction transaction, Integer limit,
                       int fullLength) {

    public FormText {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(demands, "demands");
        if (limit != null && FormTextCutter.length(description) > limit) {
            throw new IllegalArgumentException("The description is longer than its limit " + limit);
        }
    }

    /** Whether the description had to be shortened to fit the limit. */
    public boolean cut() {
        return FormTextCutter.length(description) < fullLength;
    }

    /** The transaction a form asks for: when (with its zone), how much, and its numbers. */
    public record KeyTransaction(ZonedDateTime at, Money money, String transactionId, String merchantOrderId,
                                 String counterparty) {
        private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

        public KeyTransaction {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(money, "money");
        }

        /** E.g. {@code 2026-11-03 14:30 +08:00 (Asia/Shanghai)}: the time where it was made, with its offset. */
        public String time() {
            String shown = SHOWN.format(at);
            return at.getZone() instanceof ZoneOffset ? shown : shown + " (" + at.getZone().getId() + ")";
        }

        /** The amount as a form's number field takes it, with the currency's decimals: {@code 1250.00}. */
        public String amount() {
            String display = money.display();
            return display.substring(0, display.indexOf(' '));
        }

        public String currency() {
            return money.currency().getCurrencyCode();
        }

        /** The provider's transaction number, else the merchant's order number; null when neither was recorded. */
        public String orderNumber() {
            return transactionId != null ? transactionId : merchantOrderId;
        }
    }
}
