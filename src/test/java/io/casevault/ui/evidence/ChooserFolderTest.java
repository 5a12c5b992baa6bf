package io.casevault.ui.evidence;

import io.casevault.ui.prefs.Preferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the evidence choosers open, remembered in the preferences file across runs. */
class ChooserFolderTest {
    @TempDir
    Path dir;

    private ChooserFolder folder(Preferences prefs) {
        return new ChooserFolder(prefs::evidenceFolder, prefs::setEvidenceFolder, dir.resolve("home"));
    }

    @Test
    void theFolderOfTheFilesChosenIsWhereTheChooserOpensAfterARestart() throws Exception {
        Path shots = Files.createDirectories(dir.resolve("Pictures/shots"));
        Path file = dir.resolve("prefs.properties");
        try (Preferences prefs = Preferences.load(file)) {
            ChooserFolder first = folder(prefs);
            assertThat(first.start()).isEqualTo(dir.resolve("home"));
            first.filesChosen(List.of(shots.resolve("a.png"), shots.resolve("b.png")));
        }

        assertThat(folder(Preferences.load(file)).start()).isEqualTo(shots.toAbsolutePath());
    }

    @Test
    void aChosenFolderOpensTheNextChooserBesideItAndAVanishedFolderFallsBackToHome() throws Exception {
        Path chat = Files.createDirectories(dir.resolve("Downloads/chat"));
        Preferences prefs = Preferences.load(dir.resolve("prefs.properties"));
        ChooserFolder folder = folder(prefs);

        folder.folderChosen(chat);
        assertThat(folder.start()).isEqualTo(dir.resolve("Downloads").toAbsolutePath());

        Files.delete(chat);
        Files.delete(dir.resolve("Downloads"));
        assertThat(folder.start()).isEqualTo(dir.resolve("home"));
        prefs.close();
    }
}
