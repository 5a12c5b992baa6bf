package io.casevault.ui.timeline;

import io.casevault.app.VaultSession;
import io.casevault.domain.Case;
import io.casevault.domain.Category;
import io.casevault.domain.Channel;
import io.casevault.domain.ContactDirection;
import io.casevault.domain.IncidentDate;
import io.casevault.domain.NewCase;
import io.casevault.ui.UiFixture;
import io.casevault.ui.ViewModelFixture;
import io.casevault.ui.common.Background;
import io.casevault.ui.shell.CaseHeaderViewModel;
import io.casevault.ui.shell.CaseListViewModel;
import io.casevault.ui.shell.WindowServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A follow-up logged in the timeline tab, wired as the window wires it (the case list is the tab's
 * {@code CaseChanges}): the header's due line and the case list's entry show the new deadline at once.
 */
class FollowUpRefreshesTheWindowTest {
    @TempDir
    Path dir;
    private VaultSession session;
    private CaseListViewModel cases;
    private CaseHeaderViewModel header;
    private TimelineViewModel timeline;
    private Case theCase;

    @BeforeEach
    void openTheWindowsModels() {
        session = VaultSession.create(dir.resolve("vault"), UiFixture.CLOCK);
        theCase = session.cases().create(new NewCase("Frozen wallet", "WeChat Pay", null, Category.FROZEN_ACCOUNT,
                "The wallet was frozen.", null, List.of(), IncidentDate.exact(UiFixture.TODAY), UiFixture.TODAY, 30,
                List.of(), false));
        WindowServices services = new WindowServices(session, UiFixture.CLOCK, UiFixture.ZONE);
        cases = new CaseListViewModel(services.caseList(), ViewModelFixture.TEXTS, ViewModelFixture.FORMATS,
                Background.direct(), new ViewModelFixture.Messages(), UiFixture.CLOCK, UiFixture.ZONE, Runnable::run);
        header = new CaseHeaderViewModel(cases, ViewModelFixture.FORMATS);
        timeline = new TimelineViews(session.timeline(), session.guidance(), session.evidence(), session.followUps(),
                ViewModelFixture.TEXTS, Background.direct(), UiFixture.CLOCK.withZone(UiFixture.ZONE),
                new ViewModelFixture.Messages(), cases).viewModel();
        cases.reload(theCase.id());
        timeline.showCase(theCase.id());
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void aLoggedFollowUpWithANextDateShowsInTheHeaderAndTheListAtOnce() {
        assertThat(header.nextDue().get()).isEmpty();

        timeline.dialogClosed(new FollowUpForm(theCase.id(), Channel.HOTLINE, ContactDirection.OUTGOING,
                UiFixture.TODAY, "09:30", "", "", "Called the hotline", "", UiFixture.TODAY.plusDays(3), List.of()));

        assertThat(header.nextDue().get()).isNotEmpty().contains("3");
        assertThat(cases.dueLine(cases.selected().orElseThrow())).hasValueSatisfying(line ->
                assertThat(line.text()).isEqualTo(header.nextDue().get()));
        assertThat(cases.selected().orElseThrow().followUps()).isEqualTo(1);
        assertThat(cases.selectedId().get()).isEqualTo(theCase.id());
    }
}
