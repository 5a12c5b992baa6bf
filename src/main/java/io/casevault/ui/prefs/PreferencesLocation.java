package io.casevault.ui.prefs;

import io.casevault.vault.VaultLocation;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The preferences file: the system property {@code casevault.prefs} when set, else the platform's configuration
 * folder ({@code $XDG_CONFIG_HOME/casevault}, {@code %APPDATA%\CaseVault}, {@code ~/Library/Preferences/CaseVault}).
 */
public final class PreferencesLocation {
    static final String FILE = "preferences.properties";

    private PreferencesLocation() {
    }

    public static Path resolve() {
        return resolve(System.getProperty("casevault.prefs"), System.getenv(), System.getProperty("os.name", ""),
                VaultLocation.userHome());
    }

    static Path resolve(String override, Map<String, String> env, String osName, String userHome) {
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData)
                    : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("CaseVault").resolve(FILE);
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Preferences", "CaseVault", FILE);
        }
        String config = env.get("XDG_CONFIG_HOME");
        Path base = config != null && !config.isBlank() && Path.of(config).isAbsolute() ? Path.of(config)
                : Path.of(userHome, ".config");
        return base.resolve("casevault").resolve(FILE);
    }
}
