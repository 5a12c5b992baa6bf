package io.casevault.domain.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Transaction and order numbers, read only beside their label (订单号, 交易单号, Transaction ID …), on the label's line
 * or, when the label stands alone, at the start of the next line. The value is 14 to 32 digits, optionally after a
 * prefix of up to four letters, or PayPal's 17-character transaction ID of capitals and digits. A number is never
 * assembled from two lines, and a masked number ({@code 138****5678}, {@code 6222 **** **** 1234}) is no reference:
 * a value touching '*' or '•' is refused.
 */
final class ReferenceFinder {
    private static final List<String> ORDER_LABELS = List.of("订单号", "订单编号", "商户订单号", "商户单号", "商家订单号",
            "Order ID", "Order No", "Order Number", "Receipt No", "Receipt Number", "Invoice ID", "Invoice No",
            "Invoice Number");
    private static final List<String> TRANSACTION_LABELS = List.of("交易单号", "交易订单号", "交易号", "交易流水号",
            "流水号", "转账单号", "支付单号", "账单号", "退款单号", "凭证号", "业务单号", "参考号", "Transaction ID",
            "Transaction No", "Transaction Number", "Reference", "Reference No", "Reference Number", "Ref No", "Ref");
    static final Pattern LABELS = Labels.anyOf(concat(ORDER_LABELS, TRANSACTION_LABELS));
    private static final String LABEL_STARTS = Labels.starts(concat(ORDER_LABELS, TRANSACTION_LABELS));
    private static final java.util.Set<String> ORDER_SQUEEZED = ORDER_LABELS.stream().map(Labels::squeeze)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Every value has at least eight digits (a 14-digit number, or PayPal's ID with eight or more). */
    private static final int FEWEST_DIGITS = 8;
    private static final Pattern VALUE = Pattern.compile(
            "(?<![A-Za-z0-9*•●])(?:[A-Za-z]{1,4})?\\d{14,32}(?![A-Za-z0-9*•●])"
            + "|(?<![A-Za-z0-9*•●])(?=[A-Z0-9]{17}(?![A-Za-z0-9*•●]))(?=[A-Z0-9]*[A-Z])(?=(?:[A-Z]*[0-9]){8})"
            + "[A-Z0-9]{17}");

    /** A run of digits and letters holding at least eight digits: a number, perhaps with misread characters. */
    private static final Pattern NUMBER_LIKE = Pattern.compile("(?=(?:[A-Za-z]*\\d){8})[A-Za-z0-9]{8,}");

    private ReferenceFinder() {
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** References on a line whose labels are on the same line. */
    static List<Hit<Reference>> find(String text) {
        List<Hit<Reference>> hits = new ArrayList<>();
        if (LineText.digits(text) < FEWEST_DIGITS) {
            return hits;
        }
        Matcher label = LABELS.matcher(text);
        int from = 0;
        while (from < text.length() && Labels.find(label, LABEL_STARTS, text, from)) {
            int at = Labels.valueStart(text, label.end());
            Matcher value = VALUE.matcher(text);
            value.region(at, text.length()); // opaque: the label may touch the value ("ReferenceREF2026…")
            if (value.lookingAt()) {
                hits.add(new Hit<>(new Reference(value.group(), kindOf(label.group())), value.start(), value.end()));
                from = value.end(); // "REF" inside the value "REF2026…" is no second label
            } else {
                from = label.end();
            }
        }
        return hits;
    }

    /** The label when the line is only a reference label, so its value is expected on the next line. */
    static Reference.Kind labelOnly(String text) {
        return Labels.isLabelOnly(LABELS, text) ? kindOf(Labels.atStart(LABELS, text).group()) : null;
    }

    /** The reference at the start of a line that follows a label standing alone. */
    static List<Hit<Reference>> valueLine(String text, Reference.Kind kind) {
        if (LineText.digits(text) < FEWEST_DIGITS) {
            return List.of();
        }
        Matcher value = VALUE.matcher(text);
        int at = text.length() - text.stripLeading().length();
        value.region(at, text.length());
        return value.lookingAt() ? List.of(new Hit<>(new Reference(value.group(), kind), value.start(), value.end()))
                : List.of();
    }

    /**
     * True when the line holds a number label's value that is no reference as read: after a label on this line (or at
     * the start of the line under a label standing alone), eight or more digits mixed with letters, which is how a
     * long number reads when OCR took one of its digits for a letter ({@code 2025…082I}).
     */
    static boolean illegible(String text, boolean underLabel, boolean noneRead) {
        if (!noneRead || LineText.digits(text) < FEWEST_DIGITS) {
            return false;
        }
        Matcher label = LABELS.matcher(text);
        int at = Labels.find(label, LABEL_STARTS, text, 0) ? Labels.valueStart(text, label.end()) : underLabel ? 0 : -1;
        return at >= 0 && NUMBER_LIKE.matcher(text.substring(at).strip()).lookingAt();
    }

    private static Reference.Kind kindOf(String label) {
        return ORDER_SQUEEZED.contains(Labels.squeeze(label)) ? Reference.Kind.ORDER : Reference.Kind.TRANSACTION;
    }
}
