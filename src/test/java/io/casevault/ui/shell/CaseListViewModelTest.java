package io.casevault.ui.shell;

import io.casevault.app.CaseSummary;
import io.casevault.domain.CaseStatus;
import io.casevault.domain.Channel;
import io.casevault.domain.guidance.DayCount;
import io.casevault.domain.guidance.Deadline;
import io.casevault.ui.UiFixture;
import io.casevault.ui.ViewModelFixture;
import io.casevault.ui.common.Background;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.casevault.ui.ViewModelFixture.aCase;
import static io.casevault.ui.ViewModelFixture.summary;
import static org.assertj.core.api.Assertions.assertThat;

/** The case list without the toolkit: loading, selection, search (also by payments), filter and the due line. */
class CaseListViewModelTest {
    private static final LocalDate INCIDENT = UiFixture.TODAY.minusDays(10);

    private final List<CaseSummary> stored = new ArrayList<>(List.of(
            summary(aCase(1, "Frozen wallet", CaseStatus.DRAFT, INCIDENT, false)),
            summary(aCase(2, "Refund missing", CaseStatus.SUBMITTED, INCIDENT, false))));
    private final Map<Long, Deadline> deadlines = new HashMap<>();
    private final Map<String, Map<Long, Integer>> paymentMatches = new HashMap<>();
    private final Map<String, Map<Long, Integer>> screenshotMatches = new HashMap<>();
    private final ViewModelFixture.Messages messages = new ViewModelFixture.Messages();
    private boolean failing;
    /** What the services were asked, in order: "prepare", or "search <text>". */
    private final List<String> asked = new ArrayList<>();

    private final CaseListViewModel model = new CaseListViewModel(new CaseListViewModel.Services() {
        @Override
        public List<CaseSummary> list(LocalDate today) {
            if (failing) {
                throw new IllegalStateException("disk gone");
            }
            return List.copyOf(stored);
        }

        @Override
        public Map<Long, Deadline> nextDeadlines() {
            return Map.copyOf(deadlines);
        }

        @Override
        public Map<Long, Integer> casesMatching(String text) {
            asked.add("search " + text);
            return paymentMatches.getOrDefault(text, Map.of());
        }

        @Override
        public void prepareSearch() {
            asked.add("prepare");
        }

        @Override
        public Map<Long, Integer> casesByScreenshotText(String text) {
            return screenshotMatches.getOrDefault(text, Map.of());
        }
    }, ViewModelFixture.TEXTS, ViewModelFixture.FORMATS, Background.direct(), messages, UiFixture.CLOCK,
            UiFixture.ZONE, Runnable::run);

    private List<String> visibleTitles() {
        return model.visible().stream().map(s -> s.theCase().title()).toList();
    }

    @Test
    void loadingSelectsTheFirstCaseAndKeepsASelectionThatStillExists() {
        model.reload(null);
        assertThat(model.loaded().get()).isTrue();
        assertThat(model.selectedId().get()).isEqualTo(1L);
        model.selectedId().set(2L);
        model.reload(null);
        assertThat(model.selected()).map(s -> s.theCase().title()).contains("Refund missing");
    }

    @Test
    void theSearchMatchesTitlesAndTheStatusFilterNarrowsIt() {
        model.reload(null);
        model.query().set("refund");
        assertThat(visibleTitles()).containsExactly("Refund missing");
        model.query().set("");
        model.statusFilter().set(CaseStatus.DRAFT);
        assertThat(visibleTitles()).containsExactly("Frozen wallet");
    }

    @Test
    void typingGetsTheSearchReadyBeforeItRunsAndClearingTheFieldDoesNot() {
        model.reload(null);
        model.query().set("AB67");
        model.query().set("");
        model.query().set(" ");
        assertThat(asked).containsExactly("prepare", "search AB67");
    }

    @Test
    void aCaseFoundByItsPaymentsIsShownWithItsMatchCountAndSelectedWhenTheSelectedIsHidden() {
        paymentMatches.put("AB678901", Map.of(2L, 1));
        model.reload(1L);
        model.query().set("AB678901");
        assertThat(visibleTitles()).containsExactly("Refund missing");
        assertThat(model.matchLine(2)).isEqualTo("1 matching transaction");
        assertThat(model.matchLine(1)).isNull();
        assertThat(model.selectedId().get()).isEqualTo(2L);
    }

    @Test
    void aCaseFoundByTheTextOfItsScreenshotsSaysHowManyMatch() {
        screenshotMatches.put("22001456789", Map.of(1L, 2));
        paymentMatches.put("22001456789", Map.of(1L, 1));
        screenshotMatches.put("456789", Map.of(2L, 1));
        model.reload(2L);
        model.query().set("22001456789");
        assertThat(visibleTitles()).containsExactly("Frozen wallet");
        assertThat(model.matchLine(1)).isEqualTo("1 matching transaction · 2 matching screenshots");
        model.query().set("456789");
        assertThat(visibleTitles()).containsExactly("Refund missing");
        assertThat(model.matchLine(2)).isEqualTo("1 matching screenshot");
        assertThat(model.matchLine(1)).isNull();
    }

    @Test
    void aSearchUnderWayIsAskedAgainWhenMoreScreenshotsHaveBeenRead() {
        model.reload(1L);
        model.query().set("7F3A-9912");
        assertThat(visibleTitles()).isEmpty();

        screenshotMatches.put("7F3A-9912", Map.of(2L, 1)); // a screenshot of case 2 has just been read
        model.screenshotTextRead();

        assertThat(visibleTitles()).containsExactly("Refund missing");
        assertThat(model.matchLine(2)).isEqualTo("1 matching screenshot");
    }

    @Test
    void anAddedCaseClearsTheSearchAndIsSelected() {
        model.reload(null);
        model.query().set("frozen");
        stored.add(summary(aCase(3, "Stolen account", CaseStatus.DRAFT, INCIDENT, false)));
        model.caseAdded(3);
        assertThat(model.query().get()).isEmpty();
        assertThat(visibleTitles()).hasSize(3);
        assertThat(model.selectedId().get()).isEqualTo(3L);
    }

    @Test
    void aFailedLoadIsReportedInOneSentence() {
        failing = true;
        model.reload(null);
        assertThat(messages.last()).satisfies(m -> {
            assertThat(m.error()).isTrue();
            assertThat(m.title()).isEqualTo("The cases could not be loaded");
            assertThat(m.text()).isEqualTo("disk gone");
        });
        assertThat(model.loaded().get()).isFalse();
    }

    @Test
    void anOverdueResponseClockIsWordedAsTheDueLineButTheComplaintWindowIsNot() {
        deadlines.put(1L, new Deadline(Deadline.Kind.RESPONSE, UiFixture.TODAY.minusDays(13),
                UiFixture.TODAY.minusDays(20), 7, DayCount.CALENDAR, Channel.HOTLINE, 5L, null, "", false));
        deadlines.put(2L, new Deadline(Deadline.Kind.COMPLAINT_WINDOW, UiFixture.TODAY.plusDays(3), INCIDENT, 30,
                DayCount.CALENDAR, null, null, null, "", false));
        model.reload(null);
        assertThat(model.dueLine(model.cases().get(0)))
                .contains(new CaseListViewModel.DueLine("Answer via Hotline: Overdue 13 days", true));
        assertThat(model.dueLine(model.cases().get(1))).isEmpty();
    }
}
