package io.casevault.vault;

import io.casevault.domain.CaptureSource;
import io.casevault.domain.CaseStatus;
import io.casevault.domain.Direction;
import io.casevault.domain.Hashes;
import io.casevault.domain.Money;
import io.casevault.domain.NewCase;
import io.casevault.domain.NewTransaction;
import io.casevault.domain.RecognisedLine;
import io.casevault.domain.RecognisedText;
import io.casevault.domain.Redaction;
import io.casevault.domain.TransactionSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The texts a search scans in memory: what matches, and that over random vaults they find exactly what the database's
 * indexes find, for transactions and for screenshots' lines outside their redaction boxes.
 */
class SearchTextsTest {
    private static final Instant NOW = Instant.parse("2026-12-07T01:00:00Z");
    /** Letters of both cases, digits, CJK, and what LIKE and FTS5 treat specially; no letter with a case beyond ASCII. */
    private static final String ALPHABET = "aAbBcCxX0123456789 .,-%_!\"'*退款成功张三丰订单号交易";

    @TempDir
    Path dir;

    @Test
    void anItemMatchesWhenItHoldsEveryWordIgnoringCaseAndCountsForItsCase() {
        SearchTexts texts = new SearchTexts.Builder()
                .add(7, Arrays.asList("Amazon Marketplace", "9XK12345AB", null, "refund pending"))
                .add(7, List.of("eBay", "5TY00000AB"))
                .add(9, List.of("张三丰", "2026110322001456789", "退款 1250 元未到账"))
                .build();
        assertThat(texts.size()).isEqualTo(3);
        assertThat(texts.countEvery("ab")).isEqualTo(Map.of(7L, 2));
        assertThat(texts.countEvery("AMAZON refund")).isEqualTo(Map.of(7L, 1));
        assertThat(texts.countEvery("  三丰\t未到账 ")).isEqualTo(Map.of(9L, 1));
        assertThat(texts.countEvery("amazon ebay")).isEmpty();
        assertThat(texts.countEvery(" ")).isEmpty();
    }

    @Test
    void noWordIsFoundAcrossTwoPartsOfAnItem() {
        SearchTexts texts = new SearchTexts.Builder().add(1, List.of("交易", "成功")).build();
        assertThat(texts.countEvery("交易成功")).isEmpty();
        assertThat(texts.countEvery("交易 成功")).isEqualTo(Map.of(1L, 1));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void overARandomVaultTheyFindWhatTheIndexesFind(long seed) {
        Random r = new Random(seed);
        TransactionRepository transactions = new TransactionRepository();
        RecognitionRepository recognition = new RecognitionRepository();
        try (Vault vault = Vault.create(dir.resolve("v" + seed), Clock.systemUTC())) {
            List<String> seen = new ArrayList<>();
            vault.transaction(h -> {
                List<Long> cases = new ArrayList<>();
                for (int c = 0; c < 4; c++) {
                    cases.add(new CaseRepository().insert(h, new NewCase("case " + c, "p", null, null, null, null,
                            null, null, LocalDate.of(2026, 12, 1), null, null, false), CaseStatus.DRAFT, NOW));
                }
                for (int i = 0; i < 120; i++) {
                    long caseId = cases.get(r.nextInt(cases.size()));
                    String[] f = new String[5];
                    for (int k = 0; k < f.length; k++) {
                        f[k] = r.nextInt(4) == 0 ? null : text(r, 1 + r.nextInt(12));
                        if (f[k] != null) {
                            seen.add(f[k]);
                        }
                    }
                    String amount = r.nextInt(100000) + "." + (10 + r.nextInt(90));
                    seen.add(amount);
                    long id = transactions.insert(h, new NewTransaction(caseId, NOW, ZoneId.of("Asia/Shanghai"),
                            Money.parse(amount, "CNY"), Direction.OUT, f[0], f[1], f[2], f[3], null, f[4],
                            TransactionSource.MANUAL), NOW);
                    if (r.nextInt(8) == 0) {
                        transactions.setTrashed(h, id, NOW);
                    }
                }
                for (int i = 0; i < 40; i++) {
                    long caseId = cases.get(r.nextInt(cases.size()));
                    long id = new EvidenceRepository().insert(h, new NewEvidence(caseId,
                            Hashes.sha256Hex("shot " + seed + " " + i), "shot.png", "image/png", 10, 1080, 2400, 1,
                            null, CaptureSource.IMPORT_TIME, NOW, "")).id();
                    List<RecognisedLine> lines = new ArrayList<>();
                    for (int l = 0; l < 1 + r.nextInt(6); l++) {
                        String line = text(r, 1 + r.nextInt(14));
                        if (line.isBlank()) {
                            continue; // no recognised line is blank
                        }
                        seen.add(line);
                        lines.add(new RecognisedLine(line, 0.9, r.nextInt(200), 100 * l, 300 + r.nextInt(600), 60));
                    }
                    recognition.store(h, id, new RecognisedText(lines, "engine", "model"), NOW);
                    if (r.nextInt(3) == 0) {
                        new EvidenceDetailsRepository().replaceRedactions(h, id, List.of(new Redaction(
                                r.nextInt(300), r.nextInt(400), 1 + r.nextInt(600), 1 + r.nextInt(200))));
                    }
                    if (r.nextInt(10) == 0) {
                        new EvidenceRepository().setTrashed(h, id, NOW);
                    }
                }
                new CaseRepository().setTrashed(h, cases.get(3), NOW);
                return null;
            });
            SearchTexts transactionTexts = vault.read(transactions::searchTexts);
            SearchTexts shownTexts = vault.read(recognition::shownTexts);
            int found = 0;
            for (int q = 0; q < 300; q++) {
                String query = query(r, seen);
                Map<Long, Integer> inMemory = transactionTexts.countEvery(query);
                assertThat(inMemory).as("transactions, \"%s\"", query)
                        .isEqualTo(vault.read(h -> transactions.countMatchesByCase(h, query)));
                Map<Long, Integer> shown = shownTexts.countEvery(query);
                assertThat(shown).as("screenshots, \"%s\"", query)
                        .isEqualTo(vault.read(h -> recognition.countWithEveryWord(h, query)));
                found += inMemory.size() + shown.size();
            }
            assertThat(found).as("queries that found something").isGreaterThan(100);
        }
    }

    /** One to three words: most cut out of a text the vault holds, some made up, some in the other case. */
    private static String query(Random r, List<String> seen) {
        List<String> words = new ArrayList<>();
        for (int w = 0; w < 1 + r.nextInt(3); w++) {
            String word;
            if (r.nextInt(5) == 0) {
                word = text(r, 1 + r.nextInt(3));
            } else {
                String from = seen.get(r.nextInt(seen.size()));
                int start = r.nextInt(from.length());
                word = from.substring(start, Math.min(from.length(), start + 1 + r.nextInt(5)));
            }
            word = word.strip();
            if (!word.isEmpty()) {
                words.add(r.nextBoolean() ? word.toUpperCase(java.util.Locale.ROOT) : word);
            }
        }
        return String.join(" ", words);
    }

    private static String text(Random r, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}
