package io.casevault;

import io.casevault.vault.Vault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** What the desktop hands the launcher: a vault's marker file or folder opens that vault; commands pass through. */
class LauncherTest {
    @TempDir
    Path tmp;

    @Test
    void theMarkerFileOfAVaultOpensItsFolder() {
        Path dir = tmp.resolve("vault");
        Vault.create(dir, Clock.systemUTC()).close();

        assertThat(Launcher.fromDesktop(new String[] {dir.resolve(Vault.MARKER_FILE).toString()}))
                .containsExactly("--vault", dir.toAbsolutePath().toString());
    }

    @Test
    void aVaultFolderOpensItself() {
        Path dir = tmp.resolve("vault");
        Vault.create(dir, Clock.systemUTC()).close();

        assertThat(Launcher.fromDesktop(new String[] {dir.toString()}))
                .containsExactly("--vault", dir.toAbsolutePath().toString());
    }

    @Test
    void commandsAndOtherFilesPassThroughUnchanged() throws Exception {
        Path pdf = Files.writeString(tmp.resolve("dossier.pdf"), "%PDF-1.7");
        Path notAVault = Files.createDirectories(tmp.resolve("photos"));

        assertThat(Launcher.fromDesktop(new String[] {"init"})).containsExactly("init");
        assertThat(Launcher.fromDesktop(new String[] {"--version"})).containsExactly("--version");
        assertThat(Launcher.fromDesktop(new String[] {pdf.toString()})).containsExactly(pdf.toString());
        assertThat(Launcher.fromDesktop(new String[] {notAVault.toString()})).containsExactly(notAVault.toString());
        assertThat(Launcher.fromDesktop(new String[] {"case", "list"})).containsExactly("case", "list");
    }

    @Test
    void aLineThatOnlyOpensTheWindowSkipsTheParser() {
        assertThat(Launcher.windowOnly(new String[0])).contains(new Launcher.WindowOnly(null));
        assertThat(Launcher.windowOnly(new String[] {"--vault", "my vault"}))
                .contains(new Launcher.WindowOnly(Path.of("my vault")));
        assertThat(Launcher.windowOnly(new String[] {"--vault=/data/v"}))
                .contains(new Launcher.WindowOnly(Path.of("/data/v")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--version", "--help", "init", "--vault|v|init", "--vault|--help", "--vault=", "--vault|",
            "--vaults|v", "case|list"})
    void anythingElseGoesToTheParser(String line) {
        assertThat(Launcher.windowOnly(line.split("\\|", -1))).isEmpty();
    }
}
