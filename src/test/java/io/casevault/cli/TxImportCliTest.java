package io.casevault.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casevault.importer.StatementFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static io.casevault.importer.StatementFixtures.alipayApp;
import static io.casevault.importer.StatementFixtures.alipayRow;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code tx import} end to end: output, JSON, exit codes and one-sentence errors. */
class TxImportCliTest {
    @TempDir
    Path tmp;
    CliHarness cli;
    Path alipay;

    @BeforeEach
    void setUp() throws Exception {
        cli = new CliHarness(tmp.resolve("vault"));
        cli.ok("init");
        cli.ok("case", "add", "--title", "扣款未退", "--provider", "Alipay");
        alipay = StatementFixtures.write(tmp.resolve("支付宝.csv"), alipayApp(List.of(
                alipayRow("2024-03-02 12:00:01", "餐饮美食", "肯德基", "午餐", "支出", "1234.50", "交易成功", "A1"),
                alipayRow("2024-03-03 12:00:01", "退款", "肯德基", "退款-午餐", "不计收支", "34.50", "退款成功", "A1_R")))
                .getBytes(StatementFixtures.GB18030));
    }

    @Test
    void importPrintsCountsAndReimportSaysHowManyWereSkipped() {
        assertThat(cli.ok("tx", "import", "--case", "1", alipay.toString())).startsWith(
                "Imported 2 transactions from 支付宝.csv (Alipay app export); skipped 0 already in the case.\n"
                        + "The statement is exhibit E-1, sha256 ");
        assertThat(cli.ok("tx", "import", "--case", "1", alipay.toString())).startsWith(
                "Imported 0 transactions from 支付宝.csv (Alipay app export); skipped 2 already in the case.\n"
                        + "The statement is exhibit E-1 (already in this case)");
        assertThat(cli.ok("case", "show", "1")).contains("2");
    }

    @Test
    void jsonHasTheContractFields() throws Exception {
        JsonNode j = new ObjectMapper().readTree(cli.ok("tx", "import", "--case", "1", "--format", "alipay", "--json",
                alipay.toString()));
        assertThat(j.get("imported").asInt()).isEqualTo(2);
        assertThat(j.get("skipped").asInt()).isZero();
        assertThat(j.get("format").asText()).isEqualTo("alipay");
        assertThat(j.get("evidence").asText()).isEqualTo("E-1");
        assertThat(j.get("rows").asInt()).isEqualTo(2);
    }

