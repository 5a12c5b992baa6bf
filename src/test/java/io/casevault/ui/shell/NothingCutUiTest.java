package io.casevault.ui.shell;

import io.casevault.domain.Category;
import io.casevault.domain.Channel;
import io.casevault.domain.ContactDirection;
import io.casevault.domain.Direction;
import io.casevault.domain.IncidentDate;
import io.casevault.domain.NewCase;
import io.casevault.domain.NewFollowUp;
import io.casevault.domain.Money;
import io.casevault.domain.NewTransaction;
import io.casevault.domain.TransactionSource;
import io.casevault.ui.UiFixture;
import io.casevault.ui.prefs.Language;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static io.casevault.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * At the window's first size on a 1366×768 laptop (80 % of the screen), no label or button of any tab is cut into
 * "…", in English or Chinese.
 */
@ExtendWith(ApplicationExtension.class)
class NothingCutUiTest {
    @TempDir
    Path dir;
    private ShellFixture window;
    private long full;

    @Start
    void start(Stage stage) {
        window = new ShellFixture(stage, dir, 1092, 614, (session, cases) -> {
            // a case whose header has everything: provider, status, amount and an overdue follow-up
            long id = session.cases().create(new NewCase("转账未到账", "支付宝", null, Category.FUNDS_NOT_RECEIVED,
                    "转账后对方一直没有收到。", Money.parse("1250.00", "CNY"), List.of("退还 1,250.00 元"),
                    IncidentDate.exact(UiFixture.TODAY.minusDays(33)), UiFixture.TODAY.minusDays(3), 30, List.of(),
                    false)).id();
            full = id;
            session.transactions().add(new NewTransaction(id, Instant.parse("2026-11-03T06:30:00Z"),
                    ZoneId.of("Asia/Shanghai"), Money.parse("1250.00", "CNY"), Direction.OUT, "张三",
                    "2026110322001456789", null, "余额", "交易成功", null, TransactionSource.MANUAL));
            session.followUps().add(new NewFollowUp(id, Instant.parse("2026-11-05T02:00:00Z"),
                    ZoneId.of("Asia/Shanghai"), Channel.HOTLINE, ContactDirection.OUTGOING, null, "88231",
                    "客服说三天内回复", null, UiFixture.TODAY.minusDays(28)));
        }, "Frozen wallet");
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    /** What is shown cut: each visible label or button whose drawn text ends in an ellipsis its own text lacks. */
    private static List<String> cut(Node root) {
        List<String> found = new ArrayList<>();
        for (Node node : root.lookupAll("*")) {
            if (node instanceof Labeled labeled && labeled.getText() != null && shown(labeled)
                    && labeled.lookup(".text") instanceof Text drawn && cut(labeled.getText(), drawn.getText(),
                    labeled.getEllipsisString())) {
                found.add(labeled.getText() + " → " + drawn.getText());
            }
        }
        return found;
    }

    /** JavaFX ends a cut text with the label's ellipsis string ("..." unless set). */
    private static boolean cut(String text, String drawn, String ellipsis) {
        return !ellipsis.isEmpty() && drawn.endsWith(ellipsis) && !text.endsWith(ellipsis);
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void noTabCutsALabelInEitherLanguage(FxRobot robot) {
        for (Language language : List.of(Language.ENGLISH, Language.CHINESE)) {
            robot.interact(() -> window.shell.switchLanguage(language));
            waitUntil(() -> window.shell.model().loaded().get());
            robot.interact(() -> window.shell.model().selectedId().set(full));
            waitUntil(() -> window.shell.model().selected().isPresent());
            // the case list as wide as the English window made it on such a screen
            robot.interact(() -> robot.lookup("#split").queryAs(SplitPane.class).setDividerPositions(0.36));
            TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
            for (int i = 0; i < tabs.getTabs().size(); i++) {
                int tab = i;
                robot.interact(() -> tabs.getSelectionModel().select(tab));
                WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(cut(tabs.getScene().getRoot())).as("%s, tab %s", language, tabs.getTabs().get(i).getText())
                        .isEmpty();
            }
        }
    }
}
