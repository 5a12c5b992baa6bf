package io.casevault.app;

import io.casevault.domain.Channel;
import io.casevault.domain.MessagePatterns;
import io.casevault.domain.guidance.Deadline;
import io.casevault.domain.guidance.NextStep;
import io.casevault.domain.guidance.Readiness;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The guidance's words in Chinese or English, from {@code io/casevault/app/guidance*.properties}: shared by the
 * window, the command line, the letter and the calendar, so a step reads the same everywhere.
 */
public final class GuidanceTexts {
    private final ResourceBundle bundle;
    private final MessagePatterns messages;
    private final boolean chinese;

    private GuidanceTexts(boolean chinese) {
        this.chinese = chinese;
        Locale locale = chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        // no fallback to the machine's locale: English stays English on a Chinese system
        this.bundle = ResourceBundle.getBundle("io.casevault.app.guidance", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.messages = new MessagePatterns(bundle::getString, locale);
    }

    public static GuidanceTexts of(ExportOptions.Language language) {
        return new GuidanceTexts(language == ExportOptions.Language.ZH);
    }

    /** Chinese for any Chinese locale, English otherwise. */
    public static GuidanceTexts of(Locale locale) {
        return new GuidanceTexts("zh".equals(locale.getLanguage()));
    }

    public boolean chinese() {
        return chinese;
    }

    public String text(String key, Object... args) {
        return messages.format(key, args);
    }

    public String step(NextStep s) {
        return text("step." + s.step().name());
    }

    public String reason(NextStep s) {
        return text("reason." + s.reason().name(), s.date() == null ? "" : s.date().toString(),
                s.channel() == null ? "" : channel(s.channel()), s.days() == null ? 0 : s.days());
    }

    public String channel(Channel c) {
        return text("channel." + c.name());
    }

    public String label(Deadline d) {
        return switch (d.kind()) {
            case COMPLAINT_WINDOW -> text("deadline.COMPLAINT_WINDOW", d.days());
            case RESPONSE -> text("deadline.RESPONSE", d.days(), channel(d.channel()),
                    text("deadline.dayCount." + d.dayCount().name()));
            case FOLLOW_UP -> text("deadline.FOLLOW_UP", d.subject());
        };
    }

    /** The rule a response clock comes from, or "no fixed rule". */
    public String source(Deadline d) {
        return d.preset() == null ? text("deadline.noSource") : d.preset().sourceTitle(chinese());
    }

    public String check(Readiness.Item item) {
        return text("check." + item.name());
    }

    public String level(Readiness.Level level) {
        return text("level." + level.name());
    }

    public String point(Readiness.Point p) {
        return text("point." + p.kind().name(), p.count());
    }
}
