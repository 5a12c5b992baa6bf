package io.casevault.domain.understanding;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generated payment screens as a text recogniser would return them, each with the fields it truly shows: the detail
 * pages of Alipay, WeChat Pay, PayPal and bank apps (Chinese and English), in the variations OCR produces (label and
 * value as one line or two, lost spaces, full-width characters), with distracting lines (status bar, masked
 * accounts, help text) and, on some, unmasked personal data. As the recogniser does, the simulated OCR drops the euro
 * sign, which its character set lacks. Two OCR errors no reader can undo are mixed in, so the
 * measured recall is not perfect by construction: a date and its time split into two lines at the gap between them
 * (2 % of such lines; a number is never joined across lines) and one digit of a long number misread as a letter
 * (1 % of such lines).
 */
final class PaymentScreens {
    private static final List<String> ZH_NAMES = List.of("张三", "李四", "王小明", "陈静", "刘洋", "某某科技有限公司",
            "杭州某某商贸有限公司", "赵六");
    private static final List<String> EN_NAMES = List.of("Example Shop Ltd", "John Smith", "ACME Inc.", "Maria Garcia",
            "Blue Sky Travel");

    /** One field a screen shows, the line it is on and how it is written there. */
    record Truth<T>(T value, int line, String text) {
    }

    /** A generated screen: its lines and the fields it shows. */
    static final class Screen {
        final String layout;
        final List<TextLine> lines = new ArrayList<>();
        final List<Truth<ShownAmount>> amounts = new ArrayList<>();
        final List<Truth<Reference>> references = new ArrayList<>();
        final List<Truth<ShownTime>> times = new ArrayList<>();
        final List<Truth<SensitiveKind>> sensitive = new ArrayList<>();
        /** The labelled counterparty, by name (the role a label gives is not compared). */
        final List<Truth<String>> counterparties = new ArrayList<>();
        final List<Truth<PaymentStatus>> statuses = new ArrayList<>();
        private final Random random;
        private final boolean fullWidth;
        private final boolean ocrErrors;

        Screen(String layout, Random random, boolean ocrErrors) {
            this.layout = layout;
            this.random = random;
            this.ocrErrors = ocrErrors;
            this.fullWidth = random.nextInt(5) == 0;
        }

        int add(String text, int height) {
            if (!ocrErrors) {
                return addLine(text, height);
            }
            Matcher split = DATE_THEN_TIME.matcher(text);
            if (random.nextInt(100) < 2 && split.find()) {
                int row = addLine(text.substring(0, split.end(1)), height);
                addLine(text.substring(split.start(2)), height);
                return row;
            }
            Matcher digits = LONG_NUMBER.matcher(text);
            if (random.nextInt(100) < 1 && digits.find()) {
                int at = digits.start() + random.nextInt(digits.end() - digits.start());
                char misread = switch (text.charAt(at)) {
                    case '0' -> 'O';
                    case '1' -> 'l';
                    case '8' -> 'B';
                    case '5' -> 'S';
                    default -> 'I';
                };
                text = text.substring(0, at) + misread + text.substring(at + 1);
            }
            return addLine(text, height);
        }

        private int addLine(String text, int height) {
            if (ocrErrors) {
                // the recogniser's character set has no euro sign: it drops it, always
                text = text.replace(" €", "").replace("€ ", "").replace("€", "");
            }
            String shown = fullWidth && random.nextBoolean() ? AmountStyle.fullWidth(text) : text;
            int row = lines.size();
            int width = 12 * SubBoxes.advance(shown, 0, shown.length());
            lines.add(new TextLine(shown, 0.8 + random.nextInt(20) / 100.0, 30, 20 + 50 * row, width, height));
            return row;
        }

        int add(String text) {
            return add(text, 30);
        }

        /** A label and its value: one line (with or without a space or colon) or, as apps lay them out, two. */
        int labelled(String label, String value) {
            if (random.nextInt(3) == 0) {
                add(label);
                return add(value);
            }
            String gap = List.of("", " ", "：", ": ", "  ").get(random.nextInt(5));
            return add(label + gap + value);
        }

        /** A status phrase on a line of its own, and the status it means. */
        void status(String phrase, int height) {
            truth(statuses, STATUSES.get(phrase), add(phrase, height), phrase);
        }

