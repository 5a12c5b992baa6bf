package io.casevault.vault;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The searchable text of many items (a vault's transactions, or its screenshots' lines outside their redaction
 * boxes), each belonging to a case, held in memory to be scanned: over 100,000 transactions a plain scan of lower-cased
 * strings answers a broad word ("2025", half of them) in a few milliseconds, where the database's trigram index takes
 * some 20 ms only to walk that word's 50,000 entries. An item matches a search when every word of it (split at white
 * space) is in one of the item's parts, ignoring case; the parts (a transaction's fields, a screenshot's lines) are
 * joined with line breaks, which no word holds, so no word is found across two of them. Immutable, so any thread may
 * search it while the vault goes on.
 */
public final class SearchTexts {
    /** Between two parts of one item: white space never occurs in a word of a search. */
    private static final char BETWEEN_PARTS = '\n';

    /** The distinct case ids; {@link #caseOf} holds indexes into it. */
    private final long[] cases;
    private final int[] caseOf;
    private final String[] texts;

    private SearchTexts(long[] cases, int[] caseOf, String[] texts) {
        this.cases = cases;
        this.caseOf = caseOf;
        this.texts = texts;
    }

    /** How many items it holds. */
    public int size() {
        return texts.length;
    }

    /**
     * Per case, how many of its items hold every word of {@code text} (white space splits it; case is ignored); the
     * cases in the order their items were added. No word, no match.
     */
    public Map<Long, Integer> countEvery(String text) {
        String[] words = words(text);
        if (words.length == 0) {
            return Map.of();
        }
        int[] counts = new int[cases.length];
        String first = words[0];
        for (int i = 0; i < texts.length; i++) {
            String t = texts[i];
            if (t.contains(first) && holdsRest(t, words)) {
                counts[caseOf[i]]++;
            }
        }
        Map<Long, Integer> out = new LinkedHashMap<>();
        for (int c = 0; c < cases.length; c++) {
            if (counts[c] > 0) {
                out.put(cases[c], counts[c]);
            }
        }
        return out;
    }

    private static boolean holdsRest(String text, String[] words) {
        for (int w = 1; w < words.length; w++) {
            if (!text.contains(words[w])) {
                return false;
            }
        }
        return true;
    }

    /**
     * The distinct words of a search, split as for the indexes ({@link SearchWords#split}) and lower-cased like the
     * texts; the longest first, as it rules out most items.
     */
    private static String[] words(String text) {
        return SearchWords.split(text).stream().map(w -> w.toLowerCase(Locale.ROOT)).distinct()
                .sorted((a, b) -> Integer.compare(b.length(), a.length())).toArray(String[]::new);
    }

    /** Collects the items, each added with its case and its parts. */
    public static final class Builder {
        private final Map<Long, Integer> caseIndex = new HashMap<>();
        private long[] cases = new long[16];
        private int[] caseOf = new int[1024];
        private String[] texts = new String[1024];
        private int size;
        private final StringBuilder joined = new StringBuilder();

        /** Adds an item of {@code caseId} whose parts are {@code parts} (null parts are left out). */
        public Builder add(long caseId, List<String> parts) {
            joined.setLength(0);
            for (String p : parts) {
                if (p != null && !p.isEmpty()) {
                    if (!joined.isEmpty()) {
                        joined.append(BETWEEN_PARTS);
                    }
                    joined.append(p);
                }
            }
            if (size == texts.length) {
                texts = Arrays.copyOf(texts, size * 2);
                caseOf = Arrays.copyOf(caseOf, size * 2);
            }
            caseOf[size] = caseIndex.computeIfAbsent(caseId, this::newCase);
            texts[size++] = joined.toString().toLowerCase(Locale.ROOT);
            return this;
        }

        private int newCase(long caseId) {
            int index = caseIndex.size();
            if (index == cases.length) {
                cases = Arrays.copyOf(cases, index * 2);
            }
            cases[index] = caseId;
            return index;
        }

        public SearchTexts build() {
            return new SearchTexts(Arrays.copyOf(cases, caseIndex.size()), Arrays.copyOf(caseOf, size),
                    Arrays.copyOf(texts, size));
        }
    }

    @Override
    public String toString() {
        return "SearchTexts[" + size() + " items of " + cases.length + " cases]";
    }
}
