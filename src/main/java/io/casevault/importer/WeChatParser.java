package io.casevault.importer;

import io.casevault.domain.StatementRow;
import io.casevault.domain.StatementFormat;
import io.casevault.domain.Direction;
import io.casevault.domain.Money;
import io.casevault.domain.Reason;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * WeChat Pay statements (CSV or XLSX): {@code 交易时间,交易类型,交易对方,商品,收/支,金额(元),…}. Amounts carry
 * {@code ¥}/{@code ￥} and thousands separators; {@code /} means empty, and in 收/支 a neutral transaction.
 */
final class WeChatParser implements FormatParser {
    private static final Currency CNY = Currency.getInstance("CNY");

    @Override
    public StatementFormat format() {
        return StatementFormat.WECHAT;
    }

    @Override
    public Reason layout(Header h) {
        return h.hasAll(requiredColumns().toArray(String[]::new)) ? Reason.of("layout.wechat", "WeChat Pay statement")
                : null;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("交易时间", "交易类型", "交易对方", "收/支", "金额(元)", "交易单号");
    }

    @Override
    public RowReader open(Table table) {
        Header h = table.header();
        int time = h.find("交易时间");
        int type = h.find("交易类型");
        int counterparty = h.find("交易对方");
        int item = h.find("商品");
        int direction = h.find("收/支");
        int amount = h.find("金额(元)", "金额");
        int method = h.find("支付方式");
        int status = h.find("当前状态");
        int id = h.find("交易单号");
        int merchant = h.find("商户单号");
        int remark = h.find("备注");
        return (row, out) -> {
            var local = Dates.dateTime(row.cell(time));
            BigDecimal signed = Amounts.parse(row.cell(amount), Amounts.DecimalMark.POINT);
            String dirText = row.cell(direction);
            Direction dir = dirText.isEmpty() ? Direction.NEUTRAL : Directions.of(dirText);
            if (dir == null) {
                throw new RowException(Reason.of("import.wechat.direction",
                        "收/支 \"" + dirText + "\" is not 支出, 收入 or /", dirText));
            }
            String typeText = row.cell(type);
            String statusText = row.cell(status);
            if (signed.signum() < 0) {
                dir = dir == Direction.IN ? Direction.OUT : Direction.IN;
            } else if (dir == Direction.NEUTRAL && Directions.isRefund(typeText, statusText)) {
                dir = Direction.IN;
            }
            out.add(new StatementRow(row.line(), Zones.china(local), Zones.CHINA,
                    new Money(signed.abs(), CNY), dir, Cells.orNone(row.cell(counterparty)),
                    Cells.orNone(row.cell(id)), Cells.orNone(row.cell(merchant)), Cells.orNone(row.cell(method)),
                    Cells.orNone(statusText), Texts.join(typeText, row.cell(item), row.cell(remark))));
        };
    }
}
