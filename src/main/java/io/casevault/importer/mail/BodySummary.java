package io.casevault.importer.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A message's own words: its body without the quoted history that replies carry and without the signature, and a
 * short summary of the first of those lines for a follow-up.
 */
final class BodySummary {
    static final int MAX_LINES = 5;
    static final int MAX_CHARS = 400;

    /** A line that starts the quoted original (the rest of the body is history). */
    private static final List<Pattern> HISTORY = List.of(
            Pattern.compile("^-{2,}\\s*(Original Message|Ursprüngliche Nachricht|Message d'origine|原始邮件|原始郵件)"
                    + "\\s*-{2,}$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^-{3,}\\s*(原始邮件|原始郵件)\\s*-{3,}$"),
            Pattern.compile("^_{10,}$"),
            Pattern.compile("^(发件人|發件人|寄件者|From)\\s*[:：].*"),
            Pattern.compile("^在.{0,120}(写道|寫道)\\s*[:：]?$"),
            Pattern.compile("^On .{0,200}\\bwrote:?$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^Am .{0,200}schrieb.{0,80}:$"),
            Pattern.compile("^Le .{0,200}a écrit\\s*:$"));
    /** "From: …" ends the message only when an Outlook header block follows it (Sent/Date/To/发送时间 …). */
    private static final Pattern HEADER_BLOCK_NEXT = Pattern.compile(
            "^(Sent|Date|To|Subject|发送时间|發送時間|日期|时间|收件人|主题|主旨|寄件日期)\\s*[:：].*", Pattern.CASE_INSENSITIVE);
    private static final Pattern ON_START = Pattern.compile("^(On|在) .*");
    private static final Pattern WROTE_END = Pattern.compile(".*(wrote:?|写道[:：]?|寫道[:：]?)$");
    private static final Pattern SIGNATURE = Pattern.compile("^--\\s?$");
    /**
     * The first characters a line (stripped) can start with to match a pattern of {@link #HISTORY} or
     * {@link #ON_START}; every other line is the sender's own without running them.
     */
    private static final String HISTORY_STARTS = "-_发發寄F在OoAL";

    private BodySummary() {
    }

    /** The lines the sender wrote in this message: up to the quoted history or signature, quoted lines dropped. */
    static List<String> ownLines(String body) {
        List<String> lines = body.lines().map(String::stripTrailing).toList();
        List<String> own = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (lines.get(i).startsWith("--") && SIGNATURE.matcher(lines.get(i)).matches()
                    || !line.isEmpty() && HISTORY_STARTS.indexOf(line.charAt(0)) >= 0 && startsHistory(lines, i)) {
                break;
            }
            if (!line.startsWith(">")) {
                own.add(lines.get(i));
            }
        }
        return own;
    }

    /** The first lines of the sender's own text: at most {@value #MAX_LINES} lines, about {@value #MAX_CHARS} chars. */
    static String summary(String body) {
        return summary(ownLines(body));
    }

    /** {@link #summary(String)} of a body whose {@link #ownLines} are given. */
    static String summary(List<String> ownLines) {
        StringBuilder out = new StringBuilder();
        int count = 0;
        for (String line : ownLines) {
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (out.length() + t.length() > MAX_CHARS) {
                int room = Math.max(0, MAX_CHARS - out.length());
                out.append(out.length() > 0 ? "\n" : "").append(t, 0, Math.min(t.length(), room)).append('…');
                break;
            }
            out.append(out.length() > 0 ? "\n" : "").append(t);
            if (++count == MAX_LINES) {
                break;
            }
        }
        return out.toString().strip();
    }

    private static boolean startsHistory(List<String> lines, int i) {
        String line = lines.get(i).strip();
        for (Pattern p : HISTORY) {
            if (p.matcher(line).matches()) {
                if (line.matches("(?i)^From\\s*:.*")) {
                    return i + 1 < lines.size() && HEADER_BLOCK_NEXT.matcher(lines.get(i + 1).strip()).matches();
                }
                return true;
            }
        }
        // an attribution wrapped over two or three lines: "On Mon, 4 Nov 2024 at 10:00, Zhang San <\nzs@x> wrote:"
        if (ON_START.matcher(line).matches()) {
            for (int j = i + 1; j < Math.min(lines.size(), i + 3); j++) {
                if (WROTE_END.matcher(lines.get(j).strip()).matches()) {
                    return true;
                }
            }
        }
        return false;
    }
}
