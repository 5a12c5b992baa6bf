package io.casevault.cli;

import io.casevault.TestFiles;
import io.casevault.vault.Vault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code evidence add} stages its first files while the vault's database opens: an add to a case that does not exist
 * leaves no staged copy and no original behind, and a vault in use is refused before any file is read (see also
 * AddStagedAheadTest).
 */
class EvidenceAddAheadTest {
    private static final int FILES = 48;

    @TempDir
    Path tmp;
    CliHarness cli;
    String caseId;
    List<String> files = new ArrayList<>();

    @BeforeEach
    void vaultWithACaseAndFiles() throws Exception {
        cli = new CliHarness(tmp.resolve("vault"));
        cli.ok("init");
        caseId = cli.ok("case", "add", "--title", "提前暂存 staged ahead", "--provider", "Alipay");
        for (int i = 0; i < FILES; i++) {
            Path f = i % 4 == 0 ? TestFiles.png(tmp.resolve("in/shot-" + i + ".png"), 300, 600, i)
                    : TestFiles.randomBytes(tmp.resolve("in/record-" + i + ".bin"), 400_000, i);
            files.add(f.toString());
        }
    }

    private CliHarness.Result add(String forCase) {
        List<String> args = new ArrayList<>(List.of("evidence", "add", "--case", forCase));
        args.addAll(files);
        return cli.run(args.toArray(String[]::new));
    }

    private List<Path> stagedAndStored() throws Exception {
        try (Stream<Path> walk = Files.walk(cli.vault().resolve("blobs"))) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void aCaseThatDoesNotExistLeavesNoStagedCopyAndNoOriginal() throws Exception {
        CliHarness.Result r = add("99");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("There is no case with id 99.");
        assertThat(stagedAndStored()).isEmpty();
        assertThat(add(caseId).code()).isZero(); // the vault took the files once asked for a real case
        assertThat(stagedAndStored()).hasSize(FILES);
        assertThat(cli.run("verify").code()).isZero();
    }

    @Test
    void aVaultInUseIsRefusedInOneSentenceAndNothingIsStaged() throws Exception {
        try (Vault writer = Vault.open(cli.vault(), Vault.Access.WRITE, Clock.systemUTC())) {
            CliHarness.Result r = add(caseId);
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err().strip()).contains("is in use by another CaseVault process").doesNotContain("\n");
            assertThat(stagedAndStored()).isEmpty();
            assertThat(writer.isWritable()).isTrue();
        }
    }
}