    @Test
    void aBadRowExitsTwoNamingFileAndLineAndSkipBadRowsImportsTheRest() throws Exception {
        Path bad = StatementFixtures.write(tmp.resolve("wx.csv"), StatementFixtures.weChatCsv(List.of(
                "2024-03-02 12:45:27,商户消费,店,/,支出,¥12.00,零钱,支付成功,1,/,/",
                "2024-03-02 13:00:00,商户消费,店,/,支出,¥abc,零钱,支付成功,2,/,/"), true));
        CliHarness.Result r = cli.run("tx", "import", "--case", "1", bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo(
                "In wx.csv, line 19: the amount \"¥abc\" is not a number, so nothing was imported.");
        assertThat(r.out()).isEmpty();
        CliHarness.Result skipped = cli.run("tx", "import", "--case", "1", "--skip-bad-rows", bad.toString());
        assertThat(skipped.code()).isZero();
        assertThat(skipped.out()).startsWith("Imported 1 transaction from wx.csv (WeChat Pay statement); skipped 0 "
                + "already in the case and 1 bad row.");
        assertThat(skipped.err()).contains("Skipped wx.csv, line 19: the amount");
    }

    @Test
    void anUnknownLayoutExitsTwoAndAMappingImportsItAndIsRemembered() throws Exception {
        Path csv = StatementFixtures.write(tmp.resolve("bank.csv"), ("Date,Amount,Currency,Type,Name,Ref,Memo\r\n"
                + "31.01.2024,12.50,EUR,debit,Bäckerei,R1,Brot\r\n01.02.2024,100.00,EUR,credit,Chef,R2,Lohn\r\n")
                .getBytes(StandardCharsets.UTF_8));
        CliHarness.Result unknown = cli.run("tx", "import", "--case", "1", csv.toString());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("The file bank.csv is not in a layout CaseVault knows").doesNotContain("Exception");
        CliHarness.Result noMap = cli.run("tx", "import", "--case", "1", "--format", "csv", csv.toString());
        assertThat(noMap.code()).isEqualTo(2);
        assertThat(noMap.err()).contains("needs a column mapping").contains("Date, Amount, Currency");

        assertThat(cli.ok("tx", "import", "--case", "1", "--format", "csv", "--map",
                "time=Date,amount=Amount,currency=Currency,direction=Type,counterparty=Name,id=Ref,note=Memo",
                "--zone", "Europe/Berlin", csv.toString())).startsWith("Imported 2 transactions from bank.csv");
        Path next = StatementFixtures.write(tmp.resolve("bank-feb.csv"), ("Date,Amount,Currency,Type,Name,Ref,Memo\r\n"
                + "01.02.2024,100.00,EUR,credit,Chef,R2,Lohn\r\n14.02.2024,30.00,EUR,debit,Blumen,R3,\r\n")
                .getBytes(StandardCharsets.UTF_8));
        JsonNode j = new ObjectMapper().readTree(cli.ok("tx", "import", "--case", "1", "--json", next.toString()));
        assertThat(j.get("format").asText()).isEqualTo("csv");
        assertThat(j.get("imported").asInt()).isEqualTo(1);
        assertThat(j.get("skipped").asInt()).isEqualTo(1);
    }

    @Test
    void fromToAndCounterpartyChooseTheRowsAndWithoutThemEveryRowIsImported() throws Exception {
        Path month = StatementFixtures.write(tmp.resolve("month.csv"), alipayApp(List.of(
                alipayRow("2024-03-01 12:00:01", "餐饮美食", "肯德基", "午餐", "支出", "30.00", "交易成功", "B1"),
                alipayRow("2024-03-10 12:00:01", "日用百货", "优选商城", "耳机", "支出", "1200.00", "交易成功", "B2"),
                alipayRow("2024-03-11 09:00:00", "餐饮美食", "肯德基", "早餐", "支出", "12.00", "交易成功", "B3"),
                alipayRow("2024-03-28 12:00:01", "日用百货", "优选商城", "运费", "支出", "8.00", "交易成功", "B4")))
                .getBytes(StatementFixtures.GB18030));

        JsonNode j = new ObjectMapper().readTree(cli.ok("tx", "import", "--case", "1", "--from", "2024-03-05",
                "--to", "2024-03-20", "--counterparty", "优选商城", "--json", month.toString()));
        assertThat(j.get("imported").asInt()).isEqualTo(1);
        assertThat(j.get("chosen").asInt()).isEqualTo(1);
        assertThat(j.get("rows").asInt()).isEqualTo(4);
        assertThat(cli.ok("tx", "import", "--case", "1", "--from", "2024-03-05", "--to", "2024-03-20",
                month.toString())).startsWith("Imported 1 transaction from month.csv (Alipay app export); skipped 1 "
                + "already in the case; 2 of 4 rows chosen.");
        assertThat(cli.ok("tx", "import", "--case", "1", "--counterparty", "肯德基", "--counterparty", "优选商城",
                month.toString())).startsWith("Imported 2 transactions from month.csv (Alipay app export); skipped 2 "
                + "already in the case.");

        CliHarness.Result backwards = cli.run("tx", "import", "--case", "1", "--from", "2024-03-20", "--to",
                "2024-03-05", month.toString());
        assertThat(backwards.code()).isEqualTo(2);
        assertThat(backwards.err().strip()).isEqualTo("The last day 2024-03-05 is before the first day 2024-03-20.");
        CliHarness.Result notADay = cli.run("tx", "import", "--case", "1", "--from", "March", month.toString());
        assertThat(notADay.code()).isEqualTo(2);
        assertThat(notADay.err().strip()).isEqualTo("--from \"March\" is not a date like 2026-12-01.");
    }

    @Test
    void aMissingFileOrUnknownFormatIsRejected() {
        CliHarness.Result missing = cli.run("tx", "import", "--case", "1", tmp.resolve("nope.csv").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("does not exist");
        CliHarness.Result format = cli.run("tx", "import", "--case", "1", "--format", "mt940", alipay.toString());
        assertThat(format.code()).isEqualTo(2);
        assertThat(format.err().strip()).isEqualTo("Format \"mt940\" is not one of auto, alipay, wechat, paypal, csv.");
    }
}
