package io.casevault.ui.prefs;

import io.casevault.SmallDisk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Saving preferences on a full disk keeps the old file and leaves no temporary file; the change is saved later. */
class PreferencesDiskFullTest {
    @TempDir
    Path tmp;

    @Test
    void aFullDiskKeepsTheOldFileAndTheNextFlushSavesTheChange() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(tmp.resolve("disk"), 1)) {
            Path file = disk.resolve("prefs").resolve("casevault.properties");
            try (Preferences prefs = Preferences.load(file)) {
                prefs.setTheme(Theme.DARK);
                prefs.flush();
                byte[] saved = Files.readAllBytes(file);
                disk.leave(0);

                prefs.setLanguage(Language.CHINESE);
                prefs.flush();
                assertThat(Files.readAllBytes(file)).isEqualTo(saved);
                assertThat(filesIn(file.getParent())).containsExactly("casevault.properties");
                assertThat(prefs.language()).isEqualTo(Language.CHINESE); // the window keeps working with it

                disk.free();
                prefs.flush(); // nothing changed since, but the change is still unsaved
                Preferences again = Preferences.load(file);
                assertThat(again.language()).isEqualTo(Language.CHINESE);
                assertThat(again.theme()).isEqualTo(Theme.DARK);
                again.close();
            }
        }
    }

    private static java.util.List<String> filesIn(Path dir) throws java.io.IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
