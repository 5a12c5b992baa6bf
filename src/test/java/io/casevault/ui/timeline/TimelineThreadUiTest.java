package io.casevault.ui.timeline;

import io.casevault.app.Progress;
import io.casevault.app.TestMails;
import io.casevault.ui.CaseTabs;
import io.casevault.ui.UiFixture;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** An imported e-mail conversation shows as one group on the timeline, and clicking it shows its messages. */
@ExtendWith(ApplicationExtension.class)
class TimelineThreadUiTest {
    private static final String ME = "Zhang San <zs@home.example>";
    private static final String THEM = "Wallet Support <support@wallet.example>";

    @TempDir
    static Path tmp;
    private UiFixture fx;
    private TimelineController view;

    @Start
    void start(Stage stage) throws IOException {
        Path dir = Files.createTempDirectory(tmp, "case");
        fx = new UiFixture(dir, Locale.ENGLISH);
        fx.session.mail().setOwnAddresses(List.of("zs@home.example"));
        // the complaint, the provider's acknowledgement with a ticket number, and a reminder nobody answered
        byte[] complaint = TestMails.from(ME, THEM, "Refund not received", "Mon, 2 Nov 2026 10:00:00 +0800",
                "c1@home.example").body("My refund of 120 CNY has not arrived.").bytes();
        byte[] ack = TestMails.from(THEM, ME, "Re: Refund not received", "Mon, 2 Nov 2026 10:05:00 +0800",
                "a1@wallet.example").replyTo("c1@home.example").body("工单号：88812345. We will answer.").bytes();
        byte[] reminder = TestMails.from(ME, THEM, "Re: Refund not received", "Tue, 3 Nov 2026 09:00:00 +0800",
                "c2@home.example").replyTo("c1@home.example", "a1@wallet.example").body("Any news?").bytes();
        fx.session.mail().importFiles(fx.caseId, List.of(Files.write(dir.resolve("1.eml"), complaint),
                Files.write(dir.resolve("2.eml"), ack), Files.write(dir.resolve("3.eml"), reminder)), Progress.NONE);
        view = CaseTabs.timeline(fx.ctx, fx.background());
        stage.setScene(new Scene((javafx.scene.Parent) view.root(), 1100, 700));
        stage.show();
        view.showCase(fx.caseId);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private List<String> texts() {
        return view.visibleRows().stream().map(TimelineRow::text).toList();
    }

    /** The cells that show a conversation's header (pseudo-class "thread"). */
    private static List<Node> threadCells(FxRobot robot) {
        return robot.lookup(".timeline-cell").queryAll().stream().filter(n -> n.isVisible()
                && n.getPseudoClassStates().contains(PseudoClass.getPseudoClass("thread"))).toList();
    }

    @Test
    void aThreadIsOneGroupWithTicketAndOverdueReplyAndClickingItShowsItsMessages(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> texts().stream().anyMatch(t -> t.contains("thread")));
        WaitForAsyncUtils.waitForFxEvents();
        TimelineRow header = view.visibleRows().stream().filter(r -> r.text().startsWith("E-mail thread"))
                .findFirst().orElseThrow();
        assertThat(header.text()).contains("“Refund not received”", "3 messages", "ticket 88812345",
                "we contacted them");
        assertThat(header.overdue()).isTrue();
        assertThat(texts()).noneMatch(t -> t.contains("Any news?"));
        assertThat(threadCells(robot)).hasSize(1);
        assertThat(((TimelineCell) threadCells(robot).get(0)).badgeText()).endsWith("days overdue");

        robot.clickOn(threadCells(robot).get(0));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(texts()).filteredOn(t -> t.startsWith("Email")).hasSize(3);
        assertThat(texts().indexOf(header.text())).isLessThan(texts().indexOf(
                texts().stream().filter(t -> t.contains("Any news?")).findFirst().orElseThrow()));
        assertThat(robot.lookup(n -> n instanceof Labeled l && l.getText() != null
                && l.getText().endsWith("Refund not received — Any news?") && n.getScene() != null).tryQuery())
                .isPresent();

        robot.clickOn(threadCells(robot).get(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts()).noneMatch(t -> t.contains("Any news?"));
    }
}
