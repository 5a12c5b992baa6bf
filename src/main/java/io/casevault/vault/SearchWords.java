package io.casevault.vault;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The words of a search, sorted by how the indexes of migration V9 find them: three or more characters through a
 * trigram index, two CJK characters through a pair ("bigram") index, anything shorter or mixed by scanning.
 *
 * @param trigram words of three or more characters
 * @param paired  words of exactly two CJK characters (U+2E80 … U+9FFF, as the pair index holds them)
 * @param scanned the other words: one character, or two that are not both CJK
 */
record SearchWords(List<String> trigram, List<String> paired, List<String> scanned) {
    /** The character range whose adjacent pairs V9's triggers index; no character in it has a case. */
    private static final int CJK_FIRST = 0x2E80;
    private static final int CJK_LAST = 0x9FFF;

    SearchWords {
        trigram = List.copyOf(trigram);
        paired = List.copyOf(paired);
        scanned = List.copyOf(scanned);
    }

    /** The words of {@code text}, split at white space. */
    static SearchWords of(String text) {
        List<String> trigram = new ArrayList<>();
        List<String> paired = new ArrayList<>();
        List<String> scanned = new ArrayList<>();
        for (String w : split(text).stream().distinct().toList()) {
            int[] cps = w.codePoints().toArray();
            if (cps.length >= 3) {
                trigram.add(w);
            } else if (cps.length == 2 && isCjk(cps[0]) && isCjk(cps[1])) {
                paired.add(w);
            } else {
                scanned.add(w);
            }
        }
        return new SearchWords(trigram, paired, scanned);
    }

    /** The words of a search as typed: split at white space, none empty (the in-memory search splits them alike). */
    static List<String> split(String text) {
        return Arrays.stream(text.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    boolean isEmpty() {
        return trigram.isEmpty() && paired.isEmpty() && scanned.isEmpty();
    }

    /**
     * The trigram words as one FTS5 query: each a quoted string (so operators and punctuation are taken literally),
     * all of them required.
     */
    String match() {
        return trigram.stream().map(SearchWords::phrase).collect(Collectors.joining(" "));
    }

    /** One word as an FTS5 string, matched literally (by the trigram tokenizer: anywhere in a value). */
    static String phrase(String word) {
        return '"' + word.replace("\"", "\"\"") + '"';
    }

    /** {@code word} as a LIKE pattern with {@code !} as the escape character: it matches the word anywhere. */
    static String likeAnywhere(String word) {
        return "%" + word.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    /**
     * How often each number occurs in {@code list}, numbers separated by commas as SQLite's {@code group_concat}
     * joins them (null when it joined none); in the order first seen.
     */
    static Map<Long, Integer> countEach(String list) {
        Map<Long, Integer> counts = new LinkedHashMap<>();
        if (list == null) {
            return counts;
        }
        long n = 0;
        for (int i = 0; i <= list.length(); i++) {
            char c = i < list.length() ? list.charAt(i) : ',';
            if (c == ',') {
                counts.merge(n, 1, Integer::sum);
                n = 0;
            } else {
                n = n * 10 + (c - '0');
            }
        }
        return counts;
    }

    private static boolean isCjk(int codePoint) {
        return codePoint >= CJK_FIRST && codePoint <= CJK_LAST;
    }
}