        /** A name after its counterparty label. */
        void counterparty(String label, String name, String after) {
            truth(counterparties, name, labelled(label, name + after), name);
        }

        <T> void truth(List<Truth<T>> list, T value, int row, String text) {
            String shown = lines.get(row).text();
            String written = shown.contains(text) ? text : AmountStyle.fullWidth(text);
            list.add(new Truth<>(value, row, written));
        }
    }

    private static final Pattern DATE_THEN_TIME =
            Pattern.compile("(\\d{4}\\D\\d{1,2}\\D\\d{1,2}日?)\\s+(\\d{1,2}:\\d{2})");
    private static final Pattern LONG_NUMBER = Pattern.compile("\\d{14,}");
    private static final Map<String, PaymentStatus> STATUSES = Map.ofEntries(
            Map.entry("交易成功", PaymentStatus.SUCCEEDED), Map.entry("转账成功", PaymentStatus.SUCCEEDED),
            Map.entry("支付成功", PaymentStatus.SUCCEEDED), Map.entry("已收款", PaymentStatus.SUCCEEDED),
            Map.entry("Completed", PaymentStatus.SUCCEEDED), Map.entry("退款成功", PaymentStatus.REFUNDED),
            Map.entry("Refunded", PaymentStatus.REFUNDED), Map.entry("处理中", PaymentStatus.PENDING),
            Map.entry("Pending", PaymentStatus.PENDING), Map.entry("交易失败", PaymentStatus.FAILED),
            Map.entry("Failed", PaymentStatus.FAILED));
    private final Random random;
    private final boolean ocrErrors;

    PaymentScreens(long seed) {
        this(seed, true);
    }

    /**
     * @param ocrErrors whether to mix in the OCR errors no reader can undo; without them the screens are what a
     *                  picture of them shows, for drawing and reading with the real recogniser
     */
    PaymentScreens(long seed, boolean ocrErrors) {
        this.random = new Random(seed);
        this.ocrErrors = ocrErrors;
    }

    Screen next() {
        return switch (random.nextInt(6)) {
            case 0 -> alipay();
            case 1 -> wechat();
            case 2 -> paypal();
            case 3 -> bankZh();
            case 4 -> bankEn();
            default -> wechatList();
        };
    }

    private BigDecimal amount() {
        long cents = random.nextInt(4) == 0 ? 1 + random.nextInt(10_000)
                : 1 + (long) (random.nextDouble() * 100_000_000);
        return BigDecimal.valueOf(cents, 2);
    }

    private LocalDateTime moment() {
        return LocalDateTime.of(2024, 1, 1, 0, 0).plusSeconds((long) (random.nextDouble() * 3 * 365 * 86400));
    }

    private String digits(int n, LocalDateTime at) {
        StringBuilder s = new StringBuilder(at.format(DateTimeFormatter.ofPattern("yyyyMMdd")));
        while (s.length() < n) {
            s.append(random.nextInt(10));
        }
        return s.substring(0, n);
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }

    private void statusBar(Screen s) {
        String clock = String.format("%d:%02d", 8 + random.nextInt(14), random.nextInt(60));
        s.add(clock + pick(List.of("", " 4G 85%", " 5G")), 20);
    }

    private void personalData(Screen s) {
        switch (random.nextInt(6)) {
            case 0 -> {
                String mobile = "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
                s.truth(s.sensitive, SensitiveKind.MOBILE, s.add("联系电话 " + mobile), mobile);
            }
            case 1 -> {
                String email = "user" + random.nextInt(10_000) + "@example.com";
                s.truth(s.sensitive, SensitiveKind.EMAIL, s.add("Contact: " + email), email);
            }
            case 2 -> {
                String body = "6222" + String.format("%011d", (long) (random.nextDouble() * 1e11));
                String card = SensitiveDataTest.withLuhn(body);
                s.truth(s.sensitive, SensitiveKind.BANK_CARD, s.add("银行卡号 " + card), card);
            }
            default -> s.add(pick(List.of("对方账户 138****" + String.format("%04d", random.nextInt(10_000)),
                    "储蓄卡(" + String.format("%04d", random.nextInt(10_000)) + ")", "如有疑问请联系客服 95188",
                    "余额宝 7日年化 1.85%", "申请电子回单")));
        }
    }

