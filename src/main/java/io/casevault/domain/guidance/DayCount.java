package io.casevault.domain.guidance;

/**
 * How a period is counted: every calendar day, or working days. Working days skip Saturdays and Sundays only; public
 * holidays are not known to CaseVault, so a period that spans one ends a little early and the user may extend it.
 */
public enum DayCount {
    CALENDAR, WORKING
}
