package io.casevault.domain.understanding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class FileNameTimeTest {
    private static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Screenshot_20261103-143012.png                                  | 2026-11-03T14:30:12",
        "Screenshot_20261103_143012_WeChat.jpg                           | 2026-11-03T14:30:12",
        "Screenshot_2026-11-03-14-30-12-123_com.eg.android.AlipayGphone.jpg | 2026-11-03T14:30:12",
        "Screenshot_2026-11-03-14-30-12.png                              | 2026-11-03T14:30:12",
        "Screenshot 2026-11-03 at 14.30.12.png                           | 2026-11-03T14:30:12",
        "Screen Shot 2026-11-03 at 2.30.12 PM.png                        | 2026-11-03T14:30:12",
        "Screen Shot 2026-11-03 at 12.05.00 AM.png                       | 2026-11-03T00:05:00",
        "截屏2026-11-03 14.30.12.png                                     | 2026-11-03T14:30:12",
        "屏幕截图 2026-11-03 143012.png                                   | 2026-11-03T14:30:12",
        "Screenshot 2026-11-03 143012.png                                | 2026-11-03T14:30:12",
        "微信图片_20261103143012.jpg                                      | 2026-11-03T14:30:12",
        "微信图片_20261103143012_2.jpg                                    | 2026-11-03T14:30:12",
        "IMG_20261103_143012.jpg                                         | 2026-11-03T14:30:12",
        "IMG20261103143012.jpg                                           | 2026-11-03T14:30:12",
        "img_20261103_143012_1.JPG                                       | 2026-11-03T14:30:12",
    })
    void readsTheDevicesWallClockTimeFromCommonNames(String name, String at) {
        assertThat(FileNameTime.parse(name, NOW)).hasValue(new FileNameTime.Local(LocalDateTime.parse(at)));
    }

    @Test
    void pixelNamesAreUtcAndWechatExportsAreEpochMilliseconds() {
        assertThat(FileNameTime.parse("PXL_20261103_063012123.jpg", NOW))
                .hasValue(new FileNameTime.Exact(Instant.parse("2026-11-03T06:30:12.123Z")));
        assertThat(FileNameTime.parse("mmexport1762151412000.jpg", NOW))
                .hasValue(new FileNameTime.Exact(Instant.parse("2025-11-03T06:30:12Z")));
        assertThat(FileNameTime.parse("wx_camera_1762151412000.jpg", NOW))
                .hasValue(new FileNameTime.Exact(Instant.ofEpochMilli(1762151412000L)));
    }

    @Test
    void anExactTimeIgnoresTheZoneAndALocalOneTakesIt() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        assertThat(FileNameTime.parse("Screenshot_20261103-143012.png", NOW).orElseThrow().toInstant(shanghai))
                .isEqualTo(Instant.parse("2026-11-03T06:30:12Z"));
        assertThat(FileNameTime.parse("mmexport1762151412000.jpg", NOW).orElseThrow().toInstant(shanghai))
                .isEqualTo(Instant.parse("2025-11-03T06:30:12Z"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Screenshot_20261303-143012.png", "Screenshot_20260230-143012.png",
        "Screenshot_20261103-253012.png", "IMG_20261103_146112.jpg", "mmexport0000000000000.jpg",
        "mmexport0000000001000.jpg", "Screenshot_19700101-000000.png", "Screenshot_20991103-143012.png",
        "mmexport4102444800000.jpg", "Screen Shot 2026-11-03 at 13.30.12 PM.png", "payment.png", "IMG_1234.JPG",
        "Screenshot_202611031430.png", "my Screenshot_20261103-143012.png", "mmexport176215141200.jpg"})
    void impossiblePastFutureOrUnknownNamesGiveNoTime(String name) {
        assertThat(FileNameTime.parse(name, NOW)).isEmpty();
    }

    @Test
    void aNameUpToADayAheadIsAcceptedForZonesAheadOfThisClock() {
        assertThat(FileNameTime.parse("Screenshot_20261125-200000.png", NOW)).isPresent();
        assertThat(FileNameTime.parse("Screenshot_20261127-200000.png", NOW)).isEmpty();
    }

    /** Seeded: every valid moment written in every pattern reads back. */
    @Test
    void randomMomentsInEveryPatternReadBack() {
        Random random = new Random(143012);
        String[] patterns = {"'Screenshot_'yyyyMMdd-HHmmss'.png'",
            "'Screenshot_'yyyy-MM-dd-HH-mm-ss'-123_com.tencent.mm.jpg'",
            "'Screenshot 'yyyy-MM-dd' at 'HH.mm.ss'.png'", "'屏幕截图 'yyyy-MM-dd HHmmss'.png'",
            "'微信图片_'yyyyMMddHHmmss'.jpg'", "'IMG_'yyyyMMdd_HHmmss'.jpg'"};
        for (int i = 0; i < 2_000; i++) {
            LocalDateTime at = LocalDateTime.of(2000, 1, 1, 0, 0)
                    .plusSeconds((long) (random.nextDouble() * 26 * 365 * 86400));
            String name = at.format(DateTimeFormatter.ofPattern(patterns[random.nextInt(patterns.length)]));
            assertThat(FileNameTime.parse(name, NOW)).as(name).hasValue(new FileNameTime.Local(at));
        }
    }
}
