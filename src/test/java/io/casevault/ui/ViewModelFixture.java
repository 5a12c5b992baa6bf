package io.casevault.ui;

import io.casevault.app.CaseSummary;
import io.casevault.domain.Case;
import io.casevault.domain.CaseStatus;
import io.casevault.domain.Category;
import io.casevault.domain.IncidentDate;
import io.casevault.domain.Money;
import io.casevault.domain.guidance.Deadline;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.CaseChanges;
import io.casevault.ui.common.Formats;
import io.casevault.ui.common.Notifier;
import io.casevault.ui.common.Texts;
import io.casevault.ui.shell.CaseListViewModel;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the toolkit-free view-model tests share: English texts and formats in the test zone, cases built in one line,
 * and a notifier that keeps every message with its action. The clock is {@link UiFixture#CLOCK}.
 */
public final class ViewModelFixture {
    public static final Texts TEXTS = Texts.of(Locale.ENGLISH);
    public static final Formats FORMATS = new Formats(TEXTS.bundle(), Locale.ENGLISH, UiFixture.ZONE);

    private ViewModelFixture() {
    }

    /** An open case of 300 CNY whose 30-day window started on {@code incident}. */
    public static Case aCase(long id, String title, CaseStatus status, LocalDate incident, boolean sample) {
        return new Case(id, title, "WeChat Pay", "6222000011112222", Category.FROZEN_ACCOUNT, "Frozen.",
                Money.parse("300", "CNY"), List.of("Unfreeze the account"), status, IncidentDate.exact(incident),
                incident, 30, List.of("wallet"), UiFixture.NOW, null, sample);
    }

    /** The case as the list shows it on {@link UiFixture#TODAY}. */
    public static CaseSummary summary(Case c) {
        return new CaseSummary(c, c.daysLeft(UiFixture.TODAY).orElse(null), 0, 0, 0);
    }

    /** A case list over these cases, with no deadlines and no payment matches, loading at once. */
    public static CaseListViewModel caseList(List<CaseSummary> cases) {
        return new CaseListViewModel(new CaseListViewModel.Services() {
            @Override
            public List<CaseSummary> list(LocalDate today) {
                return cases;
            }

            @Override
            public Map<Long, Deadline> nextDeadlines() {
                return Map.of();
            }

            @Override
            public Map<Long, Integer> casesMatching(String text) {
                return Map.of();
            }
        }, TEXTS, FORMATS, Background.direct(), new Messages(), UiFixture.CLOCK, UiFixture.ZONE, Runnable::run);
    }

    /** Every case change a view reports, in order: "changed 7", "records 7", "removed 7", "added 7". */
    public static final class Changes implements CaseChanges {
        public final List<String> events = new CopyOnWriteArrayList<>();

        @Override
        public void caseChanged(long caseId) {
            events.add("changed " + caseId);
        }

        @Override
        public void recordsChanged(long caseId) {
            events.add("records " + caseId);
        }

        @Override
        public void caseRemoved(long caseId) {
            events.add("removed " + caseId);
        }

        @Override
        public void caseAdded(long caseId) {
            events.add("added " + caseId);
        }
    }

    /** Every message shown, in order, with its action. */
    public static final class Messages implements Notifier {
        public record Message(boolean error, String title, String text, String actionText, Runnable action) {
        }

        public final List<Message> all = new CopyOnWriteArrayList<>();

        @Override
        public void info(String title, String message) {
            info(title, message, null, null);
        }

        @Override
        public void info(String title, String message, String actionText, Runnable action) {
            all.add(new Message(false, title, message, actionText, action));
        }

        @Override
        public void error(String title, String message) {
            all.add(new Message(true, title, message, null, null));
        }

        public Message last() {
            return all.get(all.size() - 1);
        }
    }
}
