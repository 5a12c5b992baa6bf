package io.casevault.importer;

import io.casevault.domain.ColumnMapping;
import io.casevault.domain.ParsedStatement;
import io.casevault.domain.RowProblem;
import io.casevault.domain.StatementRow;
import io.casevault.domain.StatementFormat;
import io.casevault.domain.Direction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import static io.casevault.importer.StatementFixtures.GB18030;
import static io.casevault.importer.StatementFixtures.alipayApp;
import static io.casevault.importer.StatementFixtures.alipayRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatementParserTest {
    private final StatementParser parser = new StatementParser();

    private ParsedStatement parse(byte[] bytes) {
        return parser.parse(bytes, "s.csv", null, null);
    }

    private static BigDecimal amount(StatementRow r) {
        return r.money().amount();
    }

    @Test
    void readsAlipayAppExportInGb18030WithPreamblePaddingAndTabbedIds() {
        String text = alipayApp(List.of(
                alipayRow("2024-03-02 12:00:01", "餐饮美食", "肯德基", "午餐", "支出", "1234.50", "交易成功", "2024030200001"),
                alipayRow("2024-03-03 09:30:00", "退款", "某商家", "退款-订单", "不计收支", "20.00", "退款成功",
                        "2024030300002_R1"),
                alipayRow("2024-03-04 10:00:00", "投资理财", "余额宝", "转入", "不计收支", "50.00", "交易成功", "2024030400003"),
                alipayRow("2024-03-05 08:00:00", "转账红包", "张三", "转账", "收入", "8.88", "交易成功", "2024030500004")));
        ParsedStatement s = parse(text.getBytes(GB18030));
        assertThat(s.format()).isEqualTo(StatementFormat.ALIPAY);
        assertThat(s.layout()).isEqualTo("Alipay app export");
        assertThat(s.charset()).isEqualTo("GB18030");
        assertThat(s.problems()).isEmpty();
        assertThat(s.rows()).hasSize(4);
        StatementRow first = s.rows().get(0);
        assertThat(first.at()).isEqualTo(Instant.parse("2024-03-02T04:00:01Z"));
        assertThat(first.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(amount(first)).isEqualByComparingTo("1234.50");
        assertThat(first.money().currency().getCurrencyCode()).isEqualTo("CNY");
        assertThat(first.direction()).isEqualTo(Direction.OUT);
        assertThat(first.txRef()).isEqualTo("2024030200001");
        assertThat(first.merchantOrderRef()).isEqualTo("M2024030200001");
        assertThat(first.counterparty()).isEqualTo("肯德基");
        assertThat(first.line()).isEqualTo(text.lines().toList().indexOf(text.lines().filter(l -> l.startsWith(
                "2024-03-02")).findFirst().orElseThrow()) + 1);
        assertThat(s.rows().get(1).direction()).as("a refund is money in").isEqualTo(Direction.IN);
        assertThat(s.rows().get(2).direction()).isEqualTo(Direction.NEUTRAL);
        assertThat(s.rows().get(3).direction()).isEqualTo(Direction.IN);
    }

    @Test
    void readsTheEarlierAlipayLayoutStartingWithDirection() {
        String text = "------------------------支付宝（中国）网络技术有限公司  电子客户回单------------------------\n"
                + "收/支                 ,交易对方                ,对方账号                ,商品说明                ,收/付款方式"
                + "              ,金额                  ,交易状态                ,交易分类                ,交易订单号     ,商家订单号"
                + "           ,交易时间            ,\n"
                + "支出                  ,超市                  ,                    ,日用品                ,招商银行(1234)"
                + "          ,31.00               ,交易成功                ,日用百货                ,T1\t,M1\t,"
                + "2021-12-11 16:53:51 ,\n"
                + "其他                  ,基金公司              ,                    ,买入                  ,"
                + "                    ,3000.00             ,交易成功                ,投资理财                ,T2\t,"
                + "                    \t,2021-09-29 10:31:41 ,\n"
                + "------------------------------------------------------------------------------------\n"
                + "导出信息：\n共2笔记录\n";
        ParsedStatement s = parse(text.getBytes(GB18030));
        assertThat(s.layout()).isEqualTo("Alipay app export (earlier layout)");
        assertThat(s.rows()).extracting(StatementRow::direction).containsExactly(Direction.OUT, Direction.NEUTRAL);
        assertThat(s.rows()).extracting(StatementRow::txRef).containsExactly("T1", "T2");
        assertThat(s.rows().get(1).merchantOrderRef()).isNull();
        assertThat(s.rows().get(0).method()).isEqualTo("招商银行(1234)");
    }

    @Test
    void readsTheAlipayWebsiteLayoutWithItsServiceFeeAsAnOutgoingRow() {
        String text = "支付宝交易记录明细查询\n账号:[test@example.com]\n"
                + "---------------------------------交易记录明细列表------------------------------------\n"
                + "交易号,商家订单号,交易创建时间,付款时间,最近修改时间,交易来源地,类型,交易对方,商品名称,金额（元）,收/支,交易状态,"
                + "服务费（元）,成功退款（元）,备注,资金状态,\n"
                + "2019011022001\t,M1\t,2019-01-10 10:00:00,2019-01-10 10:00:05,2019-01-10 10:00:05,其他（包括阿里巴巴和外部商家）,"
                + "即时到账交易,李四,转账,\"1,200.00\",支出,交易成功,1.20,0.00,,已支出,\n"
                + "------------------------------------------------------------------------------------\n";
        ParsedStatement s = parse(text.getBytes(GB18030));
        assertThat(s.layout()).isEqualTo("Alipay website export");
        assertThat(s.rows()).hasSize(2);
        assertThat(amount(s.rows().get(0))).isEqualByComparingTo("1200.00");
        assertThat(s.rows().get(1).direction()).isEqualTo(Direction.OUT);
        assertThat(amount(s.rows().get(1))).isEqualByComparingTo("1.20");
        assertThat(s.rows().get(1).line()).isEqualTo(s.rows().get(0).line());
    }

    @Test
    void readsWeChatCsvWithBomCrlfYuanSignsThousandsAndSlashes() {
        byte[] bytes = StatementFixtures.weChatCsv(List.of(
                "2024-03-02 12:45:27,商户消费,\"米线店\",\"午餐\",支出,\"¥1,234.50\",\"中国银行(1234)\",支付成功,\"4200001\"\t,"
                        + "\"M1\"\t,\"/\"",
                "2024-03-03 10:10:11,微信红包-退款,好友,/,收入,￥10.00,/,已存入零钱,4200002\t,/\t,/",
                "2024-03-04 11:00:00,零钱提现,招商银行(1234),/,/,¥100.10,零钱,提现已到账,4200003,/,服务费¥0.10"), true);
        ParsedStatement s = parse(bytes);
        assertThat(s.format()).isEqualTo(StatementFormat.WECHAT);
        assertThat(s.headerLine()).isEqualTo(17);
        assertThat(s.problems()).isEmpty();
        assertThat(s.rows()).extracting(StatementRow::line).containsExactly(18, 19, 20);
        assertThat(amount(s.rows().get(0))).isEqualByComparingTo("1234.50");
        assertThat(s.rows()).extracting(StatementRow::direction)
                .containsExactly(Direction.OUT, Direction.IN, Direction.NEUTRAL);
        assertThat(s.rows().get(1).merchantOrderRef()).as("/ is empty").isNull();
        assertThat(s.rows().get(1).method()).isNull();
        assertThat(s.rows().get(2).note()).contains("服务费¥0.10");
        assertThat(s.rows().get(0).txRef()).isEqualTo("4200001");
    }

    @Test
    void readsWeChatSpreadsheetsLikeTheCsv() throws Exception {
        List<List<Object>> rows = new java.util.ArrayList<>();
        rows.add(List.of("微信支付账单明细"));
        rows.add(List.of("共2笔记录"));
        rows.add(Arrays.asList((Object[]) StatementFixtures.WECHAT_HEADER.split(",")));
        rows.add(List.of("2024-03-02 12:45:27", "商户消费", "米线店", "午餐", "支出", 1234.5, "零钱", "支付成功", "4200001",
                "M1", "/"));
        rows.add(List.of("2024-03-05 08:00:00", "转账", "房东", "/", "支出", 500, "零钱", "朋友已收钱", "4200004", "/",
                "/"));
        ParsedStatement s = parser.parse(StatementFixtures.xlsx(rows), "s.xlsx", null, null);
        assertThat(s.format()).isEqualTo(StatementFormat.WECHAT);
        assertThat(s.rows()).extracting(StatementRow::line).containsExactly(4, 5);
        assertThat(amount(s.rows().get(0))).isEqualByComparingTo("1234.50");
        assertThat(amount(s.rows().get(1))).isEqualByComparingTo("500");
    }

    @Test
    void readsGermanPayPalWithDecimalCommaDayFirstZonesAndFees() {
        String text = "\uFEFF\"Datum\",\"Uhrzeit\",\"Zeitzone\",\"Name\",\"Typ\",\"Status\",\"Währung\",\"Brutto\","
                + "\"Gebühr\",\"Netto\",\"Transaktionscode\"\r\n"
                + "\"02.03.2024\",\"14:32:15\",\"CET\",\"Max\",\"Handyzahlung\",\"Abgeschlossen\",\"EUR\",\"1.234,56\","
                + "\"-1,50\",\"1.233,06\",\"1A\"\r\n"
                + "\"15.07.2024\",\"09:15:42\",\"CEST\",\"Anna\",\"Einkauf\",\"Abgeschlossen\",\"EUR\",\"-50,00\","
                + "\"0,00\",\"-50,00\",\"2B\"\r\n";
        ParsedStatement s = parse(text.getBytes(StandardCharsets.UTF_8));
        assertThat(s.layout()).isEqualTo("PayPal activity export (German)");
        assertThat(s.rows()).hasSize(3);
        StatementRow in = s.rows().get(0);
        assertThat(amount(in)).isEqualByComparingTo("1234.56");
        assertThat(in.direction()).isEqualTo(Direction.IN);
        assertThat(in.at()).isEqualTo(Instant.parse("2024-03-02T13:32:15Z"));
        assertThat(in.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        StatementRow fee = s.rows().get(1);
        assertThat(fee.direction()).isEqualTo(Direction.OUT);
        assertThat(amount(fee)).isEqualByComparingTo("1.50");
        assertThat(fee.line()).isEqualTo(in.line());
        assertThat(s.rows().get(2).at()).isEqualTo(Instant.parse("2024-07-15T07:15:42Z"));
        assertThat(s.rows().get(2).direction()).isEqualTo(Direction.OUT);
    }

    @Test
    void decidesMonthFirstOrDayFirstFromTheValues() {
        String header = "Date,Time,TimeZone,Name,Type,Status,Currency,Gross,Fee,Net,Transaction ID\n";
        String monthFirst = header + "03/04/2024,10:00:00,PST,A,Payment,Completed,USD,\"1,000.00\",0.00,\"1,000.00\",T1\n"
                + "03/25/2024,10:00:00,PDT,B,Payment,Completed,USD,-5.00,0.00,-5.00,T2\n";
        String dayFirst = header + "03/04/2024,10:00:00,UTC,A,Payment,Completed,GBP,10.00,0.00,10.00,T1\n"
                + "25/03/2024,10:00:00,UTC,B,Payment,Completed,GBP,-5.00,0.00,-5.00,T2\n";
        ParsedStatement us = parse(monthFirst.getBytes(StandardCharsets.UTF_8));
        ParsedStatement uk = parse(dayFirst.getBytes(StandardCharsets.UTF_8));
        assertThat(us.rows().get(0).at()).isEqualTo(Instant.parse("2024-03-04T18:00:00Z"));
        assertThat(amount(us.rows().get(0))).isEqualByComparingTo("1000");
        assertThat(us.rows().get(1).at()).isEqualTo(Instant.parse("2024-03-25T17:00:00Z"));
        assertThat(uk.rows().get(0).at()).isEqualTo(Instant.parse("2024-04-03T10:00:00Z"));
    }

    @Test
    void readsAnyCsvThroughAColumnMapping() {
        String text = "Datum;Betrag;Art;Empfänger;Ref\n01.02.2024;-12,50;;Bäckerei;R1\n03.02.2024;100,00;credit;Chef;R2\n";
        ColumnMapping m = ColumnMapping.parse("time=Datum,amount=Betrag,direction=Art,counterparty=Empfänger,id=Ref",
                null, ZoneId.of("Europe/Berlin"), java.util.Currency.getInstance("EUR"));
        ParsedStatement s = parser.parse(text.getBytes(StandardCharsets.UTF_8), "bank.csv", StatementFormat.CSV, m);
        assertThat(s.problems()).isEmpty();
        assertThat(s.rows()).extracting(StatementRow::direction).containsExactly(Direction.OUT, Direction.IN);
        assertThat(amount(s.rows().get(0))).isEqualByComparingTo("12.50");
        assertThat(s.rows().get(0).at()).isEqualTo(Instant.parse("2024-01-31T23:00:00Z"));
        assertThat(ColumnMapping.parse(m.spec(), null, ZoneId.of("UTC"), null)).isEqualTo(m);
    }

    @Test
    void aMalformedRowIsReportedWithItsLineAndTheOthersStillParse() {
        byte[] bytes = StatementFixtures.weChatCsv(List.of(
                "2024-03-02 12:45:27,商户消费,店,/,支出,¥12.00,零钱,支付成功,1,/,/",
                "2024-03-02 13:00:00,商户消费,店,/,支出,¥abc,零钱,支付成功,2,/,/",
                "2024-13-02 13:00:00,商户消费,店,/,支出,¥1.00,零钱,支付成功,3,/,/"), false);
        ParsedStatement s = parse(bytes);
        assertThat(s.rows()).hasSize(1);
        assertThat(s.problems()).extracting(RowProblem::line).containsExactly(19, 20);
        assertThat(s.problemSummary("wx.csv")).isEqualTo(
                "In wx.csv, line 19: the amount \"¥abc\" is not a number (and 1 more bad row).");
    }

    @Test
    void aTruncatedFileIsNamedAsSuch() {
        String full = alipayApp(List.of(
                alipayRow("2024-03-02 12:00:01", "餐饮美食", "店", "午餐", "支出", "10.00", "交易成功", "A1"),
                alipayRow("2024-03-02 13:00:01", "餐饮美食", "店", "晚餐", "支出", "20.00", "交易成功", "A2")));
        String cut = full.substring(0, full.length() - 60);
        ParsedStatement s = parse(cut.getBytes(GB18030));
        assertThat(s.rows()).hasSize(1);
        assertThat(s.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("truncated"));

        String beforeTable = full.substring(0, full.indexOf("交易时间") - 10);
        assertThatThrownBy(() -> parse(beforeTable.getBytes(GB18030))).isInstanceOf(StatementException.class)
                .hasMessageContaining("s.csv").hasMessageContaining("truncated");

        String quoteCut = "Date,Time,TimeZone,Name,Type,Status,Currency,Gross,Fee,Net,Transaction ID\n"
                + "03/04/2024,10:00:00,PST,\"A, Inc";
        assertThatThrownBy(() -> parse(quoteCut.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("line 2").hasMessageContaining("truncated");
    }

    @Test
    void anUnknownLayoutSaysWhatItFoundAndWhatToDo() {
        assertThatThrownBy(() -> parse("Foo,Bar,Baz\n1,2,3\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(StatementException.class)
                .hasMessage("The file s.csv is not in a layout CaseVault knows (Alipay, WeChat Pay or PayPal): its header reads "
                        + "\"Foo,Bar,Baz\"; import it as CSV with a column mapping.");
    }

    @Test
    void garbledTextIsReportedAsAWrongEncoding() {
        String alipay = alipayApp(List.of(
                alipayRow("2024-03-02 12:00:01", "餐饮美食", "店", "午餐", "支出", "10.00", "交易成功", "A1")));
        // UTF-8 bytes read as Windows-1252 and saved again as UTF-8: the classic mojibake
        String garbled = new String(alipay.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        assertThatThrownBy(() -> parse(garbled.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(StatementException.class).hasMessageContaining("garbled");
    }

    @Test
    void anAlipayFileSavedAsUtf8StillReads() {
        String text = alipayApp(List.of(
                alipayRow("2024-03-02 12:00:01", "餐饮美食", "店", "午餐", "支出", "10.00", "交易成功", "A1")));
        assertThat(parse(text.getBytes(StandardCharsets.UTF_8)).rows()).hasSize(1);
    }

    @Test
    void askingForTheWrongFormatNamesTheColumnsItLacks() {
        byte[] wechat = StatementFixtures.weChatCsv(List.of(
                "2024-03-02 12:45:27,商户消费,店,/,支出,¥12.00,零钱,支付成功,1,/,/"), false);
        assertThatThrownBy(() -> parser.parse(wechat, "wx.csv", StatementFormat.PAYPAL, null))
                .hasMessageContaining("The file wx.csv has no PayPal header row");
    }
}
