package io.casevault.ui.guidance;

import io.casevault.app.GuidanceService;
import io.casevault.app.GuidanceTexts;
import io.casevault.ui.common.Formats;
import io.casevault.ui.common.Tasks;
import io.casevault.ui.common.UiContext;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** The notice at start-up: every deadline of an open case that has come and is not met, a line each. */
public final class DueNotice {
    /** More lines than this do not fit a notification; the rest is counted. */
    static final int MAX_LINES = 5;

    private DueNotice() {
    }

    /** Looks for due deadlines in the background and, when there are any, tells the user. */
    public static void show(UiContext ctx) {
        LocalDate today = LocalDate.now(ctx.clock().withZone(ctx.zone()));
        GuidanceTexts texts = GuidanceTexts.of(ctx.locale());
        Formats formats = Formats.of(ctx);
        Tasks.create(() -> ctx.session().guidance().due(today))
                .onSuccess(items -> {
                    if (!items.isEmpty()) {
                        ctx.notifier().info(ctx.text("startup.due.title", items.size()),
                                message(ctx, texts, formats, items, today));
                    }
                })
                .onError(e -> ctx.notifier().error(ctx.text("startup.due.failed"), ctx.describe(e)))
                .run(ctx);
    }

    static String message(UiContext ctx, GuidanceTexts texts, Formats formats, List<GuidanceService.DueItem> items,
                          LocalDate today) {
        String lines = items.stream().limit(MAX_LINES).map(i -> ctx.text("startup.due.line", i.caseTitle(),
                texts.label(i.deadline()), formats.daysLeft(i.deadline().daysLeft(today))))
                .collect(Collectors.joining("\n"));
        return items.size() > MAX_LINES ? lines + "\n" + ctx.text("startup.due.more", items.size() - MAX_LINES)
                : lines;
    }
}
