-- Response clocks a case uses instead of the bundled presets' defaults: one row per channel the user changed.
-- days = 0 means no clock for that channel; preset_id is null when the user typed the days.
CREATE TABLE case_clocks (
    case_id   INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    channel   TEXT    NOT NULL,
    preset_id TEXT,
    days      INTEGER NOT NULL CHECK (days BETWEEN 0 AND 3650),
    day_count TEXT    NOT NULL CHECK (day_count IN ('CALENDAR', 'WORKING')),
    PRIMARY KEY (case_id, channel)
);
