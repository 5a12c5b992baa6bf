package io.casevault.vault;

import io.casevault.domain.CaptureSource;
import io.casevault.domain.CaseStatus;
import io.casevault.domain.NewCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** What a crash between "moved into place" and "recorded" leaves is cleaned up on the next start, and only that. */
class RecoveryTest {
    @TempDir
    Path tmp;

    @Test
    void unrecordedOriginalsAndStagedCopiesAreRemovedButRecordedOnesStay() throws Exception {
        Path dir = tmp.resolve("v");
        String orphan;
        String kept;
        try (Vault vault = Vault.create(dir, Clock.systemUTC())) {
            BlobStore blobs = vault.blobs();
            PendingBlobs pending = new PendingBlobs();
            // an import that got as far as the atomic move, then the process died
            StagedBlob lost = blobs.stage(new ByteArrayInputStream("lost".getBytes()));
            orphan = lost.sha256();
            vault.transaction(h -> {
                pending.register(h, lost.sha256(), vault.clock().instant());
                return null;
            });
            blobs.commit(lost);
            // an import that completed, but whose pending row was registered again by a later run that died
            StagedBlob done = blobs.stage(new ByteArrayInputStream("done".getBytes()));
            kept = done.sha256();
            blobs.commit(done);
            long caseId = vault.transaction(h -> new CaseRepository().insert(h, new NewCase("t", "p", null, null, null,
                    null, null, null, LocalDate.now(), null, null, false), CaseStatus.DRAFT, vault.clock().instant()));
            vault.transaction(h -> {
                new EvidenceRepository().insert(h, new NewEvidence(caseId, done.sha256(), "done.txt", "text/plain", 4,
                        null, null, 1, null, CaptureSource.IMPORT_TIME, vault.clock().instant(), ""));
                pending.register(h, done.sha256(), vault.clock().instant());
                return null;
            });
            // a copy still being staged
            blobs.stage(new ByteArrayInputStream("half".getBytes()));
            assertThat(blobs.stagingFiles()).hasSize(1);
        }

        try (Vault reopened = Vault.open(dir, Vault.Access.WRITE, Clock.systemUTC())) {
            assertThat(reopened.blobs().exists(orphan)).isFalse();
            assertThat(reopened.blobs().exists(kept)).isTrue();
            assertThat(reopened.blobs().stagingFiles()).isEmpty();
            java.util.List<String> left = reopened.read(h -> new PendingBlobs().all(h));
            assertThat(left).isEmpty();
            assertThat(new VaultVerifier(reopened).verify((a, b) -> { }).ok()).isTrue();
        }
        assertThat(Files.exists(dir.resolve("blobs/tmp"))).isTrue();
    }
}
