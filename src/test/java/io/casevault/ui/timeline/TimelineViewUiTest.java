package io.casevault.ui.timeline;

import io.casevault.domain.Channel;
import io.casevault.domain.ContactDirection;
import io.casevault.domain.Direction;
import io.casevault.domain.Money;
import io.casevault.domain.NewFollowUp;
import io.casevault.domain.NewTransaction;
import io.casevault.domain.TimelineEvent;
import io.casevault.domain.TransactionSource;
import io.casevault.ui.UiFixture;
import io.casevault.ui.CaseTabs;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class TimelineViewUiTest {
    @TempDir
    static Path tmp;
    private UiFixture fx;
    private TimelineController view;

    @Start
    void start(Stage stage) throws IOException {
        fx = new UiFixture(Files.createTempDirectory(tmp, "case"), Locale.ENGLISH);
        // two payments on 20 and 22 November (Shanghai time)
        transaction("2026-11-20T02:00:00Z", "100.00", "TX-1");
        transaction("2026-11-22T02:00:00Z", "250.00", "TX-2");
        view = CaseTabs.timeline(fx.ctx, fx.background());
        stage.setScene(new Scene((javafx.scene.Parent) view.root(), 1100, 700));
        stage.show();
        view.showCase(fx.caseId);
    }

    private void transaction(String at, String amount, String ref) {
        fx.session.transactions().add(new NewTransaction(fx.caseId, Instant.parse(at), UiFixture.ZONE,
                Money.parse(amount, "CNY"), Direction.OUT, "Shop", ref, null, null, null, null,
                TransactionSource.MANUAL));
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void loggedFollowUpAppearsBetweenTheEventsBeforeAndAfterIt(FxRobot robot) throws Exception {
        waitFor(() -> view.visibleRows().size() >= 2);
        robot.clickOn("Log follow-up");
        waitFor(() -> view.openDialog() != null);
        Dialog<FollowUpForm> dialog = view.openDialog();
        DatePicker date = robot.lookup("#followUpDate").queryAs(DatePicker.class);
        robot.interact(() -> {
            robot.lookup("#followUpChannel").<ComboBox<Channel>>query().setValue(Channel.IN_APP_CHAT);
            date.setValue(LocalDate.of(2026, 11, 21));
            date.getEditor().setText(date.getConverter().toString(LocalDate.of(2026, 11, 21)));
            robot.lookup("#followUpTime").queryAs(TextField.class).setText("10:15");
            robot.lookup("#followUpTicket").queryAs(TextField.class).setText("T-778");
            robot.lookup("#followUpSummary").queryAs(TextArea.class).setText("Asked why the transfer never arrived");
        });
        robot.clickOn("#saveFollowUpButton");
        waitFor(() -> view.visibleRows().stream().anyMatch(r -> r.kind() == TimelineEvent.Kind.FOLLOWUP));

        List<TimelineRow> rows = view.visibleRows();
        List<String> order = rows.stream().map(r -> r.kind() + " " + r.text()).toList();
        int first = indexOf(order, "TRANSACTION Paid");
        int followUp = indexOf(order, "FOLLOWUP In-app chat");
        int second = indexOf(order, "TRANSACTION Paid", first + 1);
        assertThat(first).isLessThan(followUp);
        assertThat(followUp).isLessThan(second);
        TimelineRow row = rows.get(followUp);
        assertThat(row.text()).contains("ticket T-778").contains("Asked why the transfer never arrived");
        assertThat(row.when()).contains("2026").contains("21").contains("10:15");
        assertThat(view.list().getSelectionModel().getSelectedItem()).isEqualTo(row);
        assertThat(fx.session.followUps().list(fx.caseId)).singleElement()
                .satisfies(f -> assertThat(f.direction()).isEqualTo(ContactDirection.OUTGOING));
    }

    @Test
    void dialogKeepsAFollowUpWithoutSummaryAndSaysWhy(FxRobot robot) throws Exception {
        waitFor(() -> !view.visibleRows().isEmpty());
        robot.clickOn("Log follow-up");
        waitFor(() -> view.openDialog() != null);
        Dialog<FollowUpForm> dialog = view.openDialog();
        robot.clickOn("#saveFollowUpButton");

        assertThat(dialog.isShowing()).isTrue();
        assertThat(robot.lookup("#followUpProblems").queryAs(Label.class).getText())
                .contains("Write a short summary of the contact.");
        assertThat(fx.session.followUps().list(fx.caseId)).isEmpty();
        robot.interact(dialog::close);
    }

    @Test
    void theFollowUpDialogCannotBeMadeSmallerThanItsFields(FxRobot robot) throws Exception {
        waitFor(() -> !view.visibleRows().isEmpty());
        robot.clickOn("Log follow-up");
        waitFor(() -> view.openDialog() != null && view.openDialog().isShowing());
        Dialog<FollowUpForm> dialog = view.openDialog();
        robot.interact(() -> io.casevault.ui.common.DialogSizes.assertMinimumHoldsTheContent(dialog.getDialogPane()));
        robot.interact(dialog::close);
    }

    @Test
    void overdueFollowUpIsMarkedInRedWithTheDaysOverdueAndOneFollowedUpIsNot(FxRobot robot) throws Exception {
        fx.session.followUps().add(new NewFollowUp(fx.caseId, Instant.parse("2026-11-05T03:00:00Z"), UiFixture.ZONE,
                Channel.EMAIL, ContactDirection.OUTGOING, null, null, "Wrote to support", null,
                LocalDate.of(2026, 11, 12)));
        fx.session.followUps().add(new NewFollowUp(fx.caseId, Instant.parse("2026-11-10T03:00:00Z"), UiFixture.ZONE,
                Channel.HOTLINE, ContactDirection.OUTGOING, null, "H-1", "Hotline promised a callback", null,
                LocalDate.of(2026, 11, 20)));
        robot.interact(() -> view.showCase(fx.caseId));
        waitFor(() -> view.visibleRows().stream().filter(r -> r.kind() == TimelineEvent.Kind.FOLLOWUP).count() == 2);

        TimelineRow overdue = view.visibleRows().stream().filter(r -> r.text().contains("Hotline promised")
                && r.kind() == TimelineEvent.Kind.DEADLINE).findFirst().orElseThrow();
        TimelineRow followedUp = view.visibleRows().stream().filter(r -> r.text().contains("Wrote to support")
                && r.kind() == TimelineEvent.Kind.DEADLINE).findFirst().orElseThrow();
        assertThat(overdue.overdue()).isTrue();
        assertThat(followedUp.overdue()).isFalse(); // the hotline call on the 10th followed it up

        robot.interact(() -> view.list().scrollTo(followedUp));
        WaitForAsyncUtils.waitForFxEvents();
        TimelineCell cell = cellOf(robot, overdue);
        assertThat(cell.getPseudoClassStates()).extracting(Object::toString).contains("overdue");
        assertThat(cell.badgeText()).isEqualTo("5 days overdue");
        assertThat(cell.lookup(".timeline-badge-icon")).isNotNull();
        TimelineCell done = cellOf(robot, followedUp);
        assertThat(done.badgeText()).isEqualTo("done");
        assertThat(done.getPseudoClassStates()).extracting(Object::toString).doesNotContain("overdue");
        TimelineCell today = robot.lookup(".timeline-cell").queryAllAs(TimelineCell.class).stream()
                .filter(c -> c.getItem() != null && c.getItem().today()).findFirst().orElseThrow();
        assertThat(today.getPseudoClassStates()).extracting(Object::toString).contains("today");
        assertThat(today.getItem().text()).isEqualTo("Today");
    }

    private static TimelineCell cellOf(FxRobot robot, TimelineRow row) {
        return robot.lookup(".timeline-cell").queryAllAs(TimelineCell.class).stream()
                .filter(c -> c.getItem() == row).findFirst().orElseThrow();
    }

    @Test
    void aLongFollowUpWrapsInsteadOfScrollingSideways(FxRobot robot) throws Exception {
        String summary = "The hotline agent said the transfer was held for a risk review and would be released "
                + "within three working days, then asked me to send the screenshots of the chat and the bank "
                + "statement again by e-mail, which I did on the same evening";
        fx.session.followUps().add(new NewFollowUp(fx.caseId, Instant.parse("2026-11-24T03:00:00Z"), UiFixture.ZONE,
                Channel.HOTLINE, ContactDirection.INCOMING, null, null, summary, null, null));
        robot.interact(() -> view.showCase(fx.caseId));
        waitFor(() -> view.visibleRows().stream().anyMatch(r -> r.text().contains("risk review")));
        TimelineRow row = view.visibleRows().stream().filter(r -> r.text().contains("risk review")).findFirst()
                .orElseThrow();
        robot.interact(() -> view.list().scrollTo(row));
        WaitForAsyncUtils.waitForFxEvents();

        TimelineCell cell = cellOf(robot, row);
        assertThat(cell.getHeight()).as("the words take several lines").isGreaterThan(50);
        assertThat(cell.getWidth()).isLessThanOrEqualTo(view.list().getWidth());
        assertThat(view.list().lookupAll(".scroll-bar")).noneMatch(b -> b instanceof javafx.scene.control.ScrollBar s
                && s.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && s.isVisible());
    }

    @Test
    void aTimeWithItsZonesOffsetIsShownWholeNotCutShort(FxRobot robot) throws Exception {
        // recorded in Newfoundland: the window (Shanghai) shows it as recorded with "(UTC-3:30)", wider than the
        // 185 px column holds on one line
        fx.session.followUps().add(new NewFollowUp(fx.caseId, Instant.parse("2026-11-24T03:00:00Z"),
                java.time.ZoneId.of("America/St_Johns"), Channel.HOTLINE, ContactDirection.OUTGOING, null, null,
                "Called from London", null, null));
        robot.interact(() -> view.showCase(fx.caseId));
        waitFor(() -> view.visibleRows().stream().anyMatch(r -> r.text().contains("Called from London")));
        TimelineRow row = view.visibleRows().stream().filter(r -> r.text().contains("Called from London"))
                .findFirst().orElseThrow();
        assertThat(row.when()).endsWith("(UTC-3:30)");
        robot.interact(() -> view.list().scrollTo(row));
        WaitForAsyncUtils.waitForFxEvents();

        TimelineCell cell = cellOf(robot, row);
        List<String> shown = new java.util.ArrayList<>();
        robot.interact(() -> cell.lookupAll(".text").forEach(n -> shown.add(((javafx.scene.text.Text) n).getText())));
        assertThat(shown).noneMatch(t -> t.contains("…"));
        assertThat(String.join("", shown).replaceAll("\\s", "")).contains(row.when().replaceAll("\\s", ""));
    }

    @Test
    void kindFilterHidesTransactions(FxRobot robot) throws Exception {
        waitFor(() -> view.visibleRows().stream().anyMatch(r -> r.kind() == TimelineEvent.Kind.TRANSACTION));
        robot.clickOn(view.filter(TimelineEvent.Kind.TRANSACTION));
        assertThat(view.visibleRows()).noneMatch(r -> r.kind() == TimelineEvent.Kind.TRANSACTION)
                .anyMatch(r -> r.kind() == TimelineEvent.Kind.DEADLINE);
    }

    private static int indexOf(List<String> rows, String prefix) {
        return indexOf(rows, prefix, 0);
    }

    private static int indexOf(List<String> rows, String prefix, int from) {
        for (int i = from; i < rows.size(); i++) {
            if (rows.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no row starting with " + prefix + " in " + rows);
    }
}
