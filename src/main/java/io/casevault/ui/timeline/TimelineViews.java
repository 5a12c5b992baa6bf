package io.casevault.ui.timeline;

import io.casevault.app.CaseTimeline;
import io.casevault.app.EvidenceService;
import io.casevault.app.FollowUpService;
import io.casevault.app.GuidanceService;
import io.casevault.app.MailThreadService.MailConversation;
import io.casevault.app.TimelineService;
import io.casevault.domain.Evidence;
import io.casevault.domain.guidance.Deadline;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.CaseChanges;
import io.casevault.ui.common.FxmlLoaderFactory;
import io.casevault.ui.common.FxmlView;
import io.casevault.ui.common.Notifier;
import io.casevault.ui.common.Texts;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/** Wiring of the timeline tab: the services it reads and writes, handed to its view model, and its controller. */
public final class TimelineViews {
    private final TimelineController.FollowUpDialogs dialogs;
    private final Texts texts;
    private final Supplier<TimelineViewModel> viewModels;
    private Function<Long, List<MailConversation>> conversations = caseId -> List.of();

    /**
     * @param clock   the clock in the user's time zone
     * @param changes told when the tab changed a case (a logged follow-up), so the window's other views refresh
     */
    public TimelineViews(TimelineService timeline, GuidanceService guidance, EvidenceService evidence,
                         FollowUpService followUps, Texts texts, Background background, Clock clock,
                         Notifier notifier, CaseChanges changes) {
        Objects.requireNonNull(timeline);
        Objects.requireNonNull(guidance);
        Objects.requireNonNull(evidence);
        TimelineViewModel.Source source = new TimelineViewModel.Source() {
            @Override
            public CaseTimeline caseTimeline(long caseId, ZoneId zone) {
                return timeline.caseTimeline(caseId, zone);
            }

            @Override
            public List<Deadline> deadlines(long caseId) {
                return guidance.deadlines(caseId);
            }

            @Override
            public List<Evidence> exhibits(long caseId) {
                return evidence.list(caseId);
            }

            @Override
            public List<MailConversation> conversations(long caseId) {
                return conversations.apply(caseId);
            }
        };
        TimelineViewModel.FollowUps writer = followUps::add;
        this.dialogs = (owner, caseId, exhibits, onSaved) -> FollowUpDialog.show(texts, clock, owner, caseId,
                exhibits, onSaved);
        this.texts = Objects.requireNonNull(texts);
        this.viewModels = () -> new TimelineViewModel(source, writer, texts, background, clock, notifier,
                changes);
    }

    /** Shows each e-mail conversation of a case as one expandable group ({@code MailThreadService}). */
    public TimelineViews withMailThreads(Function<Long, List<MailConversation>> threads) {
        this.conversations = Objects.requireNonNull(threads);
        return this;
    }

    /** A view model as the tab gets it (for tests of the wiring). */
    TimelineViewModel viewModel() {
        return viewModels.get();
    }

    public FxmlLoaderFactory register(FxmlLoaderFactory factory) {
        return factory.register(TimelineController.class,
                () -> new TimelineController(viewModels.get(), texts, dialogs));
    }

    /** Registers the controller and loads the tab. */
    public TimelineController load(FxmlLoaderFactory factory) {
        return register(factory).load(FxmlView.TIMELINE).getController();
    }
}
