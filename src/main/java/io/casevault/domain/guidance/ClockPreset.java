package io.casevault.domain.guidance;

import io.casevault.domain.Channel;
import io.casevault.domain.Checks;
import io.casevault.domain.DomainException;

import java.util.List;

/**
 * A common response time: who has to answer within how many days after a contact on one of {@code channels}, in a
 * jurisdiction, with a neutral description in Chinese and English and the rule or page it comes from. Presets are
 * defaults the user can change per case, never statements that a law applies.
 */
public record ClockPreset(String id, List<Channel> channels, String jurisdiction, int days, DayCount dayCount,
                          String labelEn, String labelZh, String descriptionEn, String descriptionZh,
                          String sourceTitle, String sourceTitleZh, String sourceUrl, List<Channel> defaultFor) {

    public ClockPreset {
        id = Checks.required(id, "Preset id");
        channels = List.copyOf(channels);
        if (channels.isEmpty()) {
            throw new DomainException("Preset " + id + " must name at least one channel.");
        }
        jurisdiction = Checks.required(jurisdiction, "Jurisdiction of preset " + id);
        if (days < 1 || days > DeadlineMath.MAX_DAYS) {
            throw new DomainException("Preset " + id + " must have 1 to " + DeadlineMath.MAX_DAYS + " days.");
        }
        Checks.notNull(dayCount, "Day count of preset " + id);
        labelEn = Checks.required(labelEn, "English label of preset " + id);
        labelZh = Checks.required(labelZh, "Chinese label of preset " + id);
        descriptionEn = Checks.required(descriptionEn, "English description of preset " + id);
        descriptionZh = Checks.required(descriptionZh, "Chinese description of preset " + id);
        sourceTitle = Checks.required(sourceTitle, "Source of preset " + id);
        sourceTitleZh = Checks.required(sourceTitleZh, "Chinese source of preset " + id);
        sourceUrl = Checks.optional(sourceUrl);
        defaultFor = List.copyOf(defaultFor);
        if (!channels.containsAll(defaultFor)) {
            throw new DomainException("Preset " + id + " can only be the default for its own channels.");
        }
    }

    public String label(boolean chinese) {
        return chinese ? labelZh : labelEn;
    }

    public String description(boolean chinese) {
        return chinese ? descriptionZh : descriptionEn;
    }

    /** The rule or page the preset comes from, named in the interface's language. */
    public String sourceTitle(boolean chinese) {
        return chinese ? sourceTitleZh : sourceTitle;
    }
}
