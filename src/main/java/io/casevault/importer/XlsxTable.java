package io.casevault.importer;

import io.casevault.domain.Reason;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The first sheet of an .xlsx statement (WeChat Pay's newer export) as rows of text, numbered as Excel shows them. */
final class XlsxTable {
    private static final DateTimeFormatter ISO_LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private XlsxTable() {
    }

    static boolean isXlsx(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    static List<RawRow> rows(byte[] bytes) {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes));
             Stream<Row> stream = firstSheet(wb).openStream()) {
            List<RawRow> out = new ArrayList<>();
            stream.forEach(r -> out.add(new RawRow(r.getRowNum(), texts(r))));
            return out;
        } catch (IOException | RuntimeException e) {
            throw new StatementException(Reason.of("import.xlsx", "The spreadsheet could not be read (" + e.getMessage()
                    + "); it may be damaged or truncated, so export it again.", e.getMessage()));
        }
    }

    private static Sheet firstSheet(ReadableWorkbook wb) {
        return wb.getFirstSheet();
    }

    private static String[] texts(Row r) {
        String[] cells = new String[r.getCellCount()];
        for (int i = 0; i < cells.length; i++) {
            Cell c = r.getCell(i);
            cells[i] = c == null ? "" : text(c);
        }
        return cells;
    }

    private static String text(Cell c) {
        if (c.getType() == CellType.NUMBER) {
            String fmt = c.getDataFormatString() == null ? "" : c.getDataFormatString().toLowerCase(Locale.ROOT);
            if (isDateFormat(fmt)) {
                LocalDateTime t = c.asDate();
                return t == null ? "" : ISO_LOCAL.format(t);
            }
            BigDecimal n = c.asNumber();
            return n == null ? "" : n.toPlainString();
        }
        String t = c.getText();
        return t == null ? "" : t;
    }

    /** Excel marks dates only by their display format: y, d or h outside quotes and brackets. */
    private static boolean isDateFormat(String fmt) {
        String plain = fmt.replaceAll("\"[^\"]*\"|\\[[^]]*]", "");
        return plain.contains("y") || plain.contains("d") || plain.contains("h");
    }
}
