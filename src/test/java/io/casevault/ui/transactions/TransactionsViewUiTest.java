package io.casevault.ui.transactions;

import io.casevault.app.AppExecutors;
import io.casevault.app.VaultSession;
import io.casevault.domain.Case;
import io.casevault.domain.Category;
import io.casevault.domain.NewCase;
import io.casevault.domain.Transaction;
import io.casevault.ui.UiFixture;
import io.casevault.ui.common.Bundles;
import io.casevault.ui.common.UiContext;
import io.casevault.ui.shell.Appearance;
import io.casevault.ui.shell.StatusBarViewModel;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static io.casevault.ui.UiFixture.showsText;
import static io.casevault.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The transactions view alone, over a real vault: add, edit and move to the trash, with the totals. */
@ExtendWith(ApplicationExtension.class)
class TransactionsViewUiTest {
    // one vault for the class: each test makes and shows its own case
    @TempDir
    static Path dir;
    private static VaultSession session;
    private static AppExecutors executors;
    private StatusBarViewModel status;
    private Case theCase;
    private TransactionsController view;

    @BeforeAll
    static void openVault() {
        session = VaultSession.create(dir.resolve("vault"), UiFixture.CLOCK);
        executors = UiFixture.executors();
    }

    @AfterAll
    static void closeVault() {
        executors.close();
        session.close();
    }

    @Start
    void start(Stage stage) {
        Appearance.applyTheme(io.casevault.ui.prefs.Theme.LIGHT);
        theCase = session.cases().create(new NewCase("Double charge", "Alipay", null, Category.PAYMENT_FAILED_CHARGED,
                "", null, List.of(), null, java.time.LocalDate.of(2026, 11, 20), null, List.of(), false));
        status = new StatusBarViewModel();
        UiContext ctx = new UiContext(session, Bundles.load(Locale.ENGLISH), executors.io(), UiFixture.CLOCK,
                UiFixture.ZONE, status, status);
        view = UiFixture.transactions(ctx, executors, new ServiceTransactionDialogs(
                ctx.session().transactions(), ctx.session().statements(), ctx.texts(),
                new io.casevault.ui.common.Background(executors, ctx.work()), ctx.notifier(),
                ctx.clock().withZone(ctx.zone())));
        Scene scene = new Scene((javafx.scene.Parent) view.root(), 1000, 600);
        Appearance.style(scene);
        stage.setScene(scene);
        stage.show();
        view.showCase(theCase.id());
    }

    @SuppressWarnings("unchecked")
    private TableView<Transaction> table(FxRobot robot) {
        return robot.lookup("#table").queryAs(TableView.class);
    }

    private void addTransaction(FxRobot robot, String amount, String counterparty) {
        robot.clickOn("#addButton");
        waitUntil(() -> robot.lookup("#counterpartyField").tryQuery().isPresent());
        robot.clickOn("#amountField").write(amount);
        robot.clickOn("#counterpartyField").write(counterparty);
        waitUntil(() -> !robot.lookup("#saveTransactionButton").queryAs(Button.class).isDisabled());
        robot.clickOn("#saveTransactionButton");
        waitUntil(() -> robot.lookup("#saveTransactionButton").tryQuery().isEmpty());
    }

    @Test
    void addingEditingAndTrashingUpdateTheTable(FxRobot robot) {
        addTransaction(robot, "88.5", "Coffee Shop");
        waitUntil(() -> table(robot).getItems().size() == 1);
        waitUntil(() -> showsText(robot, "88.50 CNY"));
        assertThat(showsText(robot, "Total out 88.50 CNY, in 0.00 CNY")).isTrue();

        robot.clickOn("88.50 CNY").clickOn("#editButton");
        waitUntil(() -> robot.lookup("#amountField").tryQuery().isPresent());
        robot.doubleClickOn("#amountField").eraseText(4).write("1200");
        robot.clickOn("#saveTransactionButton");
        waitUntil(() -> showsText(robot, "1,200.00 CNY"));
        assertThat(table(robot).getItems()).hasSize(1);
        assertThat(session.transactions().list(theCase.id()).get(0).money().amount()).isEqualByComparingTo("1200");

        addTransaction(robot, "30", "Refund desk");
        waitUntil(() -> table(robot).getItems().size() == 2);
        robot.clickOn("Refund desk").clickOn("#trashButton");
        waitUntil(() -> table(robot).getItems().size() == 1);
        assertThat(showsText(robot, "Refund desk")).isFalse();
        assertThat(session.transactions().list(theCase.id())).extracting(Transaction::counterparty)
                .containsExactly("Coffee Shop");
        assertThat(status.toasts()).anyMatch(t -> t.actionText() != null);
    }

    @Test
    void aNegativeAmountCannotBeSaved(FxRobot robot) {
        robot.clickOn("#addButton");
        waitUntil(() -> robot.lookup("#amountField").tryQuery().isPresent());
        robot.clickOn("#amountField").write("-3");
        assertThat(robot.lookup("#saveTransactionButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(showsText(robot, "The amount must not be negative; the direction says which way the money went."))
                .isTrue();
    }

    @Test
    void aPaymentRecordedInAnotherZoneShowsItsTimeThereWithTheOffset(FxRobot robot) {
        // the window's zone is Shanghai; a payment written down in London at 09:32 local time
        session.transactions().add(new io.casevault.domain.NewTransaction(theCase.id(),
                java.time.Instant.parse("2026-11-03T09:32:00Z"), java.time.ZoneId.of("Europe/London"),
                io.casevault.domain.Money.parse("125.00", "GBP"), io.casevault.domain.Direction.OUT, "London shop",
                null, null, null, null, null, io.casevault.domain.TransactionSource.MANUAL));
        session.transactions().add(new io.casevault.domain.NewTransaction(theCase.id(),
                java.time.Instant.parse("2026-11-03T13:32:00Z"), UiFixture.ZONE,
                io.casevault.domain.Money.parse("1250.00", "CNY"), io.casevault.domain.Direction.OUT, "张三",
                null, null, null, null, null, io.casevault.domain.TransactionSource.MANUAL));
        robot.interact(() -> view.showCase(theCase.id()));
        waitUntil(() -> table(robot).getItems().size() == 2);

        waitUntil(() -> showsText(robot, "Nov 3, 2026 09:32 (UTC)"));
        assertThat(showsText(robot, "Nov 3, 2026 21:32")).as("a time in the window's own zone has no offset").isTrue();
    }
}
