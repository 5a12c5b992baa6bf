package io.casevault.vault;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the vault and the logs go on each platform, following $HOME and the XDG variables on Linux. */
class VaultLocationTest {
    private static final String LINUX = "Linux";

    @Test
    void homeFollowsTheHomeVariableNotTheAccountDatabase() {
        assertThat(VaultLocation.userHome(Map.of("HOME", "/tmp/other-home"), LINUX, "/home/alice"))
                .isEqualTo("/tmp/other-home");
        assertThat(VaultLocation.userHome(Map.of(), LINUX, "/home/alice")).isEqualTo("/home/alice");
        assertThat(VaultLocation.userHome(Map.of("HOME", "relative"), LINUX, "/home/alice")).isEqualTo("/home/alice");
        assertThat(VaultLocation.userHome(Map.of("HOME", "/c/Users/bob"), "Windows 11", "C:\\Users\\bob"))
                .isEqualTo("C:\\Users\\bob");
    }

    @Test
    void dataAndLogsFollowTheXdgVariables() {
        Map<String, String> env = Map.of("XDG_DATA_HOME", "/data", "XDG_STATE_HOME", "/state");
        assertThat(VaultLocation.resolve(null, env, LINUX, "/home/alice")).isEqualTo(Path.of("/data/casevault"));
        assertThat(VaultLocation.logDir(env, LINUX, "/home/alice")).isEqualTo(Path.of("/state/casevault/logs"));
    }

    @Test
    void withoutXdgVariablesDataAndLogsAreUnderTheHome() {
        assertThat(VaultLocation.resolve(null, Map.of(), LINUX, "/tmp/h")).isEqualTo(Path.of("/tmp/h/.local/share/casevault"));
        assertThat(VaultLocation.logDir(Map.of(), LINUX, "/tmp/h")).isEqualTo(Path.of("/tmp/h/.local/state/casevault/logs"));
        assertThat(VaultLocation.logDir(Map.of("XDG_STATE_HOME", "relative/state"), LINUX, "/tmp/h"))
                .isEqualTo(Path.of("/tmp/h/.local/state/casevault/logs"));
    }

    @Test
    void keptCopiesOfBundledFilesGoToTheUsersCacheFolder() {
        assertThat(VaultLocation.cacheDir(Map.of("XDG_CACHE_HOME", "/c"), LINUX, "/tmp/h")).isEqualTo(Path.of("/c/casevault"));
        assertThat(VaultLocation.cacheDir(Map.of(), LINUX, "/tmp/h")).isEqualTo(Path.of("/tmp/h/.cache/casevault"));
        assertThat(VaultLocation.cacheDir(Map.of("XDG_CACHE_HOME", "rel"), LINUX, "/tmp/h"))
                .isEqualTo(Path.of("/tmp/h/.cache/casevault"));
        assertThat(VaultLocation.cacheDir(Map.of(), "Mac OS X", "/Users/a"))
                .isEqualTo(Path.of("/Users/a/Library/Caches/CaseVault"));
        assertThat(VaultLocation.logDir(Map.of(), "Mac OS X", "/Users/a")).isEqualTo(Path.of("/Users/a/Library/Logs/CaseVault"));
        assertThat(VaultLocation.cacheDir(Map.of("LOCALAPPDATA", "/l"), "Windows 11", "/u"))
                .isEqualTo(Path.of("/l", "CaseVault", "cache"));
        assertThat(VaultLocation.logDir(Map.of(), "Windows 11", "/u"))
                .isEqualTo(Path.of("/u", "AppData", "Local", "CaseVault", "logs"));
    }

    @Test
    void casevaultHomeOverridesThePlatformFolder() {
        assertThat(VaultLocation.resolve(null, Map.of("CASEVAULT_HOME", "/srv/vault", "XDG_DATA_HOME", "/data"), LINUX,
                "/tmp/h")).isEqualTo(Path.of("/srv/vault"));
    }
}
