package io.casevault.importer;

/** The cells of one table row and the line (or spreadsheet row) it starts on. */
record RawRow(int line, String[] cells) {

    String cell(int index) {
        if (index < 0 || index >= cells.length) {
            return "";
        }
        String v = cells[index];
        return v == null ? "" : Cells.clean(v);
    }

    boolean isBlank() {
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Cells that hold something, i.e. not counting empty trailing ones. */
    int filledWidth() {
        int n = cells.length;
        while (n > 0 && (cells[n - 1] == null || cells[n - 1].isBlank())) {
            n--;
        }
        return n;
    }
}
