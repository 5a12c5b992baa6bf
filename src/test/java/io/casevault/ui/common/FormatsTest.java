package io.casevault.ui.common;

import io.casevault.domain.IncidentDate;
import io.casevault.domain.Money;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {
    private final Formats english = new Formats(Bundles.load(Locale.ENGLISH), Locale.ENGLISH,
            ZoneId.of("Asia/Shanghai"));
    private final Formats chinese = new Formats(Bundles.load(Locale.SIMPLIFIED_CHINESE), Locale.SIMPLIFIED_CHINESE,
            ZoneId.of("Asia/Shanghai"));

    @Test
    void moneyHasTheCurrencyDigitsAndLocaleGrouping() {
        assertThat(english.money(Money.parse("1234.5", "CNY"))).isEqualTo("1,234.50 CNY");
        assertThat(english.money(Money.parse("1500", "JPY"))).isEqualTo("1,500 JPY");
        assertThat(english.money(Money.parse("0.123", "USD"))).isEqualTo("0.123 USD");
        assertThat(chinese.money(Money.parse("1234567.8", "CNY"))).isEqualTo("1,234,567.80 CNY");
        // one Formats keeps a number format per number of digits: the digits of the amounts before carry no further
        assertThat(english.money(Money.parse("7", "JPY"))).isEqualTo("7 JPY");
        assertThat(english.money(Money.parse("7", "USD"))).isEqualTo("7.00 USD");
    }

    @Test
    void daysLeftReadsNaturallyInBothLanguages() {
        assertThat(english.daysLeft(12L)).isEqualTo("12 days left");
        assertThat(english.daysLeft(1L)).isEqualTo("1 day left");
        assertThat(english.daysLeft(0L)).isEqualTo("Due today");
        assertThat(english.daysLeft(-3L)).isEqualTo("Overdue 3 days");
        assertThat(english.daysLeft(null)).isEqualTo("No deadline");
        assertThat(chinese.daysLeft(12L)).isEqualTo("剩余 12 天");
        assertThat(chinese.daysLeft(-3L)).isEqualTo("已逾期 3 天");
        assertThat(chinese.daysLeft(0L)).isEqualTo("今天到期");
    }

    @Test
    void timesAreShownInTheUsersZone() {
        Instant at = Instant.parse("2026-11-03T16:30:00Z");
        assertThat(english.dateTime(at)).isEqualTo("Nov 4, 2026 00:30");
        assertThat(chinese.dateTime(at)).isEqualTo("2026年11月4日 00:30");
    }

    @Test
    void aTimeRecordedInAnotherZoneIsShownAsRecordedWithThatZonesOffset() {
        ZoneId utc = ZoneId.of("UTC");
        Formats onUtcEnglish = new Formats(Bundles.load(Locale.ENGLISH), Locale.ENGLISH, utc);
        Formats onUtcChinese = new Formats(Bundles.load(Locale.SIMPLIFIED_CHINESE), Locale.SIMPLIFIED_CHINESE, utc);
        Instant alipay = Instant.parse("2026-11-03T13:32:00Z"); // 21:32 in China

        assertThat(onUtcEnglish.dateTime(alipay, ZoneId.of("Asia/Shanghai"))).isEqualTo("Nov 3, 2026 21:32 (UTC+8)");
        assertThat(onUtcChinese.dateTime(alipay, ZoneId.of("Asia/Shanghai"))).isEqualTo("2026年11月3日 21:32（UTC+8）");
        // the same offset at that instant, whatever the zone's name: nothing to mark
        assertThat(onUtcEnglish.dateTime(alipay, ZoneId.of("Europe/London"))).isEqualTo("Nov 3, 2026 13:32");
        assertThat(english.dateTime(alipay, ZoneId.of("Asia/Hong_Kong"))).isEqualTo("Nov 3, 2026 21:32");
        assertThat(english.dateTime(alipay, null)).isEqualTo("Nov 3, 2026 21:32");
        // summer time counts at the instant itself
        assertThat(onUtcEnglish.dateTime(Instant.parse("2026-07-01T12:00:00Z"), ZoneId.of("Europe/London")))
                .isEqualTo("Jul 1, 2026 13:00 (UTC+1)");
        assertThat(Formats.offset(alipay, ZoneId.of("Asia/Kolkata"))).isEqualTo("UTC+5:30");
        assertThat(Formats.offset(alipay, ZoneId.of("America/St_Johns"))).isEqualTo("UTC-3:30");
        assertThat(Formats.offset(alipay, utc)).isEqualTo("UTC");
    }

    @Test
    void incidentDatesSayHowSureTheyAre() {
        LocalDate d = LocalDate.of(2026, 11, 3);
        assertThat(english.incident(IncidentDate.around(d))).isEqualTo("around Nov 3, 2026");
        assertThat(english.incident(IncidentDate.range(d, d.plusDays(2)))).isEqualTo("Nov 3, 2026 to Nov 5, 2026");
        assertThat(english.incident(null)).isEqualTo("Not known");
    }
}
