package io.casevault.domain.understanding;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The status a payment screen shows: a status phrase standing alone on its line (交易成功, "Completed"), perhaps with
 * a tick or other decoration, or after a status label (交易状态, Status). A status word inside a sentence ("if the
 * payment failed, …") is not a status, so it is not read.
 */
final class StatusFinder {
    private static final Pattern DECORATION = Pattern.compile("[\\s\\p{P}\\p{S}]");
    private static final Map<String, PaymentStatus> PHRASES = new LinkedHashMap<>();
    private static final Pattern LABEL = Pattern.compile("^(?:交易状态|支付状态|转账状态|订单状态|退款状态|当前状态|状态"
            + "|(?:payment |transaction |order )?status)\\s*[:：]?\\s*", Pattern.CASE_INSENSITIVE);

    static {
        phrases(PaymentStatus.REFUNDED, "已退款", "退款成功", "已全额退款", "已部分退款", "退款已到账", "退款",
                "refunded", "refund completed", "refund complete", "partially refunded");
        phrases(PaymentStatus.FAILED, "支付失败", "转账失败", "交易失败", "付款失败", "收款失败", "失败", "交易关闭",
                "failed", "payment failed", "transaction failed", "declined", "unsuccessful");
        phrases(PaymentStatus.PENDING, "处理中", "支付处理中", "转账处理中", "退款中", "待收款", "等待对方收款",
                "等待确认收款", "银行处理中", "pending", "processing", "in progress", "on hold");
        phrases(PaymentStatus.SUCCEEDED, "成功", "交易成功", "转账成功", "支付成功", "付款成功", "收款成功", "已收款",
                "已支付", "已付款", "已到账", "对方已收款", "completed", "complete", "successful", "success",
                "payment successful", "payment sent", "paid", "sent", "received");
    }

    private StatusFinder() {
    }

    private static void phrases(PaymentStatus status, String... phrases) {
        for (String p : phrases) {
            PHRASES.put(squeeze(p), status);
        }
    }

    /** Lower case without spaces, punctuation or symbols: how a phrase is compared. */
    private static String squeeze(String text) {
        return DECORATION.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** The status on this line and the phrase as shown, or empty. */
    static Optional<Hit<PaymentStatus>> find(String text) {
        Matcher label = LABEL.matcher(text.strip());
        String rest = label.lookingAt() ? text.strip().substring(label.end()) : text;
        if (LineText.hasDigit(rest)) {
            return Optional.empty(); // no status phrase has a digit, and squeezing keeps digits
        }
        PaymentStatus status = PHRASES.get(squeeze(rest));
        if (status == null) {
            return Optional.empty();
        }
        int start = text.indexOf(rest.strip().isEmpty() ? text : rest.strip());
        return Optional.of(new Hit<>(status, Math.max(start, 0), Math.max(start, 0) + rest.strip().length()));
    }
}
