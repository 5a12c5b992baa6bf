package io.casevault.domain.understanding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class TimeFinderTest {

    private static List<ShownTime> times(String line, Integer year) {
        return TimeFinder.find(LineText.of(line).text(), year).stream().map(Hit::value).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2026-11-03 14:30:12               | 2026-11-03T14:30:12 | SECOND",
        "创建时间 2026-11-03 14:30:12        | 2026-11-03T14:30:12 | SECOND",
        "2026-11-0314:30:12                | 2026-11-03T14:30:12 | SECOND",
        "2026/11/03 14:30                  | 2026-11-03T14:30    | MINUTE",
        "2026/11/3 14:30                   | 2026-11-03T14:30    | MINUTE",
        "2026.11.03                        | 2026-11-03T00:00    | DAY",
        "2026年11月3日 14:30                | 2026-11-03T14:30    | MINUTE",
        "2026年11月3日14:30:12              | 2026-11-03T14:30:12 | SECOND",
        "2026年11月03日                     | 2026-11-03T00:00    | DAY",
        "2026年11月3日 下午2:30              | 2026-11-03T14:30    | MINUTE",
        "2026年11月3日 上午12:05             | 2026-11-03T00:05    | MINUTE",
        "11月3日 14:30                      | 2026-11-03T14:30    | MINUTE",
        "11月3日                            | 2026-11-03T00:00    | DAY",
        "Nov 3, 2026, 2:30 PM              | 2026-11-03T14:30    | MINUTE",
        "Nov 3, 2026 at 2:30:12 am         | 2026-11-03T02:30:12 | SECOND",
        "November 3, 2026                  | 2026-11-03T00:00    | DAY",
        "Sept 30 2026 12:00 PM             | 2026-09-30T12:00    | MINUTE",
        "3 Nov 2026 14:30                  | 2026-11-03T14:30    | MINUTE",
        "03 November 2026                  | 2026-11-03T00:00    | DAY",
        "3Nov2026 14:30                    | 2026-11-03T14:30    | MINUTE",
        "15 0ct 2024 14:27                 | 2024-10-15T14:27    | MINUTE",
        "0ct 15, 2024, 2:27 PM             | 2024-10-15T14:27    | MINUTE",
        "03.11.2026                        | 2026-11-03T00:00    | DAY",
        "03.11.2026 14:30                  | 2026-11-03T14:30    | MINUTE",
        "２０２６－１１－０３　１４：３０     | 2026-11-03T14:30    | MINUTE",
        "2024-02-29 23:59:59               | 2024-02-29T23:59:59 | SECOND",
    })
    void readsDatesAndTimesWithTheirPrecision(String line, String at, ShownTime.Precision precision) {
        assertThat(times(line, 2026)).containsExactly(new ShownTime(LocalDateTime.parse(at), precision));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2026-13-03 14:30", "2026-02-30", "2025-02-29", "32.11.2026", "Nov 31, 2026", "14:30",
        "14:35 4G 85%", "1889-11-03", "订单号 2026110322001456789", "2026110314301200", "¥2,026.11"})
    void impossibleDatesAndBareClocksAreNotRead(String line) {
        assertThat(times(line, 2026)).isEmpty();
    }

    @Test
    void aDateWithoutYearNeedsTheYearFromTheCaller() {
        assertThat(times("11月3日 14:30", null)).isEmpty();
        assertThat(times("11月3日 14:30", 2025)).containsExactly(
                new ShownTime(LocalDateTime.of(2025, 11, 3, 14, 30), ShownTime.Precision.MINUTE));
    }

    @Test
    void anImpossibleClockStillLeavesTheDay() {
        assertThat(times("2026-11-03 25:61", 2026)).containsExactly(ShownTime.day(LocalDate.of(2026, 11, 3)));
    }

    /** Seeded: random moments written in every format read back to the precision the format shows. */
    @Test
    void randomMomentsInEveryFormatReadBack() {
        Random random = new Random(1103);
        for (int i = 0; i < 3_000; i++) {
            LocalDateTime at = LocalDateTime.of(2000 + random.nextInt(60), 1 + random.nextInt(12), 1, 0, 0)
                    .plusDays(random.nextInt(28)).withHour(random.nextInt(24)).withMinute(random.nextInt(60))
                    .withSecond(random.nextInt(60));
            TimeStyle style = TimeStyle.values()[random.nextInt(TimeStyle.values().length)];
            ShownTime expected = style.shown(at);
            String line = style.write(at, random);
            assertThat(times(line, at.getYear())).as(line).containsExactly(expected);
        }
    }
}
