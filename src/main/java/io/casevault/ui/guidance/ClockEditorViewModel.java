package io.casevault.ui.guidance;

import io.casevault.app.GuidanceTexts;
import io.casevault.domain.Channel;
import io.casevault.domain.guidance.ClockRule;
import io.casevault.domain.guidance.ClockRules;
import io.casevault.domain.guidance.DayCount;
import io.casevault.ui.common.Texts;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The response-times editor: one {@link ClockRowModel} per channel, starting from the case's rule or the default, and
 * what the rule last chosen says and where it comes from. {@link #rules()} is what Save hands back.
 */
public final class ClockEditorViewModel {
    private final Texts texts;
    private final boolean chinese;
    private final List<ClockRowModel> rows = new ArrayList<>();
    private final ReadOnlyStringWrapper about = new ReadOnlyStringWrapper();

    public ClockEditorViewModel(Texts texts, ClockRules catalogue, List<ClockRule> current) {
        this.texts = Objects.requireNonNull(texts);
        this.chinese = GuidanceTexts.of(texts.locale()).chinese();
        for (Channel channel : Channel.values()) {
            ClockRule rule = current.stream().filter(x -> x.channel() == channel).findFirst()
                    .orElse(catalogue.defaultRule(channel));
            rows.add(new ClockRowModel(channel, catalogue, rule));
        }
        about.set(texts.text("deadline.holidays"));
    }

    List<ClockRowModel> rows() {
        return rows;
    }

    /** How a choice reads in the rule list. */
    String choiceLabel(ClockRowModel.Choice c) {
        return switch (c.kind()) {
            case PRESET -> c.preset().label(chinese);
            case CUSTOM -> texts.text("deadline.preset.custom");
            case OFF -> texts.text("deadline.preset.off");
        };
    }

    String countLabel(DayCount count) {
        return texts.text("deadline.count." + count.name());
    }

    String channel(Channel channel) {
        return texts.text("followup.channel." + channel.name());
    }

    /** Shows what a preset says and its source; for "my own days" and "no clock", how working days are counted. */
    void describe(ClockRowModel.Choice c) {
        if (c != null && c.kind() == ClockRowModel.Choice.Kind.PRESET) {
            String url = c.preset().sourceUrl() == null ? "" : "\n" + c.preset().sourceUrl();
            about.set(c.preset().description(chinese) + "\n" + texts.text("guidance.source",
                    c.preset().sourceTitle()) + url);
        } else {
            about.set(texts.text("deadline.holidays"));
        }
    }

    public ReadOnlyStringProperty about() {
        return about.getReadOnlyProperty();
    }

    /** The rules as edited, one per channel. */
    public List<ClockRule> rules() {
        return rows.stream().map(ClockRowModel::toRule).toList();
    }
}
