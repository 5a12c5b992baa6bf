package io.casevault.app;

import io.casevault.domain.CaptureSource;
import io.casevault.domain.CaseStatus;
import io.casevault.domain.Hashes;
import io.casevault.domain.NewCase;
import io.casevault.domain.RecognisedLine;
import io.casevault.domain.RecognisedText;
import io.casevault.domain.Redaction;
import io.casevault.vault.CaseRepository;
import io.casevault.vault.EvidenceDetailsRepository;
import io.casevault.vault.EvidenceRepository;
import io.casevault.vault.NewEvidence;
import io.casevault.vault.RecognitionRepository;
import io.casevault.vault.Vault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding exhibits by the text read from them through the indexes of migration V9: every kind of word, never a word
 * that stands only under a redaction box, never a trashed exhibit.
 */
class ScreenshotSearchTest {
    private static final Instant NOW = Instant.parse("2026-12-06T01:00:00Z");

    @TempDir
    Path dir;
    private Vault vault;
    private ScreenshotSearch search;
    private long caseId;
    private long receipt;
    private long chat;

    @BeforeEach
    void open() {
        vault = Vault.create(dir.resolve("v"), Clock.systemUTC());
        search = new ScreenshotSearch(vault, new RecognitionRepository(), new EvidenceRepository(),
                new EvidenceDetailsRepository(), Runnable::run); // nothing kept here: the indexes answer
        caseId = vault.transaction(h -> new CaseRepository().insert(h, new NewCase("t", "p", null, null, null, null,
                null, null, LocalDate.of(2026, 11, 3), null, null, false), CaseStatus.DRAFT, NOW));
        receipt = exhibit("receipt.png", "账单详情", "收款方 张三丰", "-1,250.00", "交易成功",
                "订单号 2026110322001456789");
        chat = exhibit("chat.png", "Payment sent to Amazon Marketplace", "$25.00 USD", "Transaction ID 9XK12345AB");
    }

    @AfterEach
    void close() {
        vault.close();
    }

    /** An exhibit whose text is these lines, one under the other (line n at y = 100 n). */
    private long exhibit(String name, String... lines) {
        return vault.transaction(h -> {
            long id = new EvidenceRepository().insert(h, new NewEvidence(caseId, Hashes.sha256Hex(name), name,
                    "image/png", 10, 1080, 2400, 1, null, CaptureSource.IMPORT_TIME, NOW, "")).id();
            List<RecognisedLine> read = new java.util.ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                read.add(new RecognisedLine(lines[i], 0.9, 40, 100 * i, 900, 60));
            }
            new RecognitionRepository().store(h, id, new RecognisedText(read, "engine", "model"), NOW);
            return id;
        });
    }

    private List<Long> found(String text) {
        return search.search(text).stream().map(RecognitionService.Match::evidenceId).toList();
    }

    @ParameterizedTest
    @CsvSource({"交易成功, receipt", "张三, receipt", "三丰, receipt", "1456789, receipt", "'1,250.00', receipt",
        "250, receipt", "amazon, chat", "PAYMENT, chat", "9xk1, chat", "账单 成功, receipt", "成功 订单号, receipt"})
    void everyKindOfWordFindsTheExhibitItIsOn(String text, String exhibit) {
        long expected = exhibit.equals("receipt") ? receipt : chat;
        assertThat(found(text)).containsExactly(expected);
        assertThat(search.casesMatching(text)).isEqualTo(Map.of(caseId, 1));
    }

    @Test
    void wordsMayStandOnDifferentLinesButMustAllBeThere() {
        assertThat(found("张三丰 2026110322")).containsExactly(receipt);
        assertThat(found("张三丰 amazon")).isEmpty();
        assertThat(found("USD 25.00 Marketplace")).containsExactly(chat);
    }

    @Test
    void aWordSeenOnlyUnderARedactionBoxFindsNothing() {
        // the payee's line (line 1, y 100 … 160) under a box
        vault.transaction(h -> {
            new EvidenceDetailsRepository().replaceRedactions(h, receipt, List.of(new Redaction(30, 95, 920, 70)));
            return null;
        });
        for (String word : List.of("张三丰", "张三", "三丰", "收款方")) {
            assertThat(found(word)).as(word).isEmpty();
            assertThat(search.casesMatching(word)).as(word).isEmpty();
        }
        assertThat(found("交易成功")).containsExactly(receipt);
        assertThat(found("交易成功 张三")).isEmpty();
        assertThat(search.search("成功").get(0).snippet()).isEqualTo("交易成功");
    }

    @Test
    void aTrashedExhibitOrCaseIsNotFoundAndTextReadAgainReplacesTheOld() {
        vault.transaction(h -> {
            new EvidenceRepository().setTrashed(h, chat, NOW);
            return null;
        });
        assertThat(found("amazon")).isEmpty();

        vault.transaction(h -> new RecognitionRepository().store(h, receipt, new RecognisedText(List.of(
                new RecognisedLine("退款成功", 0.9, 40, 0, 900, 60)), "engine", "model"), NOW));
        assertThat(found("交易成功")).isEmpty();
        assertThat(found("张三")).isEmpty();
        assertThat(found("退款")).containsExactly(receipt);

        vault.transaction(h -> {
            new CaseRepository().setTrashed(h, caseId, NOW);
            return null;
        });
        assertThat(found("退款")).isEmpty();
    }
}
