package io.casevault.importer.mail;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ticket, case or reference number a provider gives a complaint, found by the label in front of it (工单号,
 * 投诉编号, 受理号, Case #, Ticket, Reference, Ref: …) or by the bracketed thread tags of ticket systems ({@code [ref:…]},
 * {@code [example.com #12345]}). A candidate must contain a digit, so "Ticket received" or "Reference: your letter"
 * are not numbers; an order's or a payment's number (订单号 …) is not the complaint's.
 */
final class TicketReferences {
    /**
     * Before a bare 单号 or 编号: not the number of an order, a payment, a transaction, a merchant or a parcel (订单号,
     * 支付单号, 交易单号, 商户单号, 快递单号, 运单号, 发货单号, 订单编号), which a complaint quotes but which no one gave the
     * complaint.
     */
    private static final String NOT_AN_ORDER = "(?<![订付易户递运货单])";
    private static final String VALUE = "([A-Za-z0-9][A-Za-z0-9_\\-/.]{2,39}[A-Za-z0-9])";
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("\\[\\s*(ref:[^\\]\\s]+)\\s*]", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\[[^\\]\\[]{0,60}#\\s*(\\d{3,20})\\s*]"),
            Pattern.compile("(?:工单编号|工单号|工单|投诉编号|投诉单号|投诉号|受理编号|受理单号|受理号|服务单号|服务单编号|服务编号|"
                    + "案件编号|案件号|案号|事件编号|申诉编号|申诉单号|反馈编号|" + NOT_AN_ORDER + "单号|" + NOT_AN_ORDER + "编号)\\s*(?:为|是)?\\s*[:：#]?\\s*[「【\\[(（]?\\s*"
                    + VALUE),
            Pattern.compile("\\b(?:Case|Ticket|Complaint|Incident|Service\\s+Request|Request|SR)\\s*"
                    + "(?:#|No\\.?|Number|ID|Ref(?:erence)?)?\\s*(?:is\\s+)?[:#]?\\s*" + VALUE,
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\bRef(?:erence)?(?:\\s*(?:No\\.?|Number|#))?\\s*[:#.]\\s*" + VALUE,
                    Pattern.CASE_INSENSITIVE));

    private TicketReferences() {
    }

    /** The first reference in the first text that has one (pass the subject first, then the body). */
    static Optional<String> find(String... texts) {
        for (String text : texts) {
            Optional<String> found = first(text);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> first(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        int bestAt = Integer.MAX_VALUE;
        String best = null;
        for (Pattern p : PATTERNS) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                String value = m.group(1);
                if (value.chars().anyMatch(Character::isDigit)) {
                    if (m.start() < bestAt) {
                        bestAt = m.start();
                        best = value;
                    }
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