    private Screen alipay() {
        Screen s = new Screen("alipay", random, ocrErrors);
        BigDecimal value = amount();
        LocalDateTime at = moment();
        statusBar(s);
        s.add("账单详情", 36);
        s.add(pick(ZH_NAMES), 36);
        String headline = "-" + AmountStyle.group(value, ',', '.');
        s.truth(s.amounts, new ShownAmount(value.negate(), null), s.add(headline, 72), headline);
        s.status(pick(List.of("交易成功", "转账成功", "退款成功", "处理中")), 30);
        s.labelled("付款方式", pick(List.of("余额", "余额宝", "招商银行储蓄卡(1234)", "花呗")));
        s.counterparty("对方账户", pick(ZH_NAMES), " 138****" + String.format("%04d", random.nextInt(10_000)));
        String time = at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        s.truth(s.times, new ShownTime(at, ShownTime.Precision.SECOND), s.labelled("创建时间", time), time);
        String order = digits(32, at);
        s.truth(s.references, new Reference(order, Reference.Kind.ORDER), s.labelled("订单号", order), order);
        if (random.nextBoolean()) {
            merchantNumber(s, digits(20 + random.nextInt(8), at));
        }
        personalData(s);
        s.add(pick(List.of("查看往来转账", "对此订单有疑问", "申请电子回单")));
        return s;
    }

    private static void merchantNumber(Screen s, String number) {
        s.truth(s.references, new Reference(number, Reference.Kind.ORDER), s.labelled("商户单号", number), number);
    }

    private Screen wechat() {
        Screen s = new Screen("wechat", random, ocrErrors);
        BigDecimal value = amount();
        LocalDateTime at = moment();
        statusBar(s);
        s.status(pick(List.of("转账成功", "支付成功", "已收款")), 36);
        String shown = "￥" + AmountStyle.group(value, ',', '.');
        s.truth(s.amounts, new ShownAmount(value, Currency.getInstance("CNY")), s.add(shown, 64), shown);
        s.counterparty("收款方", pick(ZH_NAMES), "");
        String time = at.format(DateTimeFormatter.ofPattern(random.nextBoolean() ? "yyyy年M月d日 HH:mm:ss"
                : "yyyy年MM月dd日 HH:mm:ss"));
        s.truth(s.times, new ShownTime(at, ShownTime.Precision.SECOND), s.labelled(pick(List.of("转账时间", "支付时间")),
                time), time);
        s.labelled("支付方式", pick(List.of("零钱", "招商银行储蓄卡(1234)", "零钱通")));
        String tx = digits(28, at);
        s.truth(s.references, new Reference(tx, Reference.Kind.TRANSACTION), s.labelled("交易单号", tx), tx);
        if (random.nextBoolean()) {
            merchantNumber(s, digits(18 + random.nextInt(10), at));
        }
        if (random.nextBoolean()) {
            BigDecimal fee = BigDecimal.valueOf(random.nextInt(500), 2);
            String feeText = "¥" + fee.toPlainString();
            s.truth(s.amounts, new ShownAmount(fee, Currency.getInstance("CNY")), s.labelled("服务费", feeText), feeText);
        }
        personalData(s);
        s.add("常见问题");
        return s;
    }

    private Screen paypal() {
        Screen s = new Screen("paypal", random, ocrErrors);
        BigDecimal value = amount();
        LocalDateTime at = moment().truncatedTo(ChronoUnit.MINUTES);
        statusBar(s);
        s.add(pick(List.of("You sent a payment", "Payment details", "Activity")), 36);
        String shown = "-$" + AmountStyle.group(value, ',', '.') + " USD";
        s.truth(s.amounts, new ShownAmount(value.negate(), Currency.getInstance("USD")), s.add(shown, 64), shown);
        s.counterparty("Paid to", pick(EN_NAMES), "");
        s.status(pick(List.of("Completed", "Pending", "Refunded")), 30);
        boolean american = random.nextBoolean();
        String time = at.format(DateTimeFormatter.ofPattern(american ? "MMM d, yyyy, h:mm a" : "d MMM yyyy HH:mm",
                Locale.ENGLISH));
        s.truth(s.times, new ShownTime(at, ShownTime.Precision.MINUTE), s.add(time), time);
        String id = paypalId();
        s.truth(s.references, new Reference(id, Reference.Kind.TRANSACTION), s.labelled("Transaction ID", id), id);
        if (random.nextBoolean()) {
            BigDecimal fee = BigDecimal.valueOf(random.nextInt(300), 2);
            String feeText = "$" + fee.toPlainString() + " USD";
            s.truth(s.amounts, new ShownAmount(fee, Currency.getInstance("USD")), s.labelled("Fee", feeText), feeText);
        }
        personalData(s);
        s.add(pick(List.of("Need help?", "Report a problem", "To protect your account, never share your password")));
        return s;
    }

