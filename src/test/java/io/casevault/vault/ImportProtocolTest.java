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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The import protocol, as every importer uses it: staged originals and their rows become visible together or not at
 * all. It forces the disk once per commit instead of once per file, and still in the order that keeps a power cut
 * harmless: every original's bytes, and every folder entry that names it, are on disk before the transaction whose
 * rows refer to them commits (a recorder stands in for the sync calls).
 */
class ImportProtocolTest {
    private static final String ROWS = "rows";
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
    void severalOriginalsAndTheirRowsCommitInOneStep() throws Exception {
        List<StagedBlob> staged = stage("message.eml", "attachment-1.png", "attachment-2.pdf");

        int rows = vault.imports().commit(staged, h -> {
            staged.forEach(b -> insertEvidence(h, b));
            return staged.size();
        });

        assertThat(rows).isEqualTo(3);
        assertThat(staged).allMatch(b -> vault.blobs().exists(b.sha256()));
        assertThat(evidenceRows()).hasSize(3);
        assertThat(journal()).isEmpty();
        assertThat(vault.blobs().stagingFiles()).isEmpty();
        assertThat(new VaultVerifier(vault).verify((a, b) -> { }).ok()).isTrue();
    }

    @Test
    void failingRowsLeaveNoNewOriginalButKeepOnesAlreadyStored() throws Exception {
        StagedBlob earlier = stage("earlier.png").get(0);
        vault.imports().commit(List.of(earlier), h -> insertEvidence(h, earlier));
        List<StagedBlob> staged = stage("earlier.png", "new-1.png", "new-2.png");

        assertThatThrownBy(() -> vault.imports().commit(staged, h -> {
            staged.subList(1, 3).forEach(b -> insertEvidence(h, b));
            throw new IllegalStateException("the importer changed its mind");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(vault.blobs().exists(earlier.sha256())).isTrue();
        assertThat(vault.blobs().exists(staged.get(1).sha256())).isFalse();
        assertThat(vault.blobs().exists(staged.get(2).sha256())).isFalse();
        assertThat(evidenceRows()).hasSize(1);
        assertThat(journal()).isEmpty();
        assertThat(vault.blobs().stagingFiles()).isEmpty();
    }

    @Test
    void rowsTheDatabaseRefusesAreReportedAndNothingIsKept() throws Exception {
        List<StagedBlob> staged = stage("orphan.png");

        assertThatThrownBy(() -> vault.imports().commit(staged, h -> vault.repositories().evidence().insert(h,
                new NewEvidence(caseId + 99, staged.get(0).sha256(), "orphan.png", "image/png", 10, null, null, 1,
                        null, CaptureSource.IMPORT_TIME, vault.clock().instant(), ""))))
                .isInstanceOf(RowsRefusedException.class).hasMessageContaining("FOREIGN KEY");

        assertThat(vault.blobs().exists(staged.get(0).sha256())).isFalse();
        assertThat(journal()).isEmpty();
        assertThat(vault.blobs().stagingFiles()).isEmpty();
    }

    @Test
    void sameContentStagedTwiceIsStoredOnce() throws Exception {
        List<StagedBlob> staged = stage("a.png", "a.png");

        vault.imports().commit(staged, h -> insertEvidence(h, staged.get(0)));

        assertThat(vault.blobs().storedFiles()).hasSize(1);
        assertThat(vault.blobs().stagingFiles()).isEmpty();
        assertThat(journal()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void everyOriginalAndItsFolderAreOnDiskBeforeTheRowsThatReferToThem(long seed) throws Exception {
        // at every sync, whether another connection already sees rows of the case: it must not, until all are done
        List<Integer> committedAtSync = Collections.synchronizedList(new ArrayList<>());
        List<String> events = recordSyncs((path, folder) -> committedAtSync.add(evidenceRows().size()));
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

        // the rows are written while the files are forced and moved, and committed only after
        assertThat(committedAtSync).isNotEmpty().containsOnly(0);
        assertThat(evidenceRows()).hasSize(staged.size());
        assertThat(events).containsOnlyOnce(ROWS);
        for (StagedBlob b : staged) {
            Path folder = vault.blobs().path(b.sha256()).getParent();
            assertThat(events).containsOnlyOnce("file " + b.tmp().getFileName()).contains("folder " + folder);
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
    void anOriginalThatCannotBeForcedToDiskFailsTheCommitAndNothingIsKept() throws Exception {
        List<StagedBlob> staged = stage("a.png", "b.png", "c.png");
        Path failing = staged.get(1).tmp();
        syncAfter((path, folder) -> {
            if (path.equals(failing)) {
                throw new IOException("No space left on device");
            }
        });

        assertThatThrownBy(() -> vault.imports().commit(staged, h -> {
            staged.forEach(b -> insertEvidence(h, b));
            return null;
        })).isInstanceOf(IOException.class).hasMessage("No space left on device");

        assertThat(staged).noneMatch(b -> vault.blobs().exists(b.sha256()));
        assertThat(evidenceRows()).isEmpty();
        assertThat(journal()).isEmpty();
        assertThat(vault.blobs().stagingFiles()).isEmpty();
    }

    @Test
    void rowsThatFailWhileTheFilesAreStillBeingMovedLeaveNoOriginalBehind() throws Exception {
        List<StagedBlob> staged = stage("slow-1.png", "slow-2.png", "slow-3.png");
        syncAfter((path, folder) -> {
            if (!folder) {
                sleep(150); // a slow disk: the rows fail long before the files are in place
            }
        });

        assertThatThrownBy(() -> vault.imports().commit(staged, h -> {
            throw new IllegalStateException("the importer changed its mind");
        })).isInstanceOf(IllegalStateException.class);
        awaitThreadsEnded("casevault-place"); // whatever it did before it stopped, none of it stays

        assertThat(staged).noneMatch(b -> vault.blobs().exists(b.sha256()));
        assertThat(journal()).isEmpty();
        assertThat(vault.blobs().stagingFiles()).isEmpty();
    }

    private static void awaitThreadsEnded(String name) throws InterruptedException {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals(name)) {
                t.join(10_000);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void anOriginalIsNeverMovedUnderItsHashBeforeItsBytesAreOnDisk() throws Exception {
        List<String> events = recordSyncs();
        StagedBlob blob = vault.blobs().stage(new ByteArrayInputStream(new byte[] {1, 2, 3}));

        assertThatThrownBy(() -> vault.blobs().place(blob, new HashSet<>()))
                .isInstanceOf(IllegalStateException.class);

        assertThat(vault.blobs().exists(blob.sha256())).isFalse();
        assertThat(vault.blobs().commit(blob)).isTrue();
        assertThat(events).containsExactly("file " + blob.tmp().getFileName(), "folder " + vault.blobs().root(),
                "folder " + vault.blobs().path(blob.sha256()).getParent());
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
    void followUpsInsertedTogetherGetTheIdsOfTheirOwnRowsInOrder() {
        FollowUpRepository followUps = vault.repositories().followUps();
        Instant now = vault.clock().instant();
        List<String> summaries = List.of("second", "third", "fourth");

        List<Long> ids = vault.transaction(h -> {
            List<Long> out = new ArrayList<>(List.of(followUps.insert(h, followUp("first"), now)));
            out.addAll(followUps.insertAll(h, summaries.stream().map(this::followUp).toList(), now));
            out.addAll(followUps.insertAll(h, List.of(), now));
            return out;
        });

        assertThat(ids).hasSize(4).doesNotHaveDuplicates().isSorted();
        assertThat(ids).map(id -> vault.read(h -> followUps.find(h, id)).orElseThrow().summary())
                .containsExactly("first", "second", "third", "fourth");
    }

    private io.casevault.domain.NewFollowUp followUp(String summary) {
        return new io.casevault.domain.NewFollowUp(caseId, vault.clock().instant(), ZoneOffset.UTC,
                io.casevault.domain.Channel.EMAIL, io.casevault.domain.ContactDirection.INCOMING, null, null, summary,
                null, null);
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

    /**
     * Stands in for the file system's sync calls (still passing them on) and returns the log, in order, of what was
     * forced; a test adds {@value #ROWS} when its rows are written, inside the transaction, so before it commits.
     */
    private List<String> recordSyncs() {
        return recordSyncs((path, folder) -> { });
    }

    /** As {@link #recordSyncs()}, with {@code also} run at each sync first. */
    private List<String> recordSyncs(SyncSeen also) {
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        syncAfter((path, folder) -> {
            also.seen(path, folder);
            events.add(folder ? "folder " + path : "file " + path.getFileName());
        });
        return events;
    }

    /** What a test does with a file or folder the blob store forces, before it is forced. */
    private interface SyncSeen {
        void seen(Path path, boolean folder) throws IOException;
    }

    /** Forces files and folders as the file system does, each after {@code seen} (which may fail a file's). */
    private void syncAfter(SyncSeen seen) {
        vault.blobs().syncWith(new DiskSync() {
            @Override
            public void file(Path file) throws IOException {
                seen.seen(file, false);
                DiskSync.SYSTEM.file(file);
            }

            @Override
            public void directory(Path dir) {
                try {
                    seen.seen(dir, true);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                DiskSync.SYSTEM.directory(dir);
            }
        });
    }

    private List<Evidence> evidenceRows() {
        return vault.read(h -> vault.repositories().evidence().listByCase(h, caseId, false));
    }

    private List<String> journal() {
        return vault.read(h -> vault.pending().all(h));
    }

    /** Each name's bytes are the name itself, so equal names stage equal content. */
    private List<StagedBlob> stage(String... names) throws IOException {
        List<StagedBlob> out = new ArrayList<>();
        for (String n : names) {
            out.add(vault.blobs().stage(new ByteArrayInputStream(n.getBytes(StandardCharsets.UTF_8))));
        }
        return out;
    }

    private Evidence insertEvidence(Db h, StagedBlob b) {
        return vault.repositories().evidence().insert(h, new NewEvidence(caseId, b.sha256(), b.sha256() + ".bin",
                "application/octet-stream", b.size(), null, null, 1, null, CaptureSource.IMPORT_TIME,
                vault.clock().instant(), ""));
    }
}
