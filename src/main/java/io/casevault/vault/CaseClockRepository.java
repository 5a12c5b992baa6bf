package io.casevault.vault;

import io.casevault.domain.Channel;
import io.casevault.domain.guidance.ClockRule;
import io.casevault.domain.guidance.DayCount;

import java.util.List;

/** The {@code case_clocks} table: the response clocks a case set for itself, one per channel. */
public final class CaseClockRepository {

    public List<ClockRule> listByCase(Db h, long caseId) {
        return h.createQuery("SELECT channel, preset_id, days, day_count FROM case_clocks WHERE case_id = :c"
                        + " ORDER BY channel")
                .bind("c", caseId)
                .map((rs, ctx) -> new ClockRule(Channel.valueOf(rs.getString("channel")), rs.getString("preset_id"),
                        rs.getInt("days"), DayCount.valueOf(rs.getString("day_count"))))
                .list();
    }

    /** Replaces the case's rules with {@code rules}. */
    public void replace(Db h, long caseId, List<ClockRule> rules) {
        h.execute("DELETE FROM case_clocks WHERE case_id = ?", caseId);
        for (ClockRule r : rules) {
            h.execute("INSERT INTO case_clocks (case_id, channel, preset_id, days, day_count) VALUES (?, ?, ?, ?, ?)",
                    caseId, r.channel().name(), r.presetId(), r.days(), r.dayCount().name());
        }
    }
}
