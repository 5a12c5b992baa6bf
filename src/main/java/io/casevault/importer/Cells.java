package io.casevault.importer;

/** Cell text clean-up shared by all formats. */
final class Cells {
    private Cells() {
    }

    /** Trims spaces, tabs (Alipay and WeChat end IDs with a tab so Excel keeps the digits) and no-break spaces. */
    static String clean(String v) {
        int start = 0;
        int end = v.length();
        while (start < end && isPad(v.charAt(start))) {
            start++;
        }
        while (end > start && isPad(v.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == v.length() ? v : v.substring(start, end);
    }

    private static boolean isPad(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000' || c == '\uFEFF' || c == '\r' || c == '\n';
    }

    /** Empty for WeChat's and Alipay's {@code /} placeholder. */
    static String orNone(String v) {
        return v.equals("/") ? "" : v;
    }
}
