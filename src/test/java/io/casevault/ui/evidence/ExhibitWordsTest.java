package io.casevault.ui.evidence;

import io.casevault.domain.Channel;
import io.casevault.domain.ContactDirection;
import io.casevault.domain.Direction;
import io.casevault.domain.FollowUp;
import io.casevault.domain.Money;
import io.casevault.domain.Transaction;
import io.casevault.domain.TransactionSource;
import io.casevault.ui.common.Texts;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The rows an exhibit can be linked to, as the details list them, without the toolkit. */
class ExhibitWordsTest {
    private static final Instant PAID = Instant.parse("2026-11-03T13:32:00Z");

    @Test
    void aLinkableRowRecordedInChinaTimeReadsAsRecordedWithItsZoneOnAComputerInUtc() {
        Transaction alipay = new Transaction(1, 1, PAID, ZoneId.of("Asia/Shanghai"), Money.parse("88.00", "CNY"),
                Direction.OUT, "淘宝", null, null, null, null, null, TransactionSource.MANUAL, PAID, null);
        FollowUp call = new FollowUp(2, 1, PAID, ZoneId.of("UTC"), Channel.HOTLINE, ContactDirection.OUTGOING, null,
                null, "Asked for the refund", null, null, PAID, null);

        ExhibitWords chinese = new ExhibitWords(Texts.of(Locale.SIMPLIFIED_CHINESE), ZoneId.of("UTC"));

        assertThat(chinese.describe(alipay)).startsWith("2026年11月3日 21:32（UTC+8）").contains("淘宝");
        assertThat(chinese.describe(call)).startsWith("2026年11月3日 13:32  ").doesNotContain("UTC");
        ExhibitWords inChina = new ExhibitWords(Texts.of(Locale.SIMPLIFIED_CHINESE), ZoneId.of("Asia/Shanghai"));
        assertThat(inChina.describe(alipay)).startsWith("2026年11月3日 21:32  ");
        assertThat(inChina.describe(call)).startsWith("2026年11月3日 13:32（UTC）");
    }
}
