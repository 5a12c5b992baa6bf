package io.casevault.vault;

import io.casevault.domain.AuditEntry;
import io.casevault.domain.CaptureSource;
import io.casevault.domain.CaseStatus;
import io.casevault.domain.Evidence;
import io.casevault.domain.NewCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batched writes an import uses (many audit entries, exhibits, links at once) give the same rows as writing them
 * one after another: the audit chain continues unbroken, exhibit numbers follow on, and the vault verifies.
 */
class BatchedRowsTest {
    @TempDir
    Path tmp;
    Vault vault;
    long caseId;

    @BeforeEach
    void open() {
        vault = Vault.create(tmp.resolve("v"), Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"), ZoneOffset.UTC));
        caseId = vault.transaction(h -> vault.repositories().cases().insert(h, new NewCase("t", "p", null, null, null,
                null, null, null, LocalDate.of(2026, 11, 1), null, null, false), CaseStatus.DRAFT,
                vault.clock().instant()));
    }

    @AfterEach
    void close() {
        vault.close();
    }

    @Test
    void auditEntriesAppendedTogetherContinueTheChainLikeOneAfterAnother() {
        Instant now = vault.clock().instant();
        AuditLog audit = vault.repositories().audit();
        List<AuditEntry> batch = vault.transaction(h -> {
            audit.append(h, now, caseId, "case", caseId, "noted", "{\"n\":0}");
            List<AuditLog.Event> events = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                events.add(new AuditLog.Event(now, caseId, "case", caseId, "noted", "{\"n\":" + i + "}"));
            }
            return audit.appendAll(h, events);
        });
        AuditEntry after = vault.transaction(h -> audit.append(h, now, caseId, "case", caseId, "noted", "{\"n\":6}"));

        List<AuditEntry> all = vault.read(h -> audit.forCase(h, caseId));
        assertThat(all.subList(all.size() - 7, all.size() - 1).subList(1, 6)).isEqualTo(batch);
        for (int i = 1; i < all.size(); i++) {
            AuditEntry e = all.get(i);
            assertThat(e.seq()).isEqualTo(all.get(i - 1).seq() + 1);
            assertThat(e.prevHash()).isEqualTo(all.get(i - 1).hash());
            assertThat(e.hash()).isEqualTo(AuditEntry.hashOf(e.seq(), e.at(), e.caseId(), e.entity(), e.entityId(),
                    e.action(), e.detail(), e.prevHash()));
        }
        assertThat(all.get(all.size() - 1)).isEqualTo(after);
        List<AuditEntry> none = vault.transaction(h -> audit.appendAll(h, List.of()));
        assertThat(none).isEmpty();
    }

    @Test
    void exhibitsInsertedTogetherFollowOnInOrderAndLinkToTheirFollowUp() throws Exception {
        Random random = new Random(16);
        List<StagedBlob> staged = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            byte[] bytes = new byte[100 + random.nextInt(100)];
            random.nextBytes(bytes);
            staged.add(vault.blobs().stage(new ByteArrayInputStream(bytes)));
        }
        EvidenceRepository evidence = vault.repositories().evidence();
        Instant now = vault.clock().instant();

        List<Evidence> rows = vault.imports().commit(staged, h -> {
            Evidence single = evidence.insert(h, row(staged.get(0), "first.bin", now));
            List<Evidence> together = evidence.insertAll(h, caseId, staged.subList(1, 4).stream()
                    .map(b -> row(b, b.sha256().substring(0, 8) + ".bin", now)).toList());
            long followUp = vault.repositories().followUps().insert(h, new io.casevault.domain.NewFollowUp(caseId,
                    now, ZoneOffset.UTC, io.casevault.domain.Channel.EMAIL,
                    io.casevault.domain.ContactDirection.INCOMING, null, null, "mail", null, null), now);
            vault.repositories().evidenceDetails().linkFollowUps(h, together.stream()
                    .map(e -> new long[] {e.id(), followUp}).toList());
            List<Evidence> out = new ArrayList<>(List.of(single));
            out.addAll(together);
            return out;
        });

        assertThat(rows).extracting(Evidence::exhibitNo).containsExactly(1, 2, 3, 4);
        assertThat(rows).extracting(Evidence::sha256).containsExactlyElementsOf(staged.stream()
                .map(StagedBlob::sha256).toList());
        List<Evidence> listed = vault.read(h -> evidence.listByCase(h, caseId, false));
        assertThat(listed).containsExactlyInAnyOrderElementsOf(rows);
        long links = vault.read(h -> h.createQuery("SELECT count(*) FROM evidence_links WHERE followup_id IS NOT NULL")
                .mapTo(Long.class).one());
        assertThat(links).isEqualTo(3);
    }

    private NewEvidence row(StagedBlob b, String name, Instant now) {
        return new NewEvidence(caseId, b.sha256(), name, "application/octet-stream", b.size(), null, null, 1, null,
                CaptureSource.IMPORT_TIME, now, "");
    }
}
