package io.casevault.importer;

import io.casevault.domain.ColumnMapping;
import io.casevault.domain.ParsedStatement;
import io.casevault.domain.RowProblem;
import io.casevault.domain.StatementRow;
import io.casevault.domain.StatementFormat;
import io.casevault.domain.DomainException;
import io.casevault.domain.Explained;
import io.casevault.domain.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads a statement file's bytes into rows: decodes the text (or opens the spreadsheet), finds the header row by its
 * column names, picks the format whose columns it has (or the one asked for) and reads every row, collecting a
 * problem per bad row rather than stopping. Whole-file failures (unknown layout, garbled encoding, truncation inside
 * a quoted value) throw a {@link StatementException} naming the file.
 */
public final class StatementParser {
    private static final Logger LOG = LoggerFactory.getLogger(StatementParser.class);
    private static final List<FormatParser> KNOWN = List.of(new AlipayParser(), new WeChatParser(),
            new PayPalParser());

    /**
     * @param requested the format to read, or null to detect it from the header
     * @param mapping   the columns of a generic CSV; needed for {@link StatementFormat#CSV}, optional with auto
     */
    public ParsedStatement parse(byte[] bytes, String fileName, StatementFormat requested, ColumnMapping mapping) {
        Objects.requireNonNull(bytes);
        Objects.requireNonNull(fileName);
        if (requested == StatementFormat.CSV && mapping == null) {
            String columns = String.join(", ", genericHeader(bytes).orElse(List.of()));
            throw new StatementException(Reason.of("import.needsMapping", "The file " + fileName
                    + " needs a column mapping (time=…,amount=…) to be read as CSV; its columns are: " + columns + ".",
                    fileName, columns));
        }
        List<FormatParser> parsers = new ArrayList<>();
        if (requested == null || requested == StatementFormat.CSV) {
            if (requested == null) {
                parsers.addAll(KNOWN);
            }
            if (mapping != null) {
                parsers.add(new MappedCsvParser(mapping));
            }
        } else {
            parsers.addAll(KNOWN.stream().filter(p -> p.format() == requested).toList());
        }
        boolean xlsx = XlsxTable.isXlsx(bytes);
        List<Supplier<DecodedText>> readings = xlsx ? List.of() : TextDecoder.candidates(bytes);
        DecodedText firstReading = null;
        List<RawRow> sheet = xlsx ? XlsxTable.rows(bytes) : List.of();
        try {
            if (xlsx) {
                return parseRows(sheet, null, "xlsx", parsers, fileName);
            }
            for (Supplier<DecodedText> candidate : readings) {
                DecodedText reading = candidate.get();
                if (reading == null) {
                    continue;
                }
                firstReading = firstReading == null ? reading : firstReading;
                ParsedStatement s = parseRows(CsvTable.headerCandidates(reading.text()), reading, null, parsers,
                        fileName);
                if (s != null) {
                    return s;
                }
            }
        } catch (StatementException e) {
            throw new StatementException(Reason.of("import.inFile",
                    "In " + fileName + ", " + lowerFirst(e.getMessage()),
                    fileName, e.reason()));
        }
        throw notRecognised(fileName, requested, parsers, xlsx ? sheet : null,
                xlsx ? null : firstReading.text());
    }

    private ParsedStatement parseRows(List<RawRow> candidates, DecodedText text, String charset,
                                      List<FormatParser> parsers, String fileName) {
        int limit = Math.min(candidates.size(), CsvTable.HEADER_SEARCH_LINES);
        for (int i = 0; i < limit; i++) {
            Header header = new Header(List.of(candidates.get(i).cells()));
            for (FormatParser p : parsers) {
                Reason layout = p.layout(header);
                if (layout != null) {
                    int line = candidates.get(i).line();
                    Table table = text == null ? sheetTable(candidates, i) : CsvTable.read(text.text(), line);
                    LOG.debug("{}: {} header on line {}", fileName, layout, line);
                    return readTable(p, layout, table, text == null ? charset : text.charset().name(), text != null);
                }
            }
        }
        return null;
    }

    private static Table sheetTable(List<RawRow> rows, int headerIndex) {
        List<RawRow> data = new ArrayList<>();
        for (RawRow r : rows.subList(headerIndex + 1, rows.size())) {
            if (r.cell(0).startsWith("---")) {
                break;
            }
            if (!r.isBlank()) {
                data.add(r);
            }
        }
        RawRow h = rows.get(headerIndex);
        return new Table(new Header(List.of(h.cells())), h.line(), data, null);
    }

