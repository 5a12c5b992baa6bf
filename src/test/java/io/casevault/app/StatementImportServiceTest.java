package io.casevault.app;

import io.casevault.domain.Direction;
import io.casevault.domain.DomainException;
import io.casevault.domain.NewCase;
import io.casevault.domain.RowFilter;
import io.casevault.domain.Transaction;
import io.casevault.domain.TransactionSource;
import io.casevault.domain.ColumnMapping;
import io.casevault.importer.StatementFixtures;
import io.casevault.domain.StatementFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Set;

import static io.casevault.importer.StatementFixtures.alipayApp;
import static io.casevault.importer.StatementFixtures.alipayRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatementImportServiceTest {
    @TempDir
    Path tmp;
    VaultSession session;
    long caseId;

    @BeforeEach
    void open() {
        session = VaultSession.create(tmp.resolve("v"), Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"),
                ZoneOffset.UTC));
        caseId = session.cases().create(new NewCase("扣款未退", "Alipay", null, null, null, null, List.of("退款"), null,
                LocalDate.of(2026, 11, 25), null, null, false)).id();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private static String row(int day, String amount, String dir, String id) {
        return alipayRow("2024-03-" + String.format("%02d", day) + " 12:00:00", "日用百货", "店" + day, "货", dir, amount,
                "交易成功", id);
    }

    private Path alipay(String name, List<String> rows) throws Exception {
        return StatementFixtures.write(tmp.resolve(name), alipayApp(rows).getBytes(StatementFixtures.GB18030));
    }

    @Test
    void importKeepsTheFileAsEvidenceAndEachRowPointsAtItsLine() throws Exception {
        Path file = alipay("march.csv", List.of(row(1, "10.00", "支出", "A1"), row(2, "5.00", "收入", "A2")));
        ImportResult r = session.statements().run(ImportRequest.of(caseId, file), Progress.NONE);
        assertThat(r.imported()).isEqualTo(2);
        assertThat(r.skipped()).isZero();
        assertThat(r.evidence().exhibit()).isEqualTo("E-1");
        assertThat(session.evidence().list(caseId)).hasSize(1);
        List<Transaction> txs = session.transactions().list(caseId);
        assertThat(txs).extracting(Transaction::source).containsExactly(
                TransactionSource.imported(r.evidence().sha256(), 14),
                TransactionSource.imported(r.evidence().sha256(), 15));
        assertThat(Files.readAllLines(file, StatementFixtures.GB18030).get(13)).startsWith("2024-03-01");
    }

    @Test
    void importSkipsDuplicateRowsAndReusesTheExhibit() throws Exception {
        Path file = alipay("march.csv", List.of(row(1, "10.00", "支出", "A1"), row(2, "5.00", "收入", "A2")));
        session.statements().run(ImportRequest.of(caseId, file), Progress.NONE);
        ImportResult again = session.statements().run(ImportRequest.of(caseId, file), Progress.NONE);
        assertThat(again.imported()).isZero();
        assertThat(again.skipped()).isEqualTo(2);
        assertThat(again.evidenceAlreadyPresent()).isTrue();
        assertThat(session.evidence().list(caseId)).hasSize(1);
        assertThat(session.transactions().list(caseId)).hasSize(2);
    }

    @Test
    void anOverlappingStatementImportsOnlyTheNewRows() throws Exception {
        session.statements().run(ImportRequest.of(caseId, alipay("a.csv", List.of(row(1, "10.00", "支出", "A1"),
                row(2, "5.00", "收入", "A2")))), Progress.NONE);
        ImportResult r = session.statements().run(ImportRequest.of(caseId, alipay("b.csv", List.of(
                row(2, "5.00", "收入", "A2"), row(3, "7.00", "支出", "A3")))), Progress.NONE);
        assertThat(r.imported()).isEqualTo(1);
        assertThat(r.skipped()).isEqualTo(1);
        assertThat(session.transactions().list(caseId)).extracting(Transaction::txRef)
                .containsExactly("A1", "A2", "A3");
        assertThat(session.evidence().list(caseId)).hasSize(2);
    }

    @Test
    void rowsWithoutIdsAreMatchedByTimeAmountAndCounterparty() throws Exception {
        Path file = StatementFixtures.write(tmp.resolve("bank.csv"),
                "When,Amount,Who\n2024-03-01 10:00,-12.50,Shop\n2024-03-02 10:00,-12.50,Shop\n"
                        .getBytes(StandardCharsets.UTF_8));
        ColumnMapping m = ColumnMapping.parse("time=When,amount=Amount,counterparty=Who", null, ZoneId.of("UTC"),
                Currency.getInstance("EUR"));
        session.statements().run(new ImportRequest(caseId, file, StatementFormat.CSV, m, false, null),
                Progress.NONE);
        Path overlap = StatementFixtures.write(tmp.resolve("bank2.csv"),
                "When,Amount,Who\n2024-03-02 10:00,-12.50,Shop\n2024-03-03 10:00,-12.50,Shop\n"
                        .getBytes(StandardCharsets.UTF_8));
        ImportResult r = session.statements().run(ImportRequest.of(caseId, overlap), Progress.NONE);
        assertThat(r.format()).as("the mapping remembered for this header").isEqualTo(StatementFormat.CSV);
        assertThat(r.imported()).isEqualTo(1);
        assertThat(r.skipped()).isEqualTo(1);
    }

    @Test
    void aFileWithABadRowImportsNothingUnlessBadRowsAreSkipped() throws Exception {
        Path file = alipay("bad.csv", List.of(row(1, "10.00", "支出", "A1"), row(2, "ten", "支出", "A2")));
        assertThatThrownBy(() -> session.statements().run(ImportRequest.of(caseId, file), Progress.NONE))
                .isInstanceOf(DomainException.class)
                .hasMessage("In bad.csv, line 15: the amount \"ten\" is not a number, so nothing was imported.");
        assertThat(session.transactions().list(caseId)).isEmpty();
        assertThat(session.evidence().list(caseId)).isEmpty();

        ImportResult r = session.statements().run(new ImportRequest(caseId, file, null, null, true, null),
                Progress.NONE);
        assertThat(r.imported()).isEqualTo(1);
        assertThat(r.badRows()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(15));
    }

    @Test
    void previewMarksRowsTheCaseAlreadyHasAndOnlyChosenLinesAreImported() throws Exception {
        Path file = alipay("march.csv", List.of(row(1, "10.00", "支出", "A1"), row(2, "5.00", "收入", "A2"),
                row(3, "1.00", "支出", "A3")));
        session.statements().run(new ImportRequest(caseId, file, null, null, false, Set.of(14)), Progress.NONE);
        ImportPreview p = session.statements().preview(caseId, file, null, null);
        assertThat(p.rows()).extracting(ImportPreview.Row::duplicate).containsExactly(true, false, false);
        assertThat(p.statement().layout()).isEqualTo("Alipay app export");
    }

    @Test
    void onlyTheChosenRowsAreImportedAndTheAuditSaysHowManyOfHowMany() throws Exception {
        Path file = alipay("march.csv", List.of(row(1, "10.00", "支出", "A1"), row(2, "5.00", "收入", "A2"),
                row(3, "1.00", "支出", "A3"), row(20, "99.00", "支出", "A4")));
        RowFilter firstDays = RowFilter.days(LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 5));

        ImportResult r = session.statements().run(new ImportRequest(caseId, file, null, null, false, Set.of(14, 15, 16),
                firstDays), Progress.NONE);

        assertThat(session.transactions().list(caseId)).extracting(Transaction::txRef).containsExactly("A2", "A3");
        assertThat(r.rows()).isEqualTo(4);
        assertThat(r.chosen()).isEqualTo(2);
        assertThat(r.imported()).isEqualTo(2);
        assertThat(session.evidence().list(caseId)).hasSize(1);
        assertThat(auditDetail("statement-imported")).contains("\"rows\":4", "\"chosen\":2", "\"imported\":2");
    }

    @Test
    void withoutAChoiceEveryRowIsChosen() throws Exception {
        Path file = alipay("march.csv", List.of(row(1, "10.00", "支出", "A1"), row(2, "5.00", "收入", "A2")));
        ImportResult r = session.statements().run(ImportRequest.of(caseId, file), Progress.NONE);
        assertThat(r.chosen()).isEqualTo(2).isEqualTo(r.rows());
        assertThat(auditDetail("statement-imported")).contains("\"rows\":2", "\"chosen\":2");
    }

    private String auditDetail(String action) throws java.sql.SQLException {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + session.dir().resolve("casevault.db"));
             var s = c.prepareStatement("SELECT detail FROM audit_log WHERE action = ? ORDER BY seq DESC")) {
            s.setString(1, action);
            try (var rs = s.executeQuery()) {
                assertThat(rs.next()).as("an audit entry %s", action).isTrue();
                return rs.getString(1);
            }
        }
    }

    @Test
    void refundsNeutralRowsAndFeesKeepTheirDirection() throws Exception {
        Path file = StatementFixtures.write(tmp.resolve("pp.csv"), ("Date,Time,TimeZone,Name,Type,Status,Currency,"
                + "Gross,Fee,Net,Transaction ID\r\n"
                + "03/04/2024,10:00:00,PST,Shop,Payment Refund,Completed,USD,25.00,-0.50,24.50,R1\r\n"
                + "03/05/2024,10:00:00,PST,Shop,Express Checkout Payment,Completed,USD,-100.00,0.00,-100.00,P1\r\n"
                + "03/06/2024,10:00:00,PST,,Authorization,Pending,USD,0.00,0.00,0.00,N1\r\n")
                .getBytes(StandardCharsets.UTF_8));
        session.statements().run(ImportRequest.of(caseId, file), Progress.NONE);
        List<Transaction> txs = session.transactions().list(caseId);
        assertThat(txs).extracting(Transaction::direction)
                .containsExactly(Direction.IN, Direction.OUT, Direction.OUT, Direction.NEUTRAL);
        assertThat(txs).extracting(t -> t.signedMoney().amount().toPlainString())
                .containsExactly("25", "-0.5", "-100", "0");
        assertThat(txs).allSatisfy(t -> assertThat(t.money().amount().signum()).isNotNegative());
    }

    @Test
    void aTruncatedFileImportsNothing() throws Exception {
        String full = alipayApp(List.of(row(1, "10.00", "支出", "A1"), row(2, "5.00", "收入", "A2")));
        Path file = StatementFixtures.write(tmp.resolve("cut.csv"),
                full.substring(0, full.length() - 50).getBytes(StatementFixtures.GB18030));
        assertThatThrownBy(() -> session.statements().run(ImportRequest.of(caseId, file), Progress.NONE))
                .hasMessageContaining("cut.csv, line 15").hasMessageContaining("truncated");
        assertThat(session.transactions().list(caseId)).isEmpty();
    }
}
