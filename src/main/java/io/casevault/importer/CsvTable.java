package io.casevault.importer;

import io.casevault.domain.Reason;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Reads the CSV table of a statement. The header is found first on plain lines (preambles may hold stray quotes),
 * then commons-csv parses from the header on, so quoted cells with commas or line breaks stay whole.
 */
final class CsvTable {
    static final int HEADER_SEARCH_LINES = 80;

    private CsvTable() {
    }

    /** The first lines of the text split naively at the delimiter they use most: where a header may be. */
    static List<RawRow> headerCandidates(String text) {
        List<RawRow> out = new ArrayList<>();
        int start = 0;
        for (int line = 1; line <= HEADER_SEARCH_LINES && start < text.length(); line++) {
            int end = text.indexOf('\n', start);
            String s = text.substring(start, end < 0 ? text.length() : end);
            char d = delimiterOf(s);
            String[] cells = s.split(java.util.regex.Pattern.quote(String.valueOf(d)), -1);
            for (int i = 0; i < cells.length; i++) {
                cells[i] = Header.normalize(cells[i]).isEmpty() ? "" : cells[i].strip().replace("\"", "");
            }
            out.add(new RawRow(line, cells));
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        return out;
    }

    static char delimiterOf(String line) {
        int commas = 0;
        int semis = 0;
        int tabs = 0;
        for (int i = 0; i < line.length(); i++) {
            switch (line.charAt(i)) {
                case ',' -> commas++;
                case ';' -> semis++;
                case '\t' -> tabs++;
                default -> {
                }
            }
        }
        // Alipay ends IDs with a tab, so tabs win only when they clearly outnumber commas
        if (semis > commas && semis >= tabs) {
            return ';';
        }
        return tabs > commas * 2 ? '\t' : ',';
    }

    /** Parses from {@code headerLine} (1-based) to the end or to a dashed footer line. */
    static Table read(String text, int headerLine) {
        int offset = 0;
        for (int line = 1; line < headerLine; line++) {
            offset = text.indexOf('\n', offset) + 1;
        }
        int lineEnd = text.indexOf('\n', offset);
        char delimiter = delimiterOf(text.substring(offset, lineEnd < 0 ? text.length() : lineEnd));
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(false).get();
        boolean endsWithNewline = text.endsWith("\n");
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(offset)), format)) {
            Iterator<CSVRecord> it = parser.iterator();
            Header header = null;
            List<RawRow> rows = new ArrayList<>();
            Integer cutShort = null;
            boolean exhausted = false;
            while (true) {
                int startLine = headerLine + (int) parser.getCurrentLineNumber();
                CSVRecord r;
                try {
                    if (!it.hasNext()) {
                        exhausted = true;
                        break;
                    }
                    r = it.next();
                } catch (UncheckedIOException e) {
                    String why = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
                    if (why.contains("EOF")) {
                        throw new StatementException(Reason.of("import.csv.openQuote",
                                "The file ends inside a quoted value that starts on line " + startLine
                                + "; it may be truncated or a quote is missing.", startLine));
                    }
                    throw new StatementException(Reason.of("import.csv.afterQuote", "Line " + startLine
                            + " is not valid CSV: a quoted value is followed by other characters before the next"
                            + " delimiter.", startLine));
                }
                String[] cells = r.values();
                if (header == null) {
                    header = new Header(List.of(cells));
                    continue;
                }
                RawRow row = new RawRow(startLine, cells);
                if (row.cell(0).startsWith("---")) {
                    break; // Alipay's closing line; the export summary follows
                }
                if (row.isBlank()) {
                    continue;
                }
                rows.add(row);
            }
            int expected = rows.size() > 1 ? rows.get(rows.size() - 2).cells().length : header.namedColumns();
            if (exhausted && !endsWithNewline && !rows.isEmpty()
                    && rows.get(rows.size() - 1).cells().length < expected) {
                cutShort = rows.get(rows.size() - 1).line();
            }
            if (header == null) {
                throw new StatementException(Reason.of("import.csv.header",
                        "The header on line " + headerLine + " could not be read.", headerLine));
            }
            return new Table(header, headerLine, rows, cutShort);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
