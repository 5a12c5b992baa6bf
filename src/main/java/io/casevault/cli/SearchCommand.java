package io.casevault.cli;

import io.casevault.app.CaseSummary;
import io.casevault.app.RecognitionService;
import io.casevault.app.VaultSession;
import io.casevault.domain.Case;
import io.casevault.domain.Transaction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code search TEXT}: the cases holding every word of the text in their title, provider or tags, in one of their
 * transactions (counterparty, references, method, note) or in the text read from one of their screenshots (outside
 * redaction boxes), each with what matched.
 */
@Command(name = "search", description = "Find cases by title, provider, tags, transactions and the text of their "
        + "screenshots.", sortOptions = false)
final class SearchCommand extends VaultCommand {
    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "words to find, ignoring case; all must match")
    List<String> text;
    @Option(names = "--json", description = "one JSON document on stdout")
    boolean json;

    @Override
    public Integer call() {
        String query = String.join(" ", text);
        List<String> words = Arrays.stream(query.strip().toLowerCase(Locale.ROOT).split("\\s+"))
                .filter(w -> !w.isEmpty()).toList();
        List<Map<String, Object>> rows = new ArrayList<>();
        try (VaultSession session = openForReading()) {
            Map<Long, Integer> byTransactions = session.transactions().casesMatching(query);
            List<RecognitionService.Match> screens = session.recognition().search(query);
            for (CaseSummary s : session.cases().list(today())) {
                Case c = s.theCase();
                List<Map<String, Object>> matches = new ArrayList<>();
                if (byTransactions.containsKey(c.id())) {
                    for (Transaction t : session.transactions().list(c.id())) {
                        String fields = Stream.of(t.counterparty(), t.txRef(), t.merchantOrderRef(), t.method(),
                                t.note()).filter(Objects::nonNull).collect(Collectors.joining(" · "));
                        if (containsAll(fields, words)) {
                            matches.add(match("transaction", t.id(), null, fields));
                        }
                    }
                }
                screens.stream().filter(m -> m.caseId() == c.id())
                        .forEach(m -> matches.add(match("evidence", m.evidenceId(), m.exhibit(), m.snippet())));
                String own = c.title() + " " + c.provider() + " " + String.join(" ", c.tags());
                if (matches.isEmpty() && !containsAll(own, words)) {
                    continue;
                }
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("caseId", c.id());
                row.put("title", c.title());
                row.put("matches", matches);
                rows.add(row);
            }
        }
        if (json) {
            printJson(rows);
            return 0;
        }
        for (Map<String, Object> row : rows) {
            out().println(row.get("caseId") + "  " + row.get("title"));
            for (Object o : (List<?>) row.get("matches")) {
                Map<?, ?> m = (Map<?, ?>) o;
                out().println("    " + (m.get("exhibit") != null ? m.get("exhibit") : m.get("kind") + " " + m.get("id"))
                        + "  " + m.get("snippet"));
            }
        }
        return 0;
    }

    private static boolean containsAll(String text, List<String> words) {
        String lower = text.toLowerCase(Locale.ROOT);
        return words.stream().allMatch(lower::contains);
    }

    private static Map<String, Object> match(String kind, long id, String exhibit, String snippet) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind);
        m.put("id", id);
        m.put("exhibit", exhibit);
        m.put("snippet", snippet);
        return m;
    }
}
