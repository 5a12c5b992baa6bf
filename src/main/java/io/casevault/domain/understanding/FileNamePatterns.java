package io.casevault.domain.understanding;

import io.casevault.domain.understanding.FileNameTime.Exact;
import io.casevault.domain.understanding.FileNameTime.Local;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The file-name patterns {@link FileNameTime} knows, tried in order. */
final class FileNamePatterns {
    /** A file-name pattern and how to read its groups. */
    record NamePattern(Pattern pattern, Function<Matcher, FileNameTime> reader) {
    }

    private static final String DATE = "(?<y>\\d{4})(?<mo>\\d{2})(?<d>\\d{2})";
    private static final String TIME = "(?<h>\\d{2})(?<mi>\\d{2})(?<s>\\d{2})";
    private static final String DASHED = "(?<y>\\d{4})-(?<mo>\\d{2})-(?<d>\\d{2})";
    static final List<NamePattern> ALL = List.of(
            // Android: Screenshot_20261103-143012.png, Screenshot_20261103_143012_WeChat.jpg
            local("Screenshot_" + DATE + "[-_]" + TIME + "(?!\\d)"),
            // MIUI and others: Screenshot_2026-11-03-14-30-12-123_com.eg.android.AlipayGphone.jpg
            local("Screenshot_" + DASHED + "-(?<h>\\d{2})-(?<mi>\\d{2})-(?<s>\\d{2})(?!\\d)"),
            // macOS: Screenshot 2026-11-03 at 14.30.12.png, Screen Shot 2026-11-03 at 2.30.12 PM.png, 截屏...
            twelveHour("(?:Screenshot|Screen Shot|截屏|屏幕快照)\\s*" + DASHED
                    + "\\s*(?:at|于)?\\s*(?<h>\\d{1,2})\\.(?<mi>\\d{2})\\.(?<s>\\d{2})(?:\\s*(?<ampm>[AP]M))?"),
            // Windows 11: 屏幕截图 2026-11-03 143012.png, Screenshot 2026-11-03 143012.png
            local("(?:屏幕截图|Screenshot)\\s*" + DASHED + "\\s+" + TIME + "(?!\\d)"),
            // WeChat: 微信图片_20261103143012.jpg, 微信截图_20261103143012.png
            local("(?:微信图片|微信截图)_" + DATE + TIME + "(?!\\d)"),
            // cameras: IMG_20261103_143012.jpg, IMG20261103143012.jpg, VID_…, MVIMG_…
            local("(?:IMG|VID|MVIMG|PANO)_?" + DATE + "_?" + TIME + "(?!\\d)"),
            // Pixel: PXL_20261103_063012123.jpg, in UTC
            new NamePattern(Pattern.compile("PXL_" + DATE + "_" + TIME + "(?<ms>\\d{3})?(?!\\d)"),
                    m -> new Exact(dateTime(m, Integer.parseInt(m.group("h"))).toInstant(ZoneOffset.UTC)
                            .plusMillis(m.group("ms") == null ? 0 : Long.parseLong(m.group("ms"))))),
            // WeChat exports and camera: mmexport1762151412000.jpg, wx_camera_1762151412000.jpg
            new NamePattern(Pattern.compile("(?:mmexport|wx_camera_)(?<ms>\\d{13})(?!\\d)"),
                    m -> new Exact(Instant.ofEpochMilli(Long.parseLong(m.group("ms"))))));

    private FileNamePatterns() {
    }

    private static NamePattern local(String regex) {
        return new NamePattern(Pattern.compile(regex, Pattern.CASE_INSENSITIVE),
                m -> new Local(dateTime(m, Integer.parseInt(m.group("h")))));
    }

    private static NamePattern twelveHour(String regex) {
        return new NamePattern(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), m -> {
            int hour = Integer.parseInt(m.group("h"));
            String ampm = m.group("ampm");
            if (ampm != null) {
                if (hour < 1 || hour > 12) {
                    throw new DateTimeException("hour " + hour + " with " + ampm);
                }
                hour = hour % 12 + (ampm.equalsIgnoreCase("PM") ? 12 : 0);
            }
            return new Local(dateTime(m, hour));
        });
    }

    private static LocalDateTime dateTime(Matcher m, int hour) {
        return LocalDateTime.of(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("mo")),
                Integer.parseInt(m.group("d")), hour, Integer.parseInt(m.group("mi")),
                Integer.parseInt(m.group("s")));
    }
}
