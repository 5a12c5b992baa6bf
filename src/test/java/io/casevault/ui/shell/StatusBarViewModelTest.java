package io.casevault.ui.shell;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The notifications behind the status bar, without the toolkit. */
class StatusBarViewModelTest {
    private final StatusBarViewModel model = new StatusBarViewModel(Runnable::run);

    @Test
    void messagesWaitInOrderUntilDismissed() {
        model.info("Case exported", "saved");
        model.error("Backup failed", "disk full");
        assertThat(model.toasts()).extracting(StatusBarViewModel.Toast::error, StatusBarViewModel.Toast::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(false, "Case exported"),
                        org.assertj.core.groups.Tuple.tuple(true, "Backup failed"));
        model.dismiss(model.toasts().get(0));
        assertThat(model.toasts()).extracting(StatusBarViewModel.Toast::title).containsExactly("Backup failed");
    }

    @Test
    void theActionOfAMessageRunsOnceAndTakesTheMessageAway() {
        AtomicInteger undone = new AtomicInteger();
        model.info("Moved to the trash", "Wallet", "Undo", undone::incrementAndGet);
        model.act(model.toasts().get(0));
        assertThat(undone).hasValue(1);
        assertThat(model.toasts()).isEmpty();
    }

    @Test
    void noticesGoUnderTheMenusNotOverTheWindowAndStayUntilDismissed() {
        model.noticeBoard().info("Time to back up", "Never backed up", "Back up now", () -> { });
        model.noticeBoard().info("4 deadlines have come", "Wallet: answer due");
        assertThat(model.toasts()).isEmpty();
        assertThat(model.notices()).extracting(StatusBarViewModel.Toast::title)
                .containsExactly("Time to back up", "4 deadlines have come");
        model.dismiss(model.notices().get(1));
        assertThat(model.notices()).extracting(StatusBarViewModel.Toast::title).containsExactly("Time to back up");
    }

    @Test
    void actingOnANoticeRunsItsActionAndTakesItAway() {
        AtomicInteger backedUp = new AtomicInteger();
        model.noticeBoard().info("Time to back up", "Never backed up", "Back up now", backedUp::incrementAndGet);
        model.act(model.notices().get(0));
        assertThat(backedUp).hasValue(1);
        assertThat(model.notices()).isEmpty();
    }
}
