package io.casevault.vault;

import io.casevault.domain.CaseStatus;
import io.casevault.domain.Category;
import io.casevault.domain.IncidentDate;
import io.casevault.domain.Money;
import io.casevault.domain.NewCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

class VaultTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    @Test
    void createLaysOutThePrivateFoldersAndAWalDatabase() throws Exception {
        Path dir = tmp.resolve("v");
        try (Vault vault = Vault.create(dir, CLOCK)) {
            assertThat(dir.resolve("casevault.db")).isRegularFile();
            assertThat(dir.resolve("blobs/sha256")).isDirectory();
            assertThat(dir.resolve("blobs/tmp")).isDirectory();
            assertThat(dir.resolve("cache")).isDirectory();
            assertThat(dir.resolve("vault.lock")).isRegularFile();
            assertThat(dir.resolve("vault.casevault")).content().contains("CaseVault vault");
            String mode = vault.read(h -> h.createQuery("PRAGMA journal_mode").mapTo(String.class).one());
            assertThat(mode).isEqualToIgnoringCase("wal");
            int fk = vault.read(h -> h.createQuery("PRAGMA foreign_keys").mapTo(Integer.class).one());
            assertThat(fk).isEqualTo(1);
        }
        assumeThat(FileOps.POSIX).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
    }

    @Test
    void secondWriterIsToldTheVaultIsInUseAndReaderStillReads() {
        Path dir = tmp.resolve("v");
        try (Vault first = Vault.create(dir, CLOCK)) {
            assertThatThrownBy(() -> Vault.open(dir, Vault.Access.WRITE, CLOCK))
                    .isInstanceOf(VaultLockedException.class)
                    .hasMessageContaining("in use by another CaseVault process");
            try (Vault reader = Vault.open(dir, Vault.Access.READ_PREFERRED, CLOCK)) {
                assertThat(reader.isWritable()).isFalse();
                int count = reader.read(h -> h.createQuery("SELECT count(*) FROM cases").mapTo(Integer.class).one());
                assertThat(count).isZero();
                assertThatThrownBy(() -> reader.transaction(h -> null)).isInstanceOf(VaultLockedException.class);
            }
        }
        try (Vault again = Vault.open(dir, Vault.Access.WRITE, CLOCK)) {
            assertThat(again.isWritable()).isTrue();
        }
    }

    @Test
    void openingAFolderWithoutAVaultSaysHowToCreateOne() {
        assertThatThrownBy(() -> Vault.open(tmp.resolve("nothing"), Vault.Access.WRITE, CLOCK))
                .isInstanceOf(VaultNotFoundException.class).hasMessageContaining("init");
    }

    @Test
    void caseRoundTripsThroughTheDatabase() {
        try (Vault vault = Vault.create(tmp.resolve("v"), CLOCK)) {
            CaseRepository repo = new CaseRepository();
            NewCase draft = new NewCase("转账未到账 Transfer missing", "支付宝", "13800138000", Category.FUNDS_NOT_RECEIVED,
                    "11月3日转账给张三，对方未收到。", Money.parse("1250.00", "CNY"), List.of("退款 refund", "解释 explanation"),
                    IncidentDate.range(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 3)), LocalDate.of(2026, 11,
                            25),
                    60, List.of("urgent"), false);
            long id = vault.transaction(h -> repo.insert(h, draft, CaseStatus.DRAFT, CLOCK.instant()));
            var c = vault.read(h -> repo.find(h, id)).orElseThrow();
            assertThat(c.title()).isEqualTo(draft.title());
            assertThat(c.amount()).isEqualTo(draft.amount());
            assertThat(c.demands()).containsExactly("退款 refund", "解释 explanation");
            assertThat(c.incident()).isEqualTo(draft.incident());
            assertThat(c.deadline()).contains(LocalDate.of(2026, 12, 31));
            assertThat(c.tags()).containsExactly("urgent");
            List<io.casevault.domain.Case> all = vault.read(h -> repo.list(h, false));
            assertThat(all).extracting(x -> x.id()).containsExactly(id);
        }
    }

    @Test
    void auditLogRefusesUpdatesAndDeletes() {
        try (Vault vault = Vault.create(tmp.resolve("v"), CLOCK)) {
            AuditLog log = new AuditLog();
            vault.transaction(h -> log.append(h, CLOCK.instant(), null, "vault", null, "created", "{}"));
            assertThatThrownBy(() -> vault.transaction(h -> h.execute("UPDATE audit_log SET detail = 'x'")))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> vault.transaction(h -> h.execute("DELETE FROM audit_log")))
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void defaultLocationFollowsTheOverridesAndThePlatform() {
        assertThat(VaultLocation.resolve(null, Map.of("CASEVAULT_HOME", "/srv/cv"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/srv/cv"));
        assertThat(VaultLocation.resolve(null, Map.of("XDG_DATA_HOME", "/x/data"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/x/data/casevault"));
        assertThat(VaultLocation.resolve(null, Map.of(), "Linux", "/home/u"))
                .isEqualTo(Path.of("/home/u/.local/share/casevault"));
        assertThat(VaultLocation.resolve(null, Map.of(), "Mac OS X", "/Users/u"))
                .isEqualTo(Path.of("/Users/u/Library/Application Support/CaseVault"));
        assertThat(VaultLocation.resolve(Path.of("/explicit"), Map.of("CASEVAULT_HOME", "/srv/cv"), "Linux", "/h"))
                .isEqualTo(Path.of("/explicit"));
    }
}
