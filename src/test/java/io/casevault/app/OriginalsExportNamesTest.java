package io.casevault.app;

import io.casevault.domain.CaptureSource;
import io.casevault.domain.Evidence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class OriginalsExportNamesTest {
    private static final String HOSTILE = "\\/:*?\"<>|\u0000\u001f\t\n. ";
    private static final String[] PIECES = {"截图", "screenshot", "Chat", "CON", "付款 ", "e\u0301", "😀", ".", " ",
        "2026-11-03", "..", "收据", "a".repeat(40), "长".repeat(30)};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void generatedNamesAreSafeOnEverySystemAndUnique(long seed) {
        Random r = new Random(seed);
        List<Evidence> exhibits = new ArrayList<>();
        int count = 1 + r.nextInt(120);
        for (int i = 1; i <= count; i++) {
            StringBuilder name = new StringBuilder();
            for (int p = r.nextInt(8); p >= 0; p--) {
                name.append(r.nextInt(3) == 0 ? String.valueOf(HOSTILE.charAt(r.nextInt(HOSTILE.length())))
                        : PIECES[r.nextInt(PIECES.length)]);
            }
            name.append(r.nextBoolean() ? ".png" : r.nextBoolean() ? ".JPG" : "");
            exhibits.add(evidence(i, name.toString().isBlank() ? "x" : name.toString()));
        }

        Map<Evidence, String> names = OriginalsExportNames.of(exhibits, count);

        Set<String> seen = new HashSet<>();
        int width = Math.max(2, String.valueOf(count).length());
        for (Evidence e : exhibits) {
            String n = names.get(e);
            assertThat(n).doesNotContainPattern("[\\\\/:*?\"<>|\\p{Cntrl}]").doesNotEndWith(".").doesNotEndWith(" ");
            assertThat(n.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
            assertThat(n).startsWith("E-" + String.format("%0" + width + "d", e.exhibitNo()));
            assertThat(Normalizer.isNormalized(n, Normalizer.Form.NFC)).isTrue();
            assertThat(seen.add(n.toLowerCase(Locale.ROOT))).as("unique ignoring case: %s", n).isTrue();
            if (e.originalName().endsWith(".png")) {
                assertThat(n).endsWith(".png");
            }
        }
        assertThat(seen).doesNotContain("sha256sums");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "E-03|screenshot-name.png|E-03 screenshot-name.png",
        "E-03|CON|E-03 CON",
        "E-03|a:b*c?.png|E-03 a_b_c_.png",
        "E-03|notes. . .|E-03 notes",
        "E-03|C:\\Users\\me\\pay.png|E-03 pay.png",
        "E-03|.hidden|E-03 .hidden",
    })
    void aNameIsTheExhibitThenTheSafeOriginalName(String prefix, String original, String expected) {
        assertThat(OriginalsExportNames.name(prefix, original)).isEqualTo(expected);
    }

    private static Evidence evidence(int no, String name) {
        String hash = String.format("%064x", no);
        return new Evidence(no, 1, hash, name, "image/png", 10, null, null, 1, null, CaptureSource.IMPORT_TIME,
                Instant.EPOCH, null, List.of(), no, null);
    }
}
