package io.casevault.ui.transactions;

import io.casevault.domain.Transaction;
import io.casevault.ui.UiFixture;
import io.casevault.ui.shell.Appearance;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static io.casevault.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The import dialog over a real vault: preview with a bad row, skip it, import, and a re-import of duplicates. */
@ExtendWith(ApplicationExtension.class)
class ImportStatementDialogUiTest {
    @TempDir
    Path dir;
    private UiFixture fixture;
    private TransactionsView view;

    @Start
    void start(Stage stage) {
        Appearance.applyTheme(io.casevault.ui.prefs.Theme.LIGHT);
        fixture = new UiFixture(dir, Locale.ENGLISH);
        view = new TransactionsView(fixture.ctx);
        Scene scene = new Scene((Parent) view.root(), 1000, 600);
        Appearance.style(scene);
        stage.setScene(scene);
        stage.show();
        view.showCase(fixture.caseId);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /** A WeChat Pay export as the app writes it: BOM, preamble, header, CRLF; line 20 has an unreadable amount. */
    private Path weChatStatement() throws Exception {
        StringBuilder sb = new StringBuilder("\uFEFF");
        String[] preamble = {"微信支付账单明细", "微信昵称：[测试]", "起始时间：[2026-10-01 00:00:00] 终止时间：[2026-10-31 23:59:59]",
            "导出类型：[全部]", "导出时间：[2026-11-01 10:00:00]", "", "共4笔记录", "收入：1笔 10.00元", "支出：3笔 1300.00元",
            "中性交易：0笔 0.00元", "注：", "1. 充值/提现等交易，将计入中性交易", "2. 本明细仅展示当前账单中的交易", "3. 本明细仅供个人对账使用",
            "", "----------------------微信支付账单明细列表--------------------"};
        for (String p : preamble) {
            sb.append(p).append(",,,,,,,,,,\r\n");
        }
        sb.append("交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注\r\n");
        sb.append("2026-10-01 09:15:00,商户消费,\"优选商城\",\"耳机\",支出,\"¥1,200.00\",零钱,支付成功,\"4200000101\"\t,"
                + "\"M101\"\t,/\r\n");
        sb.append("2026-10-01 09:20:00,商户消费,优选商城,运费,支出,¥abc,零钱,支付成功,4200000102\t,/,/\r\n");
        sb.append("2026-10-02 10:00:00,转账,张三,/,支出,¥100.00,零钱,已转账,4200000103\t,/,/\r\n");
        sb.append("2026-10-03 11:30:00,微信红包-退款,李四,/,收入,￥10.00,/,已存入零钱,4200000104\t,/,/\r\n");
        Path file = dir.resolve("微信支付账单.csv");
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        return file;
    }

    @SuppressWarnings("unchecked")
    private TableView<PreviewRow> preview(FxRobot robot) {
        return robot.lookup("#previewTable").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<Transaction> transactions(FxRobot robot) {
        return robot.lookup("#table").queryAs(TableView.class);
    }

    private ImportStatementViewModel open(Path file) throws Exception {
        last = WaitForAsyncUtils.asyncFx(() -> view.importStatement(file)).get();
        return last;
    }

    private ImportStatementViewModel last;

    private Object fixtureChoice() {
        return last == null ? null : last.form().choice().get() + " / " + last.form().fileProblem().get();
    }

    private Button importButton(FxRobot robot) {
        return robot.lookup("#runImportButton").queryAs(Button.class);
    }

    @Test
    void aStatementWithABadRowIsImportedOnlyAfterSkippingIt(FxRobot robot) throws Exception {
        Path file = weChatStatement();
        open(file);
        waitUntil(() -> robot.lookup("#previewTable").tryQuery().isPresent() && preview(robot).getItems().size() == 4);

        List<PreviewRow> rows = preview(robot).getItems();
        assertThat(rows).extracting(PreviewRow::line).containsExactly(18, 19, 20, 21);
        assertThat(rows.get(1).isProblem()).isTrue();
        assertThat(rows.get(1).problem()).contains("abc");
        assertThat(rows).filteredOn(PreviewRow::duplicate).isEmpty();
        assertThat(robot.lookup("#detectedFormat").queryAs(Label.class).getText()).startsWith("Read as WeChat Pay");
        assertThat(robot.lookup("#previewSummary").queryAs(Label.class).getText())
                .isEqualTo("4 rows: 3 to import, 0 already in this case, 1 bad line.");
        assertThat(importButton(robot).isDisabled()).isTrue();

        robot.clickOn("#skipBadRows");
        waitUntil(() -> !importButton(robot).isDisabled());
        robot.clickOn("#runImportButton");
        waitUntil(() -> robot.lookup("#runImportButton").tryQuery().isEmpty());
        waitUntil(() -> transactions(robot).getItems().size() == 3);
        assertThat(transactions(robot).getItems()).extracting(Transaction::counterparty)
                .containsExactlyInAnyOrder("优选商城", "张三", "李四");
        assertThat(fixture.notifier.messages).anyMatch(m -> !m.error()
                && m.text().equals("Imported 3, skipped 0 as duplicates and 1 bad row."));
    }

    @Test
    void reImportingShowsEveryRowAsAlreadyInTheCase(FxRobot robot) throws Exception {
        Path file = weChatStatement();
        open(file);
        waitUntil(() -> robot.lookup("#previewTable").tryQuery().isPresent() && preview(robot).getItems().size() == 4);
        robot.clickOn("#skipBadRows");
        waitUntil(() -> !importButton(robot).isDisabled());
        robot.clickOn("#runImportButton");
        waitUntil(() -> robot.lookup("#runImportButton").tryQuery().isEmpty());
        waitUntil(() -> transactions(robot).getItems().size() == 3);

        open(file);
        waitUntil(() -> robot.lookup("#previewTable").tryQuery().isPresent() && preview(robot).getItems().size() == 4);
        assertThat(preview(robot).getItems()).filteredOn(r -> !r.isProblem()).hasSize(3)
                .allMatch(PreviewRow::duplicate);
        assertThat(robot.lookup("#previewSummary").queryAs(Label.class).getText())
                .isEqualTo("4 rows: 0 to import, 3 already in this case, 1 bad line.");
        assertThat(robot.lookup("Already in this case").tryQuery()).isPresent();
    }

    @Test
    void aFileInNoKnownLayoutIsExplainedAndNothingIsImported(FxRobot robot) throws Exception {
        Path file = dir.resolve("notes.csv");
        Files.writeString(file, "hello,world\r\n1,2\r\n");
        open(file);
        Label problem = robot.lookup("#fileProblem").queryAs(Label.class);
        waitUntil(() -> problem.isVisible());
        assertThat(problem.getText()).contains("not in a layout CaseVault knows");
        assertThat(importButton(robot).isDisabled()).isTrue();
        Button map = robot.lookup("#mapColumnsButton").queryAs(Button.class);
        assertThat(map.isVisible()).as("Map the columns… offered, choice %s", fixtureChoice()).isTrue();
        assertThat(fixture.session.transactions().list(fixture.caseId)).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static void choose(FxRobot robot, String combo, String column) {
        ComboBox<String> box = robot.lookup(combo).queryAs(ComboBox.class);
        robot.interact(() -> box.setValue(column));
    }

    @Test
    void aBankCsvIsImportedThroughTheColumnMappingWhichIsRememberedForTheNextFile(FxRobot robot) throws Exception {
        Path file = dir.resolve("bank.csv");
        Files.writeString(file, "Booked on,Value,Cur,Payee,Reference\r\n"
                + "03.11.2026,-1250.00,CNY,张三,T-1\r\n"
                + "05.11.2026,-30.50,CNY,Shop,T-2\r\n", StandardCharsets.UTF_8);
        open(file);
        waitUntil(() -> robot.lookup("#mapColumnsButton").queryAs(Button.class).isVisible());
        robot.clickOn("#mapColumnsButton");
        waitUntil(() -> robot.lookup("#mappingPane").query().isVisible()
                // "" (not mapped) and the five columns
                && robot.lookup("#mapTIME").queryAs(ComboBox.class).getItems().size() == 6);

        choose(robot, "#mapTIME", "Booked on");
        choose(robot, "#mapAMOUNT", "Value");
        choose(robot, "#mapCURRENCY", "Cur");
        choose(robot, "#mapCOUNTERPARTY", "Payee");
        choose(robot, "#mapID", "Reference");
        robot.clickOn("#mapDateFormat").eraseText(robot.lookup("#mapDateFormat").queryAs(TextField.class)
                .getText().length()).write("dd.MM.yyyy");
        robot.clickOn("#applyMappingButton");
        waitUntil(() -> preview(robot).getItems().size() == 2 && !importButton(robot).isDisabled());
        assertThat(preview(robot).getItems()).noneMatch(PreviewRow::isProblem);

        robot.clickOn("#runImportButton");
        waitUntil(() -> transactions(robot).getItems().size() == 2);
        assertThat(transactions(robot).getItems()).extracting(t -> t.counterparty() + " " + t.money().amount()
                + " " + t.direction()).containsExactlyInAnyOrder("张三 1250 OUT", "Shop 30.5 OUT");

        // the same bank's file again: read with the remembered mapping at once, every row already in the case
        open(file);
        waitUntil(() -> robot.lookup("#previewTable").tryQuery().isPresent() && preview(robot).getItems().size() == 2);
        assertThat(preview(robot).getItems()).allMatch(PreviewRow::duplicate);
        assertThat(last.form().preview().get().statement().format()).isEqualTo(io.casevault.domain.StatementFormat.CSV);
        assertThat(last.form().fileProblem().get()).isEmpty();
    }
}
