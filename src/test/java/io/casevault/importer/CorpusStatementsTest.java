package io.casevault.importer;

import io.casevault.domain.ParsedStatement;
import io.casevault.domain.StatementRow;
import io.casevault.domain.StatementFormat;
import io.casevault.domain.Direction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every statement in ../shared/corpora/wallet-csv parses, and its row count and amount sum agree with a second,
 * deliberately simple reading of the same file done here (commons-csv or fastexcel straight over the known header).
 */
@Tag("corpus")
class CorpusStatementsTest {
    private static final Path ROOT = Path.of(System.getProperty("casevault.corpora", "../shared/corpora"))
            .resolve("wallet-csv");
    private final StatementParser parser = new StatementParser();

    private static List<Path> files(String folder) throws IOException {
        Path dir = ROOT.resolve(folder);
        Assumptions.assumeTrue(Files.isDirectory(dir), "corpus folder missing: " + dir);
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !p.getFileName().toString().equals("SOURCES.txt")).sorted().toList();
        }
    }

    private ParsedStatement parse(Path file) throws IOException {
        ParsedStatement s = parser.parse(Files.readAllBytes(file), file.getFileName().toString(), null, null);
        assertThat(s.problems()).as(file.toString()).isEmpty();
        return s;
    }

    /** Count and sum of the plain amounts of the table under the line that starts with {@code headerStart}. */
    private record Expected(int rows, BigDecimal sum) {
    }

    private static Expected secondReading(String text, String headerStart, String amountColumn, Charset unused)
            throws IOException {
        int at = text.indexOf(headerStart);
        assertThat(at).isNotNegative();
        CSVFormat f = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreSurroundingSpaces(true).setAllowMissingColumnNames(true).get();
        int rows = 0;
        BigDecimal sum = BigDecimal.ZERO;
        try (CSVParser p = CSVParser.parse(new StringReader(text.substring(at)), f)) {
            String amountName = p.getHeaderNames().stream().filter(n -> n.strip().equals(amountColumn)).findFirst()
                    .orElseThrow();
            for (CSVRecord r : p) {
                if (r.get(0).startsWith("---")) {
                    break;
                }
                rows++;
                sum = sum.add(new BigDecimal(r.get(amountName).replace("¥", "").replace("￥", "").replace(",", "")
                        .strip()));
            }
        }
        return new Expected(rows, sum);
    }

    private static BigDecimal sum(ParsedStatement s) {
        return s.rows().stream().map(r -> r.money().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void everyAlipayExportMatchesASecondReading() throws IOException {
        for (Path file : files("alipay")) {
            ParsedStatement s = parse(file);
            String text = new String(Files.readAllBytes(file), Charset.forName("GB18030"));
            int header = text.contains("\n交易时间") ? text.indexOf("\n交易时间") + 1 : text.indexOf("\n收/支") + 1;
            Expected e = secondReading(text.substring(header), text.substring(header, header + 3), "金额", null);
            assertThat(s.format()).isEqualTo(StatementFormat.ALIPAY);
            assertThat(s.rows()).as(file.toString()).hasSize(e.rows());
            assertThat(sum(s)).as(file.toString()).isEqualByComparingTo(e.sum());
            assertThat(s.rows()).allSatisfy(r -> assertThat(r.zone().getId()).isEqualTo("Asia/Shanghai"));
        }
    }

    @Test
    void weChatCsvMatchesASecondReading() throws IOException {
        for (Path file : files("wechat")) {
            if (!file.toString().endsWith(".csv")) {
                continue;
            }
            ParsedStatement s = parse(file);
            String text = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
            Expected e = secondReading(text, "交易时间,", "金额(元)", null);
            assertThat(s.format()).isEqualTo(StatementFormat.WECHAT);
            assertThat(s.rows()).hasSize(e.rows());
            assertThat(sum(s)).isEqualByComparingTo(e.sum());
        }
    }

    @Test
    void weChatSpreadsheetMatchesASecondReading() throws IOException {
        for (Path file : files("wechat")) {
            if (!file.toString().endsWith(".xlsx")) {
                continue;
            }
            ParsedStatement s = parse(file);
            int rows = 0;
            BigDecimal total = BigDecimal.ZERO;
            try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile());
                 Stream<Row> sheet = wb.getFirstSheet().openStream()) {
                int amountColumn = -1;
                for (Row r : (Iterable<Row>) sheet::iterator) {
                    if (amountColumn < 0) {
                        for (int i = 0; i < r.getCellCount(); i++) {
                            if ("金额(元)".equals(r.getCellText(i).strip())) {
                                amountColumn = i;
                            }
                        }
                    } else if (!r.getCellText(0).isBlank()) {
                        rows++;
                        String v = r.getCellRawValue(amountColumn).orElseThrow().replace("¥", "").replace(",", "");
                        total = total.add(new BigDecimal(v.strip()));
                    }
                }
            }
            assertThat(s.format()).isEqualTo(StatementFormat.WECHAT);
            assertThat(s.rows()).hasSize(rows);
            assertThat(sum(s)).isEqualByComparingTo(total);
        }
    }

    @Test
    void everyPayPalFileMatchesASecondReading() throws IOException {
        for (Path file : files("paypal")) {
            ParsedStatement s = parse(file);
            String text = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
            boolean comma = text.startsWith("\"Datum\"") || text.startsWith("Datum") || text.startsWith("\"Fecha\"");
            CSVFormat f = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                    .setAllowMissingColumnNames(true).setAllowDuplicateHeaderNames(true).get();
            int records = 0;
            int fees = 0;
            BigDecimal signedGross = BigDecimal.ZERO;
            BigDecimal feeTotal = BigDecimal.ZERO;
            try (CSVParser p = CSVParser.parse(new StringReader(text), f)) {
                List<String> names = p.getHeaderNames();
                String gross = names.stream().filter(List.of("Gross", "Brutto", "Bruto")::contains).findFirst()
                        .orElseThrow();
                String fee = names.stream().filter(List.of("Fee", "Gebühr", "Entgelt", "Comisión")::contains)
                        .findFirst().orElseThrow();
                for (CSVRecord r : p) {
                    records++;
                    signedGross = signedGross.add(number(r.get(gross), comma));
                    BigDecimal fv = number(r.get(fee), comma).abs();
                    if (fv.signum() != 0) {
                        fees++;
                        feeTotal = feeTotal.add(fv);
                    }
                }
            }
            assertThat(s.format()).as(file.toString()).isEqualTo(StatementFormat.PAYPAL);
            assertThat(s.rows()).as(file.toString()).hasSize(records + fees);
            List<StatementRow> main = s.rows().stream().filter(r -> !"PayPal fee".equals(r.note())).toList();
            BigDecimal signed = main.stream().map(r -> r.direction() == Direction.OUT ? r.money().amount().negate()
                    : r.money().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(signed).as(file.toString()).isEqualByComparingTo(signedGross);
            assertThat(sum(s).subtract(main.stream().map(r -> r.money().amount())
                    .reduce(BigDecimal.ZERO, BigDecimal::add))).as(file.toString()).isEqualByComparingTo(feeTotal);
        }
    }

    private static BigDecimal number(String text, boolean decimalComma) {
        String t = text.strip();
        t = decimalComma ? t.replace(".", "").replace(',', '.') : t.replace(",", "");
        return t.isEmpty() ? BigDecimal.ZERO : new BigDecimal(t);
    }
}
