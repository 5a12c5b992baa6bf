package io.casevault.ui.evidence;

import io.casevault.TestFiles;
import io.casevault.app.TestMails;
import io.casevault.app.VaultSession;
import io.casevault.domain.ContactDirection;
import io.casevault.domain.Evidence;
import io.casevault.domain.FollowUp;
import io.casevault.ui.UiFixture;
import io.casevault.ui.common.FxmlLoaderFactory;
import io.casevault.ui.mail.OwnAddresses;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListCell;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Saved e-mail dropped on a case's evidence tab (the drop handed over as in {@link EvidenceViewUiTest}): each message
 * becomes a follow-up with its .eml and attachments as exhibits; the first time, the user is asked which addresses
 * are theirs, offered those found in the messages.
 */
@ExtendWith(ApplicationExtension.class)
class MailDropUiTest {
    private static final String ME = "Zhang San <zs@home.example>";
    private static final String THEM = "Wallet Support <support@wallet.example>";

    @TempDir
    static Path tmp;
    private UiFixture fx;
    private EvidenceController view;
    private Path dir;

    @Start
    void start(Stage stage) throws IOException {
        dir = Files.createTempDirectory(tmp, "case");
        fx = new UiFixture(dir, Locale.ENGLISH);
        VaultSession s = fx.session;
        OwnAddresses own = OwnAddresses.of(s.mailAddresses(), fx.ctx.texts(), fx.background(), fx.notifier,
                () -> stage);
        // as the window wires the tab
        view = new EvidenceViews(s.evidence(), s.mail(), s.transactions(), s.followUps(), s.thumbnails(),
                s.lookAlikes(), s.recognition(), fx.ctx.texts(), fx.background(), fx.ctx.clock().withZone(fx.ctx.zone()), fx.notifier)
                .beforeImportingMail(own::beforeImport).load(new FxmlLoaderFactory(fx.ctx.bundle()));
        stage.setScene(new Scene((javafx.scene.Parent) view.root(), 1200, 800));
        stage.show();
        view.showCase(fx.caseId);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private static Transfer files(List<Path> files) {
        ClipboardContent content = new ClipboardContent();
        content.putFiles(files.stream().map(Path::toFile).toList());
        Clipboard board = Clipboard.getSystemClipboard();
        board.setContent(content);
        return Transfer.of(board);
    }

    private void waitFor(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out; notifications: " + fx.notifier.messages, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A complaint with a screenshot as .eml, and an mbox holding the provider's acknowledgement. */
    private List<Path> mail() throws IOException {
        byte[] shot = Files.readAllBytes(TestFiles.png(dir.resolve("shot-src.png"), 60, 40, 5));
        Path eml = Files.write(dir.resolve("complaint.eml"), TestMails.from(ME, THEM, "Refund not received",
                "Mon, 2 Nov 2026 10:00:00 +0800", "c1@home.example").body("My refund has not arrived.")
                .attach("screenshot.png", "image/png", shot).bytes());
        Path mbox = Files.write(dir.resolve("Inbox.mbox"), TestMails.mbox(TestMails.from(THEM, ME,
                "Re: Refund not received", "Mon, 2 Nov 2026 10:05:00 +0800", "a1@wallet.example")
                .replyTo("c1@home.example").body("Case #77120 opened. We will answer.").text()));
        return List.of(eml, mbox);
    }

    @Test
    void droppedEmlAndMboxBecomeFollowUpsWithTheirExhibits(FxRobot robot) throws IOException {
        fx.session.mail().setOwnAddresses(List.of("zs@home.example"));
        List<Path> files = mail();

        robot.interact(() -> assertThat(view.accept(files(files))).isTrue());
        waitFor(() -> view.items().size() == 3);

        assertThat(view.items()).extracting(Evidence::originalName)
                .containsExactlyInAnyOrder("Refund not received.eml", "screenshot.png", "Refund not received.eml")
                .hasSize(3);
        List<FollowUp> followUps = fx.session.followUps().list(fx.caseId);
        assertThat(followUps).extracting(FollowUp::direction).containsExactly(ContactDirection.OUTGOING,
                ContactDirection.INCOMING);
        assertThat(followUps.get(1).ticketRef()).isEqualTo("77120");
        assertThat(fx.notifier.messages).last().satisfies(m -> assertThat(m.title())
                .isEqualTo("2 e-mails imported"));
    }

    @Test
    void theFirstDropAsksWhichAddressesAreTheUsersAndRemembersThem(FxRobot robot) throws IOException {
        List<Path> files = mail();

        robot.interact(() -> view.accept(files(files)));
        waitFor(() -> robot.lookup("#saveOwnAddressesButton").tryQuery().isPresent());
        List<String> offered = robot.lookup(".list-cell").queryAll().stream()
                .map(c -> ((ListCell<?>) c).getText()).filter(t -> t != null).toList();
        assertThat(offered).containsExactlyInAnyOrder("Zhang San <zs@home.example> — in 2 messages",
                "Wallet Support <support@wallet.example> — in 2 messages");
        Node mine = robot.lookup(".list-cell").queryAll().stream()
                .filter(c -> String.valueOf(((ListCell<?>) c).getText()).startsWith("Zhang San")).findFirst()
                .orElseThrow()
                .lookup(".check-box");
        robot.clickOn(mine);
        assertThat(((CheckBox) mine).isSelected()).isTrue();
        robot.clickOn("#saveOwnAddressesButton");
        waitFor(() -> view.items().size() == 3);

        assertThat(fx.session.mail().ownAddresses()).containsExactly("zs@home.example");
        assertThat(fx.session.followUps().list(fx.caseId)).extracting(FollowUp::direction)
                .containsExactly(ContactDirection.OUTGOING, ContactDirection.INCOMING);

        // asked once: the next drop imports without asking
        Path more = Files.write(dir.resolve("more.eml"), TestMails.from(ME, THEM, "Re: Refund not received",
                "Tue, 3 Nov 2026 09:00:00 +0800", "c2@home.example").replyTo("c1@home.example").body("Any news?")
                .bytes());
        robot.interact(() -> view.accept(files(List.of(more))));
        waitFor(() -> view.items().size() == 4);
        assertThat(robot.lookup("#saveOwnAddressesButton").tryQuery()).isEmpty();
    }
}
