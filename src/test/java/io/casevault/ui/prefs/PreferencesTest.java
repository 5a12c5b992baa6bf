package io.casevault.ui.prefs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PreferencesTest {
    @TempDir
    Path dir;

    @Test
    void settingsSurviveARestart() {
        Path file = dir.resolve("casevault/preferences.properties");
        try (Preferences p = Preferences.load(file)) {
            p.setLanguage(Language.CHINESE);
            p.setTheme(Theme.DARK);
            p.setLastVault(dir.resolve("vault"));
            p.setWindow(new WindowBounds(10, 20, 1000, 700));
            p.setWindowMaximized(true);
        }
        Preferences again = Preferences.load(file);
        assertThat(again.language()).isEqualTo(Language.CHINESE);
        assertThat(again.theme()).isEqualTo(Theme.DARK);
        assertThat(again.lastVault()).contains(dir.resolve("vault").toAbsolutePath());
        assertThat(again.window()).contains(new WindowBounds(10, 20, 1000, 700));
        assertThat(again.windowMaximized()).isTrue();
        assertThat(dir.resolve("casevault/preferences.properties.tmp")).doesNotExist();
    }

    @Test
    void manyChangesAreWrittenOnceAfterAPause() throws Exception {
        Path file = dir.resolve("preferences.properties");
        Preferences p = Preferences.load(file);
        for (int i = 0; i < 50; i++) {
            p.setWindow(new WindowBounds(i, i, 800 + i, 600));
        }
        assertThat(file).doesNotExist();
        for (int i = 0; i < 50 && !Files.exists(file); i++) {
            Thread.sleep(50);
        }
        assertThat(Preferences.load(file).window().orElseThrow().width()).isEqualTo(849);
        p.close();
    }

    @Test
    void aDamagedFileGivesTheDefaults() throws Exception {
        Path file = dir.resolve("preferences.properties");
        Files.writeString(file, "language=KLINGON\ntheme=\nwindow.width=wide\n");
        Preferences p = Preferences.load(file);
        assertThat(p.language()).isEqualTo(Language.SYSTEM);
        assertThat(p.theme()).isEqualTo(Theme.LIGHT);
        assertThat(p.window()).isEmpty();
        assertThat(p.windowMaximized()).isFalse();
    }

    @Test
    void systemLanguageFollowsAChineseLocale() {
        assertThat(Language.SYSTEM.locale(Locale.TRADITIONAL_CHINESE)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Language.SYSTEM.locale(Locale.GERMANY)).isEqualTo(Locale.ENGLISH);
        assertThat(Language.ENGLISH.locale(Locale.CHINA)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void fileLocationFollowsThePlatformUnlessOverridden() {
        assertThat(PreferencesLocation.resolve("/x/p.properties", Map.of(), "Linux", "/home/u"))
                .isEqualTo(Path.of("/x/p.properties"));
        assertThat(PreferencesLocation.resolve(null, Map.of("XDG_CONFIG_HOME", "/cfg"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/cfg/casevault/preferences.properties"));
        assertThat(PreferencesLocation.resolve(null, Map.of(), "Linux", "/home/u"))
                .isEqualTo(Path.of("/home/u/.config/casevault/preferences.properties"));
        assertThat(PreferencesLocation.resolve(null, Map.of(), "Mac OS X", "/Users/u"))
                .isEqualTo(Path.of("/Users/u/Library/Preferences/CaseVault/preferences.properties"));
    }
}
