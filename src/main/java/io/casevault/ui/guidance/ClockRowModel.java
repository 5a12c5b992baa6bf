package io.casevault.ui.guidance;

import io.casevault.domain.Channel;
import io.casevault.domain.guidance.ClockPreset;
import io.casevault.domain.guidance.ClockRule;
import io.casevault.domain.guidance.ClockRules;
import io.casevault.domain.guidance.DayCount;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.ArrayList;
import java.util.List;

/**
 * One channel's response clock in the editor: a preset, the user's own days, or no clock. Choosing a preset fills
 * in its days and day count; changing those afterwards makes the clock the user's own. Never touches controls.
 */
final class ClockRowModel {
    /** An entry of the preset list: a preset, "custom" or "no clock". */
    record Choice(Kind kind, ClockPreset preset) {
        enum Kind { PRESET, CUSTOM, OFF }

        static final Choice CUSTOM = new Choice(Kind.CUSTOM, null);
        static final Choice OFF = new Choice(Kind.OFF, null);
    }

    private final Channel channel;
    private final List<Choice> choices;
    private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>();
    private final IntegerProperty days = new SimpleIntegerProperty();
    private final ObjectProperty<DayCount> dayCount = new SimpleObjectProperty<>();
    private boolean applying;

    ClockRowModel(Channel channel, ClockRules catalogue, ClockRule current) {
        this.channel = channel;
        List<Choice> list = new ArrayList<>();
        catalogue.presetsFor(channel).forEach(p -> list.add(new Choice(Choice.Kind.PRESET, p)));
        list.add(Choice.CUSTOM);
        list.add(Choice.OFF);
        this.choices = List.copyOf(list);
        days.set(current.isOff() ? 7 : current.days());
        dayCount.set(current.dayCount());
        choice.set(current.isOff() ? Choice.OFF : current.presetId() == null ? Choice.CUSTOM
                : choices.stream().filter(c -> c.preset() != null && c.preset().id().equals(current.presetId()))
                .findFirst().orElse(Choice.CUSTOM));
        choice.addListener((o, a, c) -> {
            if (c != null && c.kind() == Choice.Kind.PRESET) {
                applying = true;
                days.set(c.preset().days());
                dayCount.set(c.preset().dayCount());
                applying = false;
            }
        });
        days.addListener((o, a, b) -> ownValues());
        dayCount.addListener((o, a, b) -> ownValues());
    }

    /** Days or day count that differ from the chosen preset make the clock the user's own. */
    private void ownValues() {
        Choice c = choice.get();
        if (!applying && c != null && c.kind() == Choice.Kind.PRESET
                && (c.preset().days() != days.get() || c.preset().dayCount() != dayCount.get())) {
            choice.set(Choice.CUSTOM);
        }
    }

    Channel channel() {
        return channel;
    }

    List<Choice> choices() {
        return choices;
    }

    ObjectProperty<Choice> choice() {
        return choice;
    }

    IntegerProperty days() {
        return days;
    }

    ObjectProperty<DayCount> dayCount() {
        return dayCount;
    }

    ClockRule toRule() {
        return switch (choice.get().kind()) {
            case OFF -> ClockRule.off(channel);
            case PRESET -> ClockRule.of(choice.get().preset(), channel);
            case CUSTOM -> new ClockRule(channel, null, days.get(), dayCount.get());
        };
    }
}
