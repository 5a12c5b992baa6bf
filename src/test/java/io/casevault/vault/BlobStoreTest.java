package io.casevault.vault;

import io.casevault.domain.Hashes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class BlobStoreTest {
    @TempDir
    Path tmp;

    @Test
    void stagedContentLandsUnderItsHashReadOnlyAndOnce() throws Exception {
        BlobStore store = new BlobStore(tmp.resolve("blobs"));
        store.createLayout();
        byte[] bytes = "付款成功 payment ok".getBytes(StandardCharsets.UTF_8);
        String sha = Hashes.hex(Hashes.sha256().digest(bytes));

        StagedBlob first = store.stage(new ByteArrayInputStream(bytes));
        assertThat(first.sha256()).isEqualTo(sha);
        assertThat(first.size()).isEqualTo(bytes.length);
        assertThat(store.commit(first)).isTrue();
        Path stored = tmp.resolve("blobs/sha256/" + sha.substring(0, 2) + "/" + sha);
        assertThat(stored).hasBinaryContent(bytes);
        if (FileOps.POSIX) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(stored)))
                    .isEqualTo("r--------");
        }

        StagedBlob second = store.stage(new ByteArrayInputStream(bytes));
        assertThat(store.commit(second)).isFalse();
        assertThat(store.stagingFiles()).isEmpty();
        assertThat(store.storedFiles()).hasSize(1);
        assertThat(store.rehash(sha)).isEqualTo(sha);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} bytes")
    @org.junit.jupiter.params.provider.ValueSource(ints = {0, 1, 131_071, 131_072, 131_073, 1_048_593})
    void aFileStreamOrArrayOfAnySizeIsStagedWholeUnderTheHashOfItsBytes(int size) throws Exception {
        BlobStore store = new BlobStore(tmp.resolve("blobs"));
        store.createLayout();
        byte[] bytes = new byte[size];
        new java.util.Random(size).nextBytes(bytes);
        Path file = Files.write(tmp.resolve("in.bin"), bytes);
        String sha = Hashes.hex(Hashes.sha256().digest(bytes));

        StagedBlob staged = store.stage(file);

        assertThat(staged.sha256()).isEqualTo(sha);
        assertThat(staged.size()).isEqualTo(size);
        assertThat(staged.tmp()).hasBinaryContent(bytes);
        assertThat(store.commit(staged)).isTrue();
        assertThat(store.rehash(sha)).isEqualTo(sha);
        for (StagedBlob same : java.util.List.of(store.stage(bytes), store.stage(new ByteArrayInputStream(bytes)),
                store.stage(io.casevault.domain.HashedBytes.of(bytes)))) {
            assertThat(same.sha256()).isEqualTo(sha);
            assertThat(same.size()).isEqualTo(size);
            assertThat(same.tmp()).hasBinaryContent(bytes);
            assertThat(store.commit(same)).isFalse();
        }
        assertThat(store.stagingFiles()).isEmpty();
    }
}
