package io.casevault.importer;

import io.casevault.domain.ParsedStatement;
import io.casevault.domain.StatementRow;
import io.casevault.domain.understanding.Found;
import io.casevault.domain.understanding.Reference;
import io.casevault.domain.understanding.ScreenshotReading;
import io.casevault.domain.understanding.TextLine;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The values of real Alipay and WeChat Pay statements (../shared/corpora/wallet-csv) as a payment's detail screen
 * prints them, one labelled line each: the amount, the time, the counterparty and the transaction and merchant order
 * numbers in the forms these providers use (prefixes, lengths). The screen's reading must give back the statement's
 * values: every amount, time and number, and nothing else.
 */
@Tag("corpus")
class StatementFieldsCorpusTest {
    private static final Path ROOT = Path.of(System.getProperty("casevault.corpora", "../shared/corpora"))
            .resolve("wallet-csv");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @ParameterizedTest
    @ValueSource(strings = {"alipay", "wechat"})
    void aDetailScreenOfEachStatementRowReadsBackItsAmountTimeAndNumbers(String provider) throws IOException {
        Path dir = ROOT.resolve(provider);
        Assumptions.assumeTrue(Files.isDirectory(dir), "corpus folder missing: " + dir);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> !p.getFileName().toString().equals("SOURCES.txt")).sorted().toList();
        }
        int rows = 0;
        int numbersShown = 0;
        List<String> misses = new ArrayList<>();
        for (Path file : files) {
            ParsedStatement statement = new StatementParser().parse(Files.readAllBytes(file),
                    file.getFileName().toString(), null, null);
            for (StatementRow row : statement.rows()) {
                rows++;
                // the numbers: 14 to 32 digits after at most a short prefix; the corpus masks some with x
                List<String> numbers = Stream.of(row.txRef(), row.merchantOrderRef()).filter(n -> n != null)
                        .map(String::strip).filter(n -> n.matches("[A-Za-z]{0,4}\\d{14,32}")).toList();
                numbersShown += numbers.size();
                ScreenshotReading r = ScreenshotReading.read(screen(provider, row, numbers), 2026);
                List<String> read = r.references().stream().map(Found::value).map(Reference::value).toList();
                LocalDateTime at = LocalDateTime.ofInstant(row.at(), row.zone());
                boolean amount = r.amounts().size() == 1
                        && r.amounts().get(0).value().value().abs().compareTo(row.money().amount()) == 0;
                boolean time = r.times().size() == 1 && r.times().get(0).value().at().equals(at);
                if (!amount || !time || !read.equals(numbers)) {
                    misses.add(file.getFileName() + " line " + row.line() + ": amounts " + r.amounts() + ", times "
                            + r.times() + ", numbers " + read + " for " + numbers);
                }
            }
        }
        System.out.printf("%s statements: %d rows (%d numbers) read back from their detail screens, %d with a field "
                + "missed or extra%n", provider, rows, numbersShown, misses.size());
        assertThat(rows).isPositive();
        assertThat(misses).isEmpty();
    }

    /** The row as the provider's detail screen prints it. */
    private static List<TextLine> screen(String provider, StatementRow row, List<String> numbers) {
        List<String> lines = new ArrayList<>();
        String amount = row.money().amount().setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
        lines.add(provider.equals("wechat") ? "¥" + amount : (row.direction().name().equals("IN") ? "+" : "-")
                + amount);
        if (row.counterparty() != null && !row.counterparty().isBlank()) {
            lines.add("交易对方 " + row.counterparty());
        }
        lines.add((provider.equals("wechat") ? "支付时间 " : "创建时间 ")
                + LocalDateTime.ofInstant(row.at(), row.zone()).format(SHOWN));
        List<String> labels = List.of(provider.equals("wechat") ? "交易单号 " : "订单号 ", "商户单号 ");
        for (int i = 0; i < numbers.size(); i++) {
            lines.add(labels.get(Math.min(i, 1)) + numbers.get(i));
        }
        List<TextLine> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            out.add(new TextLine(lines.get(i), 0.95, 40, 40 + 60 * i, 600, i == 0 ? 70 : 32));
        }
        return out;
    }
}
