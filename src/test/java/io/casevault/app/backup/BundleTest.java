package io.casevault.app.backup;

import io.casevault.TestFiles;
import io.casevault.app.Progress;
import io.casevault.app.VaultSession;
import io.casevault.domain.DomainException;
import io.casevault.domain.Evidence;
import io.casevault.vault.VerifyReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BundleTest {
    @TempDir
    Path tmp;
    VaultSession source;
    VaultSession target;
    long caseId;
    Path bundle;

    @BeforeEach
    void twoVaults() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"), ZoneOffset.UTC);
        source = VaultSession.create(tmp.resolve("alice"), clock);
        target = VaultSession.create(tmp.resolve("lawyer"), clock);
        caseId = CaseFixture.richCase(source, tmp.resolve("files"));
        // the receiving vault has a case of its own, so that ids cannot line up by accident
        CaseFixture.richCase(target, tmp.resolve("other-files"));
        target.transactions().add(new io.casevault.domain.NewTransaction(1, Instant.parse("2026-10-01T00:00:00Z"),
                CaseFixture.ZONE, io.casevault.domain.Money.parse("1", "CNY"), io.casevault.domain.Direction.IN, null,
                null, null, null, null, null, io.casevault.domain.TransactionSource.MANUAL));
        bundle = tmp.resolve("case.cvbundle");
        source.bundles().exportBundle(caseId, bundle, Progress.NONE);
    }

    @AfterEach
    void close() {
        source.close();
        target.close();
    }

    @Test
    void roundTripKeepsEveryRowHashCaptionTagLinkAndRedaction() {
        BundleImportResult r = target.bundles().importBundle(bundle, Progress.NONE);

        assertThat(r.alreadyImported()).isFalse();
        assertThat(r.caseId()).isNotEqualTo(caseId);
        assertThat(CaseFixture.canonical(target.dir(), r.caseId()))
                .isEqualTo(CaseFixture.canonical(source.dir(), caseId));
        List<Evidence> copied = target.evidence().list(r.caseId());
        assertThat(copied).extracting(Evidence::sha256, Evidence::exhibit, Evidence::caption)
                .isEqualTo(source.evidence().list(caseId).stream().map(e -> org.assertj.core.groups.Tuple.tuple(
                        e.sha256(), e.exhibit(), e.caption())).toList());
        assertThat(target.evidence().redactions(copied.get(0).id())).hasSize(2);
        assertThat(target.evidence().links(copied.get(0).id()).transactionIds())
                .containsExactly(target.transactions().list(r.caseId()).get(0).id());
        long followUp = target.followUps().list(r.caseId()).get(0).id();
        assertThat(target.followUps().linkedEvidence(followUp)).containsExactly(copied.get(1).id());
        assertThat(target.cases().statusChanges(r.caseId())).hasSize(2);

        VerifyReport report = target.verify(Progress.NONE);
        assertThat(report.ok()).as(report.problems().toString()).isTrue();
    }

    @Test
    void importRecordsTheSourceHistoryAndOneLocalAuditEntry() {
        long before = target.verify(Progress.NONE).auditEntries();
        BundleImportResult r = target.bundles().importBundle(bundle, Progress.NONE);

        assertThat(target.verify(Progress.NONE).auditEntries()).isEqualTo(before + 1);
        assertThat(r.historyEntries()).isGreaterThanOrEqualTo(8); // created, 2 evidence, caption, tags ×2, boxes …
    }

    @Test
    void importingTheSameBundleTwiceDoesNotDuplicate() throws Exception {
        BundleImportResult first = target.bundles().importBundle(bundle, Progress.NONE);
        Map<String, Object> after = CaseFixture.state(target.dir());

        BundleImportResult second = target.bundles().importBundle(bundle, Progress.NONE);

        assertThat(second.alreadyImported()).isTrue();
        assertThat(second.caseId()).isEqualTo(first.caseId());
        assertThat(CaseFixture.state(target.dir())).isEqualTo(after);
    }

    @Test
    void truncatedBundleIsRefusedAndChangesNothing() throws Exception {
        Path cut = TestFiles.truncated(bundle, tmp.resolve("cut.cvbundle"), (int) Files.size(bundle) / 2);
        assertRefusedWithoutChange(cut, "cut short");
    }

    @Test
    void bundleWithOneFlippedByteInAnOriginalIsRefusedAndChangesNothing() throws Exception {
        Evidence e = source.evidence().list(caseId).get(0);
        Path flipped = flipByteInEntry(bundle, ArchiveManifest.blobPath(e.sha256()), tmp.resolve("flip.cvbundle"));
        assertRefusedWithoutChange(flipped, "does not match");
    }

    @Test
    void bundleWithAlteredCaseDataIsRefusedAndChangesNothing() throws Exception {
        Path flipped = flipByteInEntry(bundle, BundleService.CASE_JSON, tmp.resolve("flip.cvbundle"));
        assertRefusedWithoutChange(flipped, "cannot be imported");
    }

    @Test
    void foreignFilesAreRefused() throws Exception {
        assertRefusedWithoutChange(TestFiles.png(tmp.resolve("not-a-bundle.png"), 10, 10, 3), "not a CaseVault file");
        Path backup = tmp.resolve("vault.cvbackup");
        source.backups().backup(backup, Progress.NONE);
        assertRefusedWithoutChange(backup, "not one of a casevault-bundle");
    }

    /**
     * Bundles rewritten with valid hashes but rows that must not go in: the checks are on the rows themselves, not only
     * on the file's integrity.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "title|remove|its rows do not fit this vault",
            "case_id|evidence_links-to-missing|refers to",
            "x) VALUES (1); DROP TABLE cases; --|add-column|a column this vault does not know"})
    void rewrittenBundleWithRowsThatDoNotFitIsRefusedAndChangesNothing(String column, String how, String reason)
            throws Exception {
        Path rewritten = tmp.resolve("rewritten.cvbundle");
        try (ArchiveSource in = ArchiveSource.open(bundle, BundleService.FORMAT);
             ZipArchiveWriter out = ZipArchiveWriter.create(rewritten)) {
            ArchiveManifest m = in.manifest();
            var json = new com.fasterxml.jackson.databind.ObjectMapper();
            @SuppressWarnings("unchecked")
            Map<String, Object> data = json.readValue(in.read(m.entry(BundleService.CASE_JSON)), Map.class);
            @SuppressWarnings("unchecked")
            var tables = (Map<String, List<Map<String, Object>>>) data.get("tables");
            switch (how) {
                case "remove" -> tables.get("cases").get(0).remove(column);
                case "add-column" -> tables.get("cases").get(0).put(column, 1);
                default -> tables.get("evidence_links").get(0).put("transaction_id", 999_999);
            }
            out.addDeflated(BundleService.CASE_JSON, json.writeValueAsBytes(data));
            for (ArchiveManifest.Entry e : m.entries()) {
                if (!e.path().equals(BundleService.CASE_JSON)) {
                    Path blob = tmp.resolve("blob-" + e.sha256());
                    in.extract(e, blob);
                    out.addStored(e.path(), blob);
                }
            }
            out.finish(m.format(), m.version(), m.createdAt(), m.properties());
        }
        assertRefusedWithoutChange(rewritten, reason);
    }

    private void assertRefusedWithoutChange(Path file, String reason) throws Exception {
        Map<String, Object> before = CaseFixture.state(target.dir());
        assertThatThrownBy(() -> target.bundles().importBundle(file, Progress.NONE))
                .isInstanceOf(DomainException.class).hasMessageContaining(reason)
                .hasMessageEndingWith("nothing was changed.");
        assertThat(CaseFixture.state(target.dir())).isEqualTo(before);
        assertThat(target.dir().resolve("blobs/tmp")).isEmptyDirectory();
    }

    /** A copy of the zip with one byte of the named entry's stored data inverted. */
    static Path flipByteInEntry(Path zip, String entry, Path out) throws Exception {
        byte[] bytes = Files.readAllBytes(zip);
        long offset;
        try (var z = new java.util.zip.ZipFile(zip.toFile())) {
            var e = z.getEntry(entry);
            // the local header is 30 bytes plus the name and extra field; the data follows
            int at = localHeaderOffset(bytes, entry);
            int nameLen = u16(bytes, at + 26);
            int extraLen = u16(bytes, at + 28);
            offset = at + 30L + nameLen + extraLen + e.getCompressedSize() / 2;
        }
        bytes[(int) offset] ^= (byte) 0xFF;
        return Files.write(out, bytes);
    }

    private static int localHeaderOffset(byte[] b, String name) {
        byte[] n = name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + 30 + n.length < b.length; i++) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 3 && b[i + 3] == 4 && u16(b, i + 26) == n.length) {
                for (int j = 0; j < n.length; j++) {
                    if (b[i + 30 + j] != n[j]) {
                        continue outer;
                    }
                }
                return i;
            }
        }
        throw new AssertionError("no entry " + name);
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }
}
