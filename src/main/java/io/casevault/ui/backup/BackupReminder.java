package io.casevault.ui.backup;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/** Whether to remind the user to back up: never backed up, or the last backup is older than the chosen days. */
public final class BackupReminder {
    private BackupReminder() {
    }

    /**
     * @param everyDays the preference; 0 turns the reminder off
     * @return empty when no reminder is due, else the age of the last backup in days (-1 when there was none)
     */
    public static OptionalLong due(Optional<Instant> lastBackup, Instant now, int everyDays) {
        if (everyDays <= 0) {
            return OptionalLong.empty();
        }
        if (lastBackup.isEmpty()) {
            return OptionalLong.of(-1);
        }
        long age = Duration.between(lastBackup.get(), now).toDays();
        return age >= everyDays ? OptionalLong.of(age) : OptionalLong.empty();
    }
}
