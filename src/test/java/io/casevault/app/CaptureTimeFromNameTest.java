package io.casevault.app;

import io.casevault.TestFiles;
import io.casevault.domain.CaptureSource;
import io.casevault.domain.Evidence;
import io.casevault.domain.NewCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Evidence without EXIF dates takes its capture time from a screenshot-style file name before the file's time. */
class CaptureTimeFromNameTest {
    private static final Instant FILE_TIME = Instant.parse("2026-11-20T08:00:00Z");
    @TempDir
    Path tmp;
    VaultSession session;
    long caseId;

    @BeforeEach
    void open() {
        session = VaultSession.create(tmp.resolve("v"), Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"),
                ZoneOffset.UTC));
        caseId = session.cases().create(new NewCase("截图", "Alipay", null, null, null, null, List.of(), null,
                LocalDate.of(2026, 11, 25), null, null, false)).id();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private Evidence add(String name) throws Exception {
        Path file = TestFiles.png(tmp.resolve("in").resolve(name), 20, 30, name.hashCode());
        Files.setLastModifiedTime(file, FileTime.from(FILE_TIME));
        var outcome = session.evidence().add(caseId, List.of(file), null, Progress.NONE).get(0);
        return ((AddOutcome.Added) outcome).evidence();
    }

    @Test
    void androidScreenshotNameGivesTheCaptureTimeInThisMachinesZone() throws Exception {
        Evidence e = add("Screenshot_20261103-143012.png");
        assertThat(e.captureSource()).isEqualTo(CaptureSource.FILENAME);
        assertThat(e.capturedAt()).isEqualTo(LocalDateTime.of(2026, 11, 3, 14, 30, 12)
                .atZone(ZoneId.systemDefault()).toInstant());
    }

    @Test
    void wechatExportNameGivesTheExactMoment() throws Exception {
        Evidence e = add("mmexport1762151412000.png");
        assertThat(e.captureSource()).isEqualTo(CaptureSource.FILENAME);
        assertThat(e.capturedAt()).isEqualTo(Instant.ofEpochMilli(1762151412000L));
    }

    @Test
    void aNameDatedAfterTheImportFallsBackToTheFilesTime() throws Exception {
        Evidence e = add("Screenshot_20271103-143012.png");
        assertThat(e.captureSource()).isEqualTo(CaptureSource.FILE_TIME);
        assertThat(e.capturedAt()).isEqualTo(FILE_TIME);
    }

    @Test
    void anOrdinaryNameKeepsTheFilesTime() throws Exception {
        Evidence e = add("payment.png");
        assertThat(e.captureSource()).isEqualTo(CaptureSource.FILE_TIME);
    }
}