    private String paypalId() {
        String chars = "ABCDEFGHJKLMNPRSTUVWXY0123456789";
        while (true) {
            StringBuilder id = new StringBuilder();
            for (int i = 0; i < 17; i++) {
                id.append(chars.charAt(random.nextInt(chars.length())));
            }
            String v = id.toString();
            long digits = v.chars().filter(Character::isDigit).count();
            if (digits >= 8 && digits < 17) {
                return v;
            }
        }
    }

    private Screen bankZh() {
        Screen s = new Screen("bank-zh", random, ocrErrors);
        BigDecimal value = amount();
        LocalDateTime at = moment().truncatedTo(ChronoUnit.MINUTES);
        statusBar(s);
        s.add("交易明细", 36);
        String shown = "-" + AmountStyle.group(value, ',', '.') + "元";
        s.truth(s.amounts, new ShownAmount(value.negate(), Currency.getInstance("CNY")),
                s.labelled("交易金额", shown), shown);
        String time = at.format(DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm"));
        s.truth(s.times, new ShownTime(at, ShownTime.Precision.MINUTE), s.labelled("交易时间", time), time);
        String serial = digits(20, at);
        s.truth(s.references, new Reference(serial, Reference.Kind.TRANSACTION), s.labelled("流水号", serial), serial);
        s.counterparty("对方户名", pick(ZH_NAMES), "");
        s.labelled("对方账号", "6222 **** **** " + String.format("%04d", random.nextInt(10_000)));
        BigDecimal balance = amount();
        String balanceText = "¥" + AmountStyle.group(balance, ',', '.');
        s.truth(s.amounts, new ShownAmount(balance, Currency.getInstance("CNY")), s.labelled("可用余额", balanceText),
                balanceText);
        s.status(pick(List.of("交易成功", "交易失败", "处理中")), 30);
        personalData(s);
        return s;
    }

    private Screen bankEn() {
        Screen s = new Screen("bank-en", random, ocrErrors);
        BigDecimal value = amount();
        LocalDateTime at = moment();
        statusBar(s);
        s.add("Transfer details", 36);
        String shown = random.nextInt(3) == 0 ? "-€ " + AmountStyle.group(value, '.', ',')
                : "-" + AmountStyle.group(value, '.', ',') + " €";
        s.truth(s.amounts, new ShownAmount(value.negate(), Currency.getInstance("EUR")), s.labelled("Amount", shown),
                shown);
        String time = at.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        s.truth(s.times, ShownTime.day(at.toLocalDate()), s.labelled("Date", time), time);
        String ref = pick(List.of("", "REF", "TX")) + digits(16 + random.nextInt(8), at);
        s.truth(s.references, new Reference(ref, Reference.Kind.TRANSACTION), s.labelled("Reference", ref), ref);
        s.counterparty("To", pick(EN_NAMES), "");
        s.status(pick(List.of("Completed", "Failed", "Pending")), 30);
        personalData(s);
        return s;
    }

    private Screen wechatList() {
        Screen s = new Screen("wechat-list", random, ocrErrors);
        statusBar(s);
        s.add("账单", 36);
        int year = 2026;
        for (int i = 0; i < 3 + random.nextInt(4); i++) {
            LocalDateTime at = moment().withYear(year).truncatedTo(ChronoUnit.MINUTES);
            s.add(pick(List.of("扫二维码付款-给", "转账-转给", "微信红包-发给")) + pick(ZH_NAMES));
            String time = at.format(DateTimeFormatter.ofPattern("M月d日 HH:mm"));
            s.truth(s.times, new ShownTime(at, ShownTime.Precision.MINUTE), s.add(time, 24), time);
            BigDecimal value = amount();
            String shown = "-" + AmountStyle.group(value, ',', '.');
            s.truth(s.amounts, new ShownAmount(value.negate(), null), s.add(shown, 30), shown);
        }
        return s;
    }
}
