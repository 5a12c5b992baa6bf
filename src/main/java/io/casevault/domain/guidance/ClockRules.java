package io.casevault.domain.guidance;

import io.casevault.domain.Channel;
import io.casevault.domain.DomainException;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The presets of the catalogue, and the clock rules a case uses: the catalogue's defaults, replaced per channel. */
public final class ClockRules {
    private final List<ClockPreset> presets;

    public ClockRules(List<ClockPreset> presets) {
        this.presets = List.copyOf(presets);
        Map<Channel, String> defaults = new EnumMap<>(Channel.class);
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (ClockPreset p : this.presets) {
            if (!ids.add(p.id())) {
                throw new DomainException("Preset id " + p.id() + " is used twice.");
            }
            for (Channel c : p.defaultFor()) {
                String before = defaults.put(c, p.id());
                if (before != null) {
                    throw new DomainException("Presets " + before + " and " + p.id() + " are both the default for "
                            + c + ".");
                }
            }
        }
    }

    public List<ClockPreset> presets() {
        return presets;
    }

    public Optional<ClockPreset> preset(String id) {
        return presets.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The presets that fit a channel, in catalogue order. */
    public List<ClockPreset> presetsFor(Channel channel) {
        return presets.stream().filter(p -> p.channels().contains(channel)).toList();
    }

    /** The rule of each channel without changes by the user: the default preset, or no clock. */
    public ClockRule defaultRule(Channel channel) {
        return presets.stream().filter(p -> p.defaultFor().contains(channel)).findFirst()
                .map(p -> ClockRule.of(p, channel)).orElse(ClockRule.off(channel));
    }

    /** One rule per channel: the case's own where it set one, else the default. */
    public List<ClockRule> effective(List<ClockRule> stored) {
        Map<Channel, ClockRule> byChannel = new EnumMap<>(Channel.class);
        for (Channel c : Channel.values()) {
            byChannel.put(c, defaultRule(c));
        }
        for (ClockRule r : stored) {
            byChannel.put(r.channel(), r);
        }
        return new ArrayList<>(byChannel.values());
    }
}
