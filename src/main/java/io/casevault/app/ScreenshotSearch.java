package io.casevault.app;

import io.casevault.domain.RecognisedLine;
import io.casevault.vault.Db;
import io.casevault.vault.EvidenceDetailsRepository;
import io.casevault.vault.EvidenceRepository;
import io.casevault.vault.RecognitionRepository;
import io.casevault.vault.RecognitionRepository.Found;
import io.casevault.vault.Vault;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Finds exhibits by the text read from them, never by text under a redaction box: the vault finds the exhibits whose
 * lines outside their boxes hold every word, and an exhibit with boxes is checked again here on the lines it shows.
 */
final class ScreenshotSearch {
    private final Vault vault;
    private final RecognitionRepository text;
    private final EvidenceRepository evidence;
    private final EvidenceDetailsRepository details;
    private final KeptSearchTexts shownTexts;

    /** @param ahead where the shown texts are read ahead, once kept ({@link AppExecutors#ahead()}) */
    ScreenshotSearch(Vault vault, RecognitionRepository text, EvidenceRepository evidence,
                     EvidenceDetailsRepository details, Executor ahead) {
        this.vault = Objects.requireNonNull(vault);
        this.text = Objects.requireNonNull(text);
        this.evidence = Objects.requireNonNull(evidence);
        this.details = Objects.requireNonNull(details);
        this.shownTexts = new KeptSearchTexts(vault, text::shownTexts, ahead);
    }

    /** Every exhibit found, with its exhibit number and one line holding the first word as the snippet. */
    List<RecognitionService.Match> search(String query) {
        List<String> words = words(query);
        if (words.isEmpty()) {
            return List.of();
        }
        return vault.read(h -> {
            List<RecognitionService.Match> found = new ArrayList<>();
            for (Found f : text.withEveryWord(h, query)) {
                List<RecognisedLine> shown = shownLines(h, f.evidenceId());
                if (!f.redacted() || holdsEvery(shown, words)) {
                    String snippet = shown.stream().map(RecognisedLine::text)
                            .filter(l -> l.toLowerCase(Locale.ROOT).contains(words.get(0))).findFirst()
                            .orElse(shown.isEmpty() ? "" : shown.get(0).text());
                    found.add(new RecognitionService.Match(f.caseId(), f.evidenceId(),
                            evidence.find(h, f.evidenceId()).orElseThrow().exhibit(), snippet));
                }
            }
            return found;
        });
    }

    /**
     * Per case, how many of its exhibits {@link #search} finds: counted in the shown lines kept in memory when they
     * are current, else in the database.
     */
    Map<Long, Integer> casesMatching(String query) {
        if (words(query).isEmpty()) {
            return Map.of();
        }
        return shownTexts.countEvery(query, h -> text.countWithEveryWord(h, query));
    }

    /** Keeps the lines outside the boxes in memory from now on, for {@link #casesMatching} ({@link KeptSearchTexts}). */
    void keepShownTexts() {
        shownTexts.keep();
    }

    private List<RecognisedLine> shownLines(Db h, long evidenceId) {
        return text.text(h, evidenceId).map(t -> t.outside(details.redactions(h, evidenceId))).orElse(List.of());
    }

    private static boolean holdsEvery(List<RecognisedLine> lines, List<String> words) {
        List<String> lower = lines.stream().map(l -> l.text().toLowerCase(Locale.ROOT)).toList();
        return words.stream().allMatch(w -> lower.stream().anyMatch(l -> l.contains(w)));
    }

    private static List<String> words(String query) {
        return Arrays.stream(query.strip().toLowerCase(Locale.ROOT).split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }
}
