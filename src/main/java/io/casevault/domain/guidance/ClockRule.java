package io.casevault.domain.guidance;

import io.casevault.domain.Channel;
import io.casevault.domain.Checks;
import io.casevault.domain.DomainException;

/**
 * The response clock a contact on {@code channel} starts in one case: {@code days} counted as {@code dayCount},
 * taken from a preset ({@code presetId}) or typed by the user ({@code presetId} null). Zero days means no clock.
 */
public record ClockRule(Channel channel, String presetId, int days, DayCount dayCount) {

    public ClockRule {
        Checks.notNull(channel, "Channel");
        presetId = Checks.optional(presetId);
        if (days < 0 || days > DeadlineMath.MAX_DAYS) {
            throw new DomainException("Days for " + channel + " must be 0 to " + DeadlineMath.MAX_DAYS + ", not "
                    + days + ".");
        }
        Checks.notNull(dayCount, "Day count");
    }

    public static ClockRule of(ClockPreset preset, Channel channel) {
        return new ClockRule(channel, preset.id(), preset.days(), preset.dayCount());
    }

    public static ClockRule off(Channel channel) {
        return new ClockRule(channel, null, 0, DayCount.CALENDAR);
    }

    public boolean isOff() {
        return days == 0;
    }

    @Override
    public String toString() {
        return isOff() ? channel + ": off" : channel + ": " + days + " " + dayCount.name().toLowerCase(
                java.util.Locale.ROOT) + " days" + (presetId == null ? "" : " (" + presetId + ")");
    }
}
