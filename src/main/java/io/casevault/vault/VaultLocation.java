package io.casevault.vault;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the vault lives when the user names none: {@code CASEVAULT_HOME}, else the platform's data folder
 * ({@code $XDG_DATA_HOME/casevault}, {@code %APPDATA%\CaseVault}, {@code ~/Library/Application Support/CaseVault}).
 */
public final class VaultLocation {
    private VaultLocation() {
    }

    public static Path resolve(Path explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name", ""), userHome());
    }

    /**
     * The user's home folder: {@code $HOME} where it is set (Linux and macOS programs follow it, and a user who
     * starts CaseVault with another {@code HOME} expects its folders there), else Java's {@code user.home}, which
     * comes from the account database.
     */
    public static String userHome() {
        return userHome(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static String userHome(Map<String, String> env, String osName, String javaUserHome) {
        String home = env.get("HOME");
        boolean windows = osName.toLowerCase(Locale.ROOT).startsWith("windows");
        return !windows && home != null && !home.isBlank() && Path.of(home).isAbsolute() ? home : javaUserHome;
    }

    static Path resolve(Path explicit, Map<String, String> env, String osName, String userHome) {
        if (explicit != null) {
            return explicit.toAbsolutePath().normalize();
        }
        String override = env.get("CASEVAULT_HOME");
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath().normalize();
        }
        return platformDefault(env, osName, userHome);
    }

    /** Where logs go: beside the data, not inside the vault ({@code $XDG_STATE_HOME/casevault/logs} on Linux). */
    public static Path logDir() {
        return logDir(System.getenv(), System.getProperty("os.name", ""), userHome());
    }

    static Path logDir(Map<String, String> env, String osName, String home) {
        return localFolder(env, osName, home, "logs", Path.of(home, "Library", "Logs", "CaseVault"),
                "XDG_STATE_HOME", Path.of(home, ".local", "state"), "casevault/logs");
    }

    /**
     * A folder of this machine's (not roaming) per-user files: {@code %LOCALAPPDATA%\CaseVault\<windows>}, the macOS
     * folder given, else {@code xdgSub} in the XDG variable's folder (when absolute) or in its default.
     */
    private static Path localFolder(Map<String, String> env, String osName, String home, String windows, Path mac,
                                    String xdgVariable, Path xdgDefault, String xdgSub) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            return local != null && !local.isBlank() ? Path.of(local, "CaseVault", windows)
                    : Path.of(home, "AppData", "Local", "CaseVault", windows);
        }
        if (os.startsWith("mac")) {
            return mac;
        }
        String xdg = env.get(xdgVariable);
        return (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : xdgDefault)
                .resolve(xdgSub);
    }

    /**
     * Where copies of the application's own bundled files are kept between starts (fonts, the SQLite library):
     * {@code $XDG_CACHE_HOME/casevault} on Linux. Nothing of a vault goes there.
     */
    public static Path cacheDir() {
        return cacheDir(System.getenv(), System.getProperty("os.name", ""), userHome());
    }

    static Path cacheDir(Map<String, String> env, String osName, String home) {
        return localFolder(env, osName, home, "cache", Path.of(home, "Library", "Caches", "CaseVault"),
                "XDG_CACHE_HOME", Path.of(home, ".cache"), "casevault");
    }

    static Path platformDefault(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return appData != null && !appData.isBlank()
                    ? Path.of(appData, "CaseVault")
                    : Path.of(userHome, "AppData", "Roaming", "CaseVault");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "CaseVault");
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "casevault");
        }
        return Path.of(userHome, ".local", "share", "casevault");
    }
}
