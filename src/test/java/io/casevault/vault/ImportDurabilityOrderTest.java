package io.casevault.vault;

import io.casevault.domain.CaptureSource;
import io.casevault.domain.CaseStatus;
import io.casevault.domain.NewCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The import protocol forces the disk once per commit instead of once per file, and still in the order that keeps a
 * power cut harmless: every original's bytes, and every folder entry that names it, are on disk before the
 * transaction whose rows refer to them. A recorder stands in for the file system's sync calls and logs, in order,
 * what was forced and when the rows were written (inside that transaction, so before it commits).
 */
class ImportDurabilityOrderTest {
    private static final String ROWS = "rows";

    @TempDir
    Path tmp;
    Vault vault;
    long caseId;
    final List<String> events = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void open() {
        vault = Vault.create(tmp.resolve("v"), Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"), ZoneOffset.UTC));
        caseId = vault.transaction(h -> vault.repositories().cases().insert(h, new NewCase("t", "p", null, null, null,
                null, null, null, LocalDate.of(2026, 11, 1), null, null, false), CaseStatus.DRAFT,
                vault.clock().instant()));
        vault.blobs().syncWith(new DiskSync() {
            @Override
            public void file(Path file) throws IOException {
                events.add("file " + file.getFileName());
                DiskSync.SYSTEM.file(file);
            }

            @Override
            public void directory(Path dir) {
                events.add("folder " + dir);
                DiskSync.SYSTEM.directory(dir);
            }
        });
    }

    @AfterEach
    void close() {
        vault.close();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void everyOriginalAndItsFolderAreOnDiskBeforeTheRowsThatReferToThem(long seed) throws Exception {
        Random random = new Random(seed);
        List<StagedBlob> staged = new ArrayList<>();
        for (int i = 0, n = 5 + random.nextInt(40); i < n; i++) {
            byte[] bytes = new byte[1 + random.nextInt(5000)];
            random.nextBytes(bytes);
            StagedBlob blob = vault.blobs().stage(new ByteArrayInputStream(bytes));
            // an importer may flush a checked file ahead on its worker; the commit flushes the others
            staged.add(random.nextBoolean() ? vault.blobs().flush(blob) : blob);
        }

        vault.imports().commit(staged, h -> {
            events.add(ROWS);
            staged.forEach(b -> vault.repositories().evidence().insert(h, new NewEvidence(caseId, b.sha256(),
                    b.sha256(), "application/octet-stream", b.size(), null, null, 1, null,
                    CaptureSource.IMPORT_TIME, vault.clock().instant(), "")));
            return null;
        });

        int rows = events.indexOf(ROWS);
        assertThat(rows).isEqualTo(events.size() - 1);
        for (StagedBlob b : staged) {
            Path folder = vault.blobs().path(b.sha256()).getParent();
            assertThat(events.subList(0, rows)).containsOnlyOnce("file " + b.tmp().getFileName())
                    .contains("folder " + folder);
            assertThat(events.indexOf("file " + b.tmp().getFileName())).isLessThan(events.indexOf("folder " + folder));
        }
        // the folder of new hash folders too, and each folder once for the whole commit
        assertThat(events).contains("folder " + vault.blobs().root());
        List<String> folders = events.stream().filter(e -> e.startsWith("folder ")).toList();
        assertThat(folders).doesNotHaveDuplicates();
        assertThat(folders).hasSize(1 + (int) staged.stream()
                .map(b -> b.sha256().substring(0, 2)).distinct().count());
        assertThat(new VaultVerifier(vault).verify((a, b) -> { }).ok()).isTrue();
    }

    @Test
    void anOriginalIsNeverMovedUnderItsHashBeforeItsBytesAreOnDisk() throws Exception {
        StagedBlob blob = vault.blobs().stage(new ByteArrayInputStream(new byte[] {1, 2, 3}));

        assertThatThrownBy(() -> vault.blobs().place(blob, new java.util.HashSet<>()))
                .isInstanceOf(IllegalStateException.class);

        assertThat(vault.blobs().exists(blob.sha256())).isFalse();
        assertThat(vault.blobs().commit(blob)).isTrue();
        assertThat(events).containsExactly("file " + blob.tmp().getFileName(), "folder " + vault.blobs().root(),
                "folder " + vault.blobs().path(blob.sha256()).getParent());
    }
}
