package io.casevault.ui;

import io.casevault.app.VaultSession;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.FxmlLoaderFactory;
import io.casevault.ui.common.UiContext;
import io.casevault.ui.evidence.EvidenceController;
import io.casevault.ui.evidence.EvidenceViews;
import io.casevault.ui.timeline.TimelineController;
import io.casevault.ui.timeline.TimelineViews;

/**
 * The evidence and timeline tabs built from the old context, as {@code MainApp} builds them until the window's
 * composition root does: for tests and benchmarks that hand the shell a view factory, or hold only a context.
 */
public final class CaseTabs {
    private CaseTabs() {
    }

    public static EvidenceController evidence(UiContext ctx, Background background) {
        VaultSession s = ctx.session();
        return new EvidenceViews(s.evidence(), s.mail(), s.transactions(), s.followUps(), s.thumbnails(),
                s.lookAlikes(), s.recognition(), ctx.texts(), background, ctx.clock().withZone(ctx.zone()), ctx.notifier())
                .withSuggestions(s.suggestions(), new ViewModelFixture.Changes())
                .load(new FxmlLoaderFactory(ctx.bundle()));
    }

    public static TimelineController timeline(UiContext ctx, Background background) {
        VaultSession s = ctx.session();
        return new TimelineViews(s.timeline(), s.guidance(), s.evidence(), s.followUps(),
                ctx.texts(), background, ctx.clock().withZone(ctx.zone()),
                ctx.notifier(), new ViewModelFixture.Changes()).withMailThreads(s.mailThreads()::conversations)
                .load(new FxmlLoaderFactory(ctx.bundle()));
    }
}
