package io.casevault.ui;

import io.casevault.app.AppExecutors;
import io.casevault.app.VaultSession;
import io.casevault.domain.Category;
import io.casevault.domain.IncidentDate;
import io.casevault.domain.NewCase;
import io.casevault.ui.prefs.Preferences;
import io.casevault.ui.shell.VaultOpening;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the launch starts before the JavaFX toolkit (no toolkit runs in this test): the preferences, then the vault
 * the window will show opened with its cases read.
 */
class StartAheadTest {
    @TempDir
    Path dir;
    private final AppExecutors executors = UiFixture.executors();
    private VaultOpening opened;

    @AfterEach
    void close() {
        if (opened != null && opened.session() != null) {
            opened.session().close();
        }
        executors.close();
    }

    private Path vaultWithCase(String name, String title) {
        Path vault = dir.resolve(name);
        try (VaultSession s = VaultSession.create(vault, UiFixture.CLOCK)) {
            s.cases().create(new NewCase(title, "Alipay", null, Category.FROZEN_ACCOUNT, "Frozen.", null, List.of(),
                    IncidentDate.exact(UiFixture.TODAY), UiFixture.TODAY, 30, List.of(), false));
        }
        return vault;
    }

    private Path prefsNaming(Path lastVault) {
        Path file = dir.resolve("preferences.properties");
        try (Preferences prefs = Preferences.load(file)) {
            prefs.setLastVault(lastVault);
        }
        return file;
    }

    private VaultOpening open(Path requested, Path prefsFile) throws Exception {
        StartAhead ahead = StartAhead.begin(requested, prefsFile, executors, UiFixture.CLOCK, UiFixture.ZONE);
        opened = ahead.opening().withCases().get(30, TimeUnit.SECONDS);
        return opened;
    }

    @Test
    void opensTheLastVaultOfThePreferencesWithItsCases() throws Exception {
        Path vault = vaultWithCase("last", "Frozen wallet");

        VaultOpening opening = open(null, prefsNaming(vault));

        assertThat(opening.failure()).isNull();
        assertThat(opening.session().dir()).isEqualTo(vault.toAbsolutePath().normalize());
        assertThat(opening.cases().cases()).extracting(c -> c.theCase().title()).containsExactly("Frozen wallet");
    }

    @Test
    void theVaultAskedForIsOpenedRatherThanTheLastOne() throws Exception {
        Path last = vaultWithCase("last", "Frozen wallet");
        Path asked = vaultWithCase("asked", "Refund never came");

        StartAhead ahead = StartAhead.begin(asked, prefsNaming(last), executors, UiFixture.CLOCK, UiFixture.ZONE);
        opened = ahead.opening().withCases().get(30, TimeUnit.SECONDS);

        assertThat(ahead.vault(ahead.prefs())).isEqualTo(asked);
        assertThat(opened.session().dir()).isEqualTo(asked.toAbsolutePath().normalize());
        assertThat(opened.cases().cases()).extracting(c -> c.theCase().title()).containsExactly("Refund never came");
    }

    @Test
    void aVaultThatCannotBeOpenedIsAFailureForTheWindowToShow() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "not a vault");

        VaultOpening opening = open(notAFolder, prefsNaming(dir.resolve("elsewhere")));

        assertThat(opening.session()).isNull();
        assertThat(opening.failure()).isNotNull();
    }
}
