package io.casevault.vault;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The write lock taken before the database opens: what it cleans, what it keeps, and that it is always released. */
class VaultClaimTest {
    @TempDir
    Path tmp;

    private Path vault() {
        Path dir = tmp.resolve("v");
        Vault.create(dir, Clock.systemUTC()).close();
        return dir;
    }

    private static Path leftover(Path dir) throws Exception {
        return Files.writeString(dir.resolve("blobs/tmp/left-by-a-kill" + BlobStore.STAGING_SUFFIX), "half a file");
    }

    @Test
    void aClaimEmptiesStagingAndTheVaultOpenedFromItKeepsAndCommitsWhatWasStagedMeanwhile() throws Exception {
        Path dir = vault();
        Path leftover = leftover(dir);
        try (VaultClaim claim = VaultClaim.take(dir)) {
            assertThat(leftover).doesNotExist();
            StagedBlob staged = claim.blobs().stage(new ByteArrayInputStream("staged ahead".getBytes(
                    StandardCharsets.UTF_8)));
            try (Vault vault = claim.open(Clock.systemUTC())) {
                assertThat(staged.tmp()).exists();
                vault.imports().commit(List.of(staged), h -> null);
                assertThat(vault.blobs().exists(staged.sha256())).isTrue();
                assertThat(vault.blobs().stagingFiles()).isEmpty();
            }
        }
        Vault.open(dir, Vault.Access.WRITE, Clock.systemUTC()).close(); // released with the vault
    }

    @Test
    void aLockedVaultIsRefusedAndItsStagingIsLeftToTheWriter() throws Exception {
        Path dir = vault();
        try (Vault writer = Vault.open(dir, Vault.Access.WRITE, Clock.systemUTC())) {
            Path staging = leftover(dir); // the writer's own import, under way
            assertThatThrownBy(() -> VaultClaim.take(dir)).isInstanceOf(VaultLockedException.class)
                    .hasMessageContaining("is in use by another CaseVault process");
            assertThat(staging).exists();
            assertThat(writer.isWritable()).isTrue();
        }
    }

    @Test
    void noVaultIsRefusedAsOpeningRefusesIt() {
        Path dir = tmp.resolve("nothing");
        assertThatThrownBy(() -> VaultClaim.take(dir)).isInstanceOf(VaultNotFoundException.class);
        assertThat(dir).doesNotExist();
    }

    @Test
    void aClaimClosedWithoutOpeningReleasesTheLock() {
        Path dir = vault();
        VaultClaim.take(dir).close();
        Vault.open(dir, Vault.Access.WRITE, Clock.systemUTC()).close();
    }

    @Test
    void aClaimWhoseDatabaseDoesNotOpenReleasesTheLock() throws Exception {
        Path dir = vault();
        Files.writeString(dir.resolve(Vault.DB_FILE), "not a database, but long enough to be read as one page");
        try (VaultClaim claim = VaultClaim.take(dir)) {
            assertThatThrownBy(() -> claim.open(Clock.systemUTC())).isInstanceOf(VaultException.class);
            assertThatThrownBy(() -> claim.open(Clock.systemUTC())).isInstanceOf(IllegalStateException.class);
        }
        VaultClaim.take(dir).close(); // not held any more, by the claim or a half-opened vault
    }
}
