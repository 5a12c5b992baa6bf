package io.casevault.domain.understanding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The counterparty after a label at the start of a line (收款人, 收款方, 付款人, 商户, 对方账户, To, From, Merchant,
 * Paid to …), or on the next line when the label stands alone. The short English labels "To" and "From" need a colon
 * when the name follows on the same line, so that a sentence starting "To protect your account" is not read as a
 * name. A value that is an amount, a date, a number, a status or another label is not a name; a masked account
 * printed after the name ({@code 张三 138****5678}, {@code 张三(138****5678)}) is left off, and a name the app masks
 * itself ({@code x4***6}) is the name as shown.
 */
final class CounterpartyFinder {
    private static final Map<String, Counterparty.Role> LABELS = new LinkedHashMap<>();

    static {
        put(Counterparty.Role.PAYEE, "收款人", "收款方", "收款账户", "收款商户", "收款用户", "收款名称", "Paid to",
                "Sent to", "Payee", "Recipient", "To");
        put(Counterparty.Role.PAYER, "付款人", "付款方", "付款账户", "付款用户", "Received from", "From");
        put(Counterparty.Role.MERCHANT, "商户", "商户名称", "商户全称", "商家", "商品商户", "Merchant", "Merchant name");
        put(Counterparty.Role.OTHER, "对方账户", "对方", "交易对方", "对方户名", "对方名称", "对方账号");
    }

    static final Pattern LABEL = Labels.anyOf(List.copyOf(LABELS.keySet()));
    /** The role of each label as {@link Labels#squeeze} has it, the first listed where two squeeze alike. */
    private static final Map<String, Counterparty.Role> SQUEEZED = new LinkedHashMap<>();

    static {
        LABELS.forEach((label, role) -> SQUEEZED.putIfAbsent(Labels.squeeze(label), role));
    }

    /** A masked account printed after the name: 张三 138****5678, 张三(138****5678). */
    private static final Pattern MASKED_AFTER = Pattern.compile("\\s*[(（\\[]?[^\\s()（）]*[*•●][^\\s()（）]*[)）\\]]?$");
    /** A masked number glued to the name: 张三138****5678. */
    private static final Pattern MASKED_GLUED = Pattern.compile("\\d{3,}[*•●]+\\d{3,}$");
    /** Words that start like a label but are another field: 付款方式 is the payment method, not the payer. */
    private static final Pattern NOT_LABEL = Labels.anyOf(List.of("付款方式", "收款方式", "商户单号", "商户订单号",
            "商家订单号", "对方已收款", "To do"));
    private static final int LONGEST_NAME = 40;

    private CounterpartyFinder() {
    }

    private static void put(Counterparty.Role role, String... labels) {
        for (String l : labels) {
            LABELS.put(l, role);
        }
    }

    /** The counterparty named on this line after its label. */
    static Optional<Hit<Counterparty>> find(String text) {
        Matcher label = Labels.atStart(LABEL, text);
        if (label == null || Labels.atStart(NOT_LABEL, text) != null) {
            return Optional.empty();
        }
        int at = Labels.valueStart(text, label.end());
        boolean colon = text.substring(label.end(), at).contains(":");
        if (isShortEnglish(label.group()) && !colon) {
            return Optional.empty();
        }
        return name(text, at).map(span -> new Hit<>(new Counterparty(text.substring(span[0], span[1]),
                roleOf(label.group())), span[0], span[1]));
    }

    /** The role when the line is a counterparty label standing alone (its name on the next line). */
    static Counterparty.Role labelOnly(String text) {
        boolean alone = Labels.isLabelOnly(LABEL, text) && Labels.atStart(NOT_LABEL, text) == null;
        return alone ? roleOf(Labels.atStart(LABEL, text).group()) : null;
    }

    /** The name on a line that follows a label standing alone. */
    static Optional<Hit<Counterparty>> valueLine(String text, Counterparty.Role role) {
        if (Labels.atStart(LABEL, text) != null || Labels.atStart(NOT_LABEL, text) != null) {
            return Optional.empty();
        }
        int at = text.length() - text.stripLeading().length();
        return name(text, at).map(span -> new Hit<>(new Counterparty(text.substring(span[0], span[1]), role),
                span[0], span[1]));
    }

    private static Optional<int[]> name(String text, int at) {
        String value = text.substring(at).strip();
        String cut = MASKED_AFTER.matcher(value).replaceFirst("").strip();
        if (cut.isEmpty()) {
            // the recogniser lost the space: 张三138****5678; a masked nickname (x4***6, 张*) is the name shown
            cut = MASKED_GLUED.matcher(value).replaceFirst("").strip();
        }
        if (!cut.isEmpty()) {
            value = cut;
        }
        if (value.isEmpty() || value.length() > LONGEST_NAME || !value.codePoints().anyMatch(Character::isLetter)
                || !AmountFinder.find(value, false).isEmpty() || !TimeFinder.find(value, 2000).isEmpty()
                || StatusFinder.find(value).isPresent() || Labels.atStart(ReferenceFinder.LABELS, value) != null
                || Labels.atStart(AmountFinder.AMOUNT_LABELS, value) != null) {
            return Optional.empty();
        }
        int start = text.indexOf(value, at);
        return Optional.of(new int[] {start, start + value.length()});
    }

    private static Counterparty.Role roleOf(String label) {
        return SQUEEZED.getOrDefault(Labels.squeeze(label), Counterparty.Role.OTHER);
    }

    private static boolean isShortEnglish(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT);
        return l.equals("to") || l.equals("from");
    }
}