    private static ParsedStatement readTable(FormatParser p, Reason layout, Table table, String charset,
                                             boolean strictWidth) {
        FormatParser.RowReader reader = p.open(table);
        Header header = table.header();
        List<StatementRow> rows = new ArrayList<>(table.rows().size());
        List<RowProblem> problems = new ArrayList<>();
        int usualWidth = strictWidth ? usualWidth(table.rows()) : 0;
        for (RawRow raw : table.rows()) {
            int line = raw.line();
            if (table.cutShortLine() != null && line == table.cutShortLine()) {
                problems.add(new RowProblem(line, Reason.of("import.row.cut",
                        "the file ends in the middle of this row, so it is probably truncated")));
                continue;
            }
            if (raw.filledWidth() > header.size()) {
                problems.add(new RowProblem(line, Reason.of("import.row.wide",
                        "it has " + raw.filledWidth() + " values but the header has " + header.size()
                        + " columns (an unquoted comma inside a value?)", raw.filledWidth(), header.size())));
                continue;
            }
            if (raw.cells().length < usualWidth) {
                problems.add(new RowProblem(line, Reason.of("import.row.narrow",
                        "it has only " + raw.cells().length + " values where the other rows have " + usualWidth
                        + " (a missing comma or a line break inside an unquoted value?)", raw.cells().length,
                        usualWidth)));
                continue;
            }
            int before = rows.size();
            try {
                reader.read(raw, rows);
            } catch (RowException | DomainException e) {
                rows.subList(before, rows.size()).clear();
                problems.add(new RowProblem(line, ((Explained) e).reason()));
            }
        }
        return new ParsedStatement(p.format(), layout, charset, table.headerLine(), header.names(), rows, problems);
    }

    /** The number of cells most rows have; a row with fewer is malformed. */
    private static int usualWidth(List<RawRow> rows) {
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (RawRow r : rows) {
            counts.merge(r.cells().length, 1, Integer::sum);
        }
        return counts.entrySet().stream().max(java.util.Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(java.util.Map.Entry.comparingByKey())).map(java.util.Map.Entry::getKey).orElse(0);
    }

    private static StatementException notRecognised(String fileName, StatementFormat requested,
                                                    List<FormatParser> parsers, List<RawRow> sheet, String text) {
        if (text != null && TextDecoder.looksGarbled(text)) {
            return new StatementException(Reason.of("import.garbled", "The file " + fileName
                    + " has garbled characters (wrong text encoding, e.g. UTF-8 text that was saved again as GBK or"
                    + " Windows-1252); export the statement again from the wallet.", fileName));
        }
        String sample = text != null ? text : joinFirstCells(sheet);
        if ((sample.contains("支付宝") || sample.contains("微信支付")) && !sample.contains("交易时间")) {
            return new StatementException(Reason.of("import.truncatedStatement", "The file " + fileName
                    + " starts like an Alipay or WeChat Pay statement but ends before its table of transactions;"
                    + " it is probably truncated.", fileName));
        }
        if (requested != null && requested != StatementFormat.CSV) {
            String expected = String.join(", ", parsers.get(0).requiredColumns());
            return new StatementException(Reason.of("import.noHeader", "The file " + fileName + " has no "
                    + requested.label() + " header row in its first " + CsvTable.HEADER_SEARCH_LINES
                    + " lines (expected columns such as " + expected + ").", fileName, requested.label(),
                    CsvTable.HEADER_SEARCH_LINES, expected));
        }
        if (requested == StatementFormat.CSV || parsers.stream().anyMatch(p -> p instanceof MappedCsvParser)) {
            return new StatementException(Reason.of("import.noMappedHeader", "The file " + fileName
                    + " has no header row with the mapped columns "
                    + String.join(" and ", parsers.get(parsers.size() - 1).requiredColumns()) + ".", fileName,
                    String.join("、", parsers.get(parsers.size() - 1).requiredColumns())));
        }
        String first = firstLine(sample);
        return new StatementException(Reason.of("import.unknownLayout", "The file " + fileName
                + " is not in a layout CaseVault knows (Alipay, WeChat Pay or PayPal): its header reads \"" + first
                + "\"; import it as CSV with a column mapping.", fileName, first));
    }

    /** The first non-blank row of a file in no known layout: what a column mapping is chosen from. */
    public Optional<List<String>> genericHeader(byte[] bytes) {
        List<RawRow> rows = XlsxTable.isXlsx(bytes) ? XlsxTable.rows(bytes)
                : CsvTable.headerCandidates(TextDecoder.candidates(bytes).stream().map(Supplier::get)
                        .filter(Objects::nonNull).findFirst().orElseThrow().text());
        return rows.stream().filter(r -> !r.isBlank()).findFirst().map(r -> new Header(List.of(r.cells())).names());
    }

    private static String joinFirstCells(List<RawRow> rows) {
        StringBuilder sb = new StringBuilder();
        for (RawRow r : rows.subList(0, Math.min(rows.size(), CsvTable.HEADER_SEARCH_LINES))) {
            sb.append(String.join(",", r.cells())).append('\n');
        }
        return sb.toString();
    }

    private static String firstLine(String text) {
        for (String line : text.split("\n", CsvTable.HEADER_SEARCH_LINES)) {
            String s = line.strip().replace("\uFEFF", "");
            if (!s.isEmpty()) {
                return s.length() > 80 ? s.substring(0, 80) + "…" : s;
            }
        }
        return "";
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() || Character.isUpperCase(s.charAt(0)) && s.length() > 1
                && Character.isUpperCase(s.charAt(1)) ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
