package io.casevault.importer;

import io.casevault.domain.StatementRow;
import io.casevault.domain.StatementFormat;
import io.casevault.domain.Direction;
import io.casevault.domain.Money;
import io.casevault.domain.Reason;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Currency;
import java.util.List;

/**
 * Alipay exports: the app's statement ({@code 交易时间,交易分类,…}), its earlier layout starting {@code 收/支,交易对方}
 * and the website's ({@code 交易号,商家订单号,交易创建时间,…,金额（元）,收/支}). Times are China time; amounts CNY.
 */
final class AlipayParser implements FormatParser {
    private static final Currency CNY = Currency.getInstance("CNY");

    @Override
    public StatementFormat format() {
        return StatementFormat.ALIPAY;
    }

    @Override
    public Reason layout(Header h) {
        if (h.hasAll("交易时间", "交易对方", "收/支", "金额", "交易订单号")) {
            return h.first().equals("收/支") ? Reason.of("layout.alipayAppEarlier", "Alipay app export (earlier layout)")
                    : Reason.of("layout.alipayApp", "Alipay app export");
        }
        if (h.hasAll("交易号", "交易创建时间", "金额(元)", "收/支")) {
            return Reason.of("layout.alipayWebsite", "Alipay website export");
        }
        return null;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("交易时间", "交易对方", "收/支", "金额", "交易订单号");
    }

    @Override
    public RowReader open(Table table) {
        Header h = table.header();
        int time = h.find("交易时间", "交易创建时间", "付款时间");
        int category = h.find("交易分类", "类型");
        int counterparty = h.find("交易对方");
        int account = h.find("对方账号");
        int item = h.find("商品说明", "商品名称");
        int direction = h.find("收/支");
        int amount = h.find("金额", "金额(元)");
        int method = h.find("收/付款方式");
        int status = h.find("交易状态");
        int id = h.find("交易订单号", "交易号");
        int merchant = h.find("商家订单号");
        int remark = h.find("备注");
        int fee = h.find("服务费(元)");
        int refunded = h.find("成功退款(元)");
        return (row, out) -> {
            LocalDateTime local = Dates.dateTime(row.cell(time));
            BigDecimal signed = Amounts.parse(row.cell(amount), Amounts.DecimalMark.POINT);
            String dirText = row.cell(direction);
            Direction dir = dirText.isEmpty() ? Direction.NEUTRAL : Directions.of(dirText);
            if (dir == null) {
                throw new RowException(Reason.of("import.alipay.direction",
                        "收/支 \"" + dirText + "\" is not 支出, 收入, 不计收支 or 其他", dirText));
            }
            if (signed.signum() < 0) {
                dir = dir == Direction.IN ? Direction.OUT : dir == Direction.OUT ? Direction.IN : Direction.OUT;
            }
            String cat = row.cell(category);
            String itemText = row.cell(item);
            String statusText = row.cell(status);
            if (dir == Direction.NEUTRAL && Directions.isRefund(cat, itemText, statusText)) {
                dir = Direction.IN;
            }
            String who = Texts.first(row.cell(counterparty)) + bracketed(Cells.orNone(row.cell(account)));
            String ref = Cells.orNone(row.cell(id));
            String refundNote = refunded < 0 || isZero(row.cell(refunded)) ? "" : "成功退款 " + row.cell(refunded);
            var at = Zones.china(local);
            out.add(new StatementRow(row.line(), at, Zones.CHINA, new Money(signed.abs(), CNY), dir, who, ref,
                    Cells.orNone(row.cell(merchant)), Cells.orNone(row.cell(method)), statusText,
                    Texts.join(cat, itemText, Cells.orNone(row.cell(remark)), refundNote)));
            if (fee >= 0 && !isZero(row.cell(fee))) {
                BigDecimal f = Amounts.parse(row.cell(fee), Amounts.DecimalMark.POINT).abs();
                out.add(new StatementRow(row.line(), at, Zones.CHINA, new Money(f, CNY), Direction.OUT, "支付宝", ref,
                        null, null, statusText, "服务费 (service fee)"));
            }
        };
    }

    private static boolean isZero(String amount) {
        return amount.isEmpty() || amount.equals("/") || Amounts.parse(amount, Amounts.DecimalMark.POINT).signum() == 0;
    }

    private static String bracketed(String s) {
        return s.isEmpty() ? "" : " (" + s + ")";
    }
}
