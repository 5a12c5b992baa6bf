package io.casevault.ui.shell;

import io.casevault.app.Progress;
import io.casevault.app.TestMails;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.casevault.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * E-mails imported before the user named their own addresses all count as received; saving the addresses through
 * File → E-mail addresses… turns the user's messages into sent ones, and the timeline on screen shows it at once: the
 * thread says the user contacted the provider and the reply clock runs, overdue, on the thread and in the header.
 */
@ExtendWith(ApplicationExtension.class)
class OwnAddressesRefreshUiTest {
    private static final String ME = "Zhang San <zs@home.example>";
    private static final String THEM = "Wallet Support <support@wallet.example>";

    @TempDir
    Path dir;
    private ShellFixture window;

    @Start
    void start(Stage stage) {
        window = new ShellFixture(stage, dir, 1280, 760, (session, cases) -> {
            try {
                Path mail = Files.createDirectories(dir.resolve("mail"));
                byte[] complaint = TestMails.from(ME, THEM, "Refund not received", "Mon, 2 Nov 2026 10:00:00 +0800",
                        "c1@home.example").body("My refund of 120 CNY has not arrived.").bytes();
                byte[] ack = TestMails.from(THEM, ME, "Re: Refund not received", "Mon, 2 Nov 2026 10:05:00 +0800",
                        "a1@wallet.example").replyTo("c1@home.example").body("We will answer.").bytes();
                byte[] reminder = TestMails.from(ME, THEM, "Re: Refund not received",
                        "Tue, 3 Nov 2026 09:00:00 +0800", "c2@home.example")
                        .replyTo("c1@home.example", "a1@wallet.example").body("Any news?").bytes();
                session.mail().importFiles(cases.get(0).id(), List.of(Files.write(mail.resolve("1.eml"), complaint),
                        Files.write(mail.resolve("2.eml"), ack), Files.write(mail.resolve("3.eml"), reminder)),
                        Progress.NONE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "Frozen wallet");
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        robot.interact(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w instanceof Stage s
                && s.getOwner() != null).forEach(Window::hide));
        window.close();
    }

    /** The text of the e-mail thread's row on the timeline, when it shows. */
    private static Optional<String> thread(FxRobot robot) {
        return robot.lookup(n -> n instanceof Labeled l && l.getText() != null && n.getScene() != null
                && l.getText().startsWith("E-mail thread")).tryQuery().map(n -> ((Labeled) n).getText());
    }

    @Test
    void savingTheUsersAddressesShowsTheirMessagesAsSentAndTheReplyClockAtOnce(FxRobot robot) {
        waitUntil(() -> window.shell.model().loaded().get());
        robot.interact(() -> {
            window.shell.model().selectedId().set(window.cases.get(0).id());
            TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
            tabs.getTabs().stream().filter(t -> t.getText().equals("Timeline")).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        });
        waitUntil(() -> thread(robot).isPresent());
        assertThat(thread(robot).orElseThrow()).as("every message counts as received").doesNotContain(
                "we contacted them");

        robot.interact(() -> robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "E-mail addresses…".equals(i.getText()))
                .findFirst().ifPresent(MenuItem::fire));
        waitUntil(() -> robot.lookup("#saveOwnAddressesButton").tryQuery().isPresent());
        robot.clickOn(".dialog-pane .text-field").write("zs@home.example");
        robot.clickOn("#saveOwnAddressesButton");

        waitUntil(() -> thread(robot).map(t -> t.contains("we contacted them")).orElse(false));
        waitUntil(() -> robot.lookup("#caseNextDue").queryAs(Labeled.class).getText()
                .startsWith("Answer via Email: Overdue"));
        assertThat(window.shell.model().selectedId().get()).isEqualTo(window.cases.get(0).id());
    }
}
