package io.casevault.ui.guidance;

import io.casevault.app.GuidanceService;
import io.casevault.app.GuidanceTexts;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.Formats;
import io.casevault.ui.common.Notifier;
import io.casevault.ui.common.Tasks;
import io.casevault.ui.common.Texts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** The notice at start-up: every deadline of an open case that has come and is not met, a line each. */
public final class DueNotice {
    /** More lines than this do not fit a notification; the rest is counted. */
    static final int MAX_LINES = 5;

    /** The deadlines of open cases due on or before a day and not met. */
    @FunctionalInterface
    public interface Source {
        List<GuidanceService.DueItem> due(LocalDate today);
    }

    private final Source source;
    private final Texts texts;
    private final Formats formats;
    private final Background background;
    private final Notifier notifier;
    private final Clock clock;
    private final ZoneId zone;

    public DueNotice(Source source, Texts texts, Formats formats, Background background, Notifier notifier,
                     Clock clock, ZoneId zone) {
        this.source = Objects.requireNonNull(source);
        this.texts = Objects.requireNonNull(texts);
        this.formats = Objects.requireNonNull(formats);
        this.background = Objects.requireNonNull(background);
        this.notifier = Objects.requireNonNull(notifier);
        this.clock = Objects.requireNonNull(clock);
        this.zone = Objects.requireNonNull(zone);
    }

    /** Looks for due deadlines in the background and, when there are any, tells the user. */
    public void show() {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        GuidanceTexts guidanceTexts = GuidanceTexts.of(texts.locale());
        Tasks.create(() -> source.due(today))
                .onSuccess(items -> {
                    if (!items.isEmpty()) {
                        notifier.info(texts.text("startup.due.title", items.size()),
                                message(guidanceTexts, items, today));
                    }
                })
                .onError(e -> notifier.error(texts.text("startup.due.failed"), texts.describe(e)))
                .run(background);
    }

    private String message(GuidanceTexts guidanceTexts, List<GuidanceService.DueItem> items, LocalDate today) {
        String lines = items.stream().limit(MAX_LINES).map(i -> texts.text("startup.due.line", i.caseTitle(),
                guidanceTexts.label(i.deadline()), formats.daysLeft(i.deadline().daysLeft(today))))
                .collect(Collectors.joining("\n"));
        return items.size() > MAX_LINES ? lines + "\n" + texts.text("startup.due.more", items.size() - MAX_LINES)
                : lines;
    }
}
