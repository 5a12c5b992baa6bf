package io.casevault.domain;


import java.util.List;

/**
 * A statement as read: its format and layout, the rows that parsed and the problems of the rows that did not.
 * {@code header} is the header row as written, {@code headerLine} where it stands.
 */
public record ParsedStatement(StatementFormat format, Reason layoutName, String charset, int headerLine,
                              List<String> header, List<StatementRow> rows, List<RowProblem> problems) {

    public ParsedStatement {
        Checks.notNull(format, "Format");
        Checks.notNull(layoutName, "Layout");
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /** The layout's name in English (the command line, the audit log). */
    public String layout() {
        return layoutName.english();
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** The first problem as a sentence naming the file and line ("In a.csv, line 3: …"), with the count of the others. */
    public String problemSummary(String fileName) {
        if (problems.isEmpty()) {
            return "";
        }
        String first = "In " + problems.get(0).describe(fileName);
        int more = problems.size() - 1;
        if (more == 0) {
            return first;
        }
        return first.substring(0, first.length() - 1) + " (and " + more + " more bad row" + (more == 1 ? "" : "s")
                + ").";
    }
}
