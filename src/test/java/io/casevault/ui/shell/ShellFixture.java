package io.casevault.ui.shell;

import io.casevault.app.AppExecutors;
import io.casevault.app.VaultSession;
import io.casevault.domain.Case;
import io.casevault.domain.Category;
import io.casevault.domain.IncidentDate;
import io.casevault.domain.NewCase;
import io.casevault.ui.UiFixture;
import io.casevault.ui.prefs.Language;
import io.casevault.ui.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/** The application's window over a new vault holding the given cases, in English, with the standard tabs. */
final class ShellFixture {
    final Shell shell;
    final Preferences prefs;
    final List<Case> cases = new ArrayList<>();
    private final AppExecutors executors;

    ShellFixture(Stage stage, Path dir, double width, double height, String... titles) {
        this(stage, dir, width, height, (session, cases) -> { }, titles);
    }

    /** @param more adds more to the vault, given its cases, before the window opens it */
    ShellFixture(Stage stage, Path dir, double width, double height, BiConsumer<VaultSession, List<Case>> more,
                 String... titles) {
        this(stage, dir, made(dir.resolve("vault"), more, titles), dir.resolve("vault"), width, height);
    }

    private ShellFixture(Stage stage, Path dir, List<Case> made, Path vault, double width, double height) {
        cases.addAll(made);
        prefs = Preferences.load(dir.resolve("prefs/preferences.properties"));
        prefs.setLanguage(Language.ENGLISH);
        executors = UiFixture.executors();
        Scene scene = new Scene(new StackPane(), width, height);
        stage.setScene(scene);
        stage.sizeToScene(); // the tests share one stage, and an earlier one may have sized it otherwise
        shell = new Shell(stage, scene, prefs, UiFixture.CLOCK, UiFixture.ZONE, executors,
                WindowWiring::standardTabs);
        shell.open(vault);
        stage.show();
    }

    /** The window over a vault made elsewhere (on a read-only or a small disk); preferences under {@code dir}. */
    static ShellFixture opening(Stage stage, Path dir, Path vault, double width, double height) {
        return new ShellFixture(stage, dir, List.of(), vault, width, height);
    }

    private static List<Case> made(Path vault, BiConsumer<VaultSession, List<Case>> more, String... titles) {
        List<Case> cases = new ArrayList<>();
        try (VaultSession s = VaultSession.create(vault, UiFixture.CLOCK)) {
            for (String title : titles) {
                cases.add(s.cases().create(new NewCase(title, "WeChat Pay", null, Category.FROZEN_ACCOUNT,
                        "The wallet was frozen without notice.", null, List.of(),
                        IncidentDate.exact(UiFixture.TODAY), UiFixture.TODAY, 30, List.of(), false)));
            }
            more.accept(s, cases);
        }
        return cases;
    }

    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(shell::closeSession).get();
        executors.close();
        prefs.close();
    }
}
