package io.casevault.app;

import io.casevault.SmallDisk;
import io.casevault.TestFiles;
import io.casevault.domain.Evidence;
import io.casevault.domain.NewCase;
import io.casevault.domain.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A full disk under the thumbnail cache pauses thumbnails with one sentence; nothing crashes, none is given up. */
class ThumbnailDiskFullTest {
    @TempDir
    Path tmp;

    @Test
    void aFullCacheDiskPausesThumbnailsAndTheyAreMadeOnceThereIsSpace() throws Exception {
        try (VaultSession session = VaultSession.create(tmp.resolve("v"), Clock.fixed(
                Instant.parse("2026-11-25T02:00:00Z"), ZoneOffset.UTC));
             SmallDisk disk = SmallDisk.mount(tmp.resolve("disk"), 1)) {
            long caseId = session.cases().create(new NewCase("Refund", "Alipay", null, null, null, null, List.of(),
                    null, LocalDate.of(2026, 11, 25), null, null, false)).id();
            Evidence shot = ((AddOutcome.Added) session.evidence().add(caseId,
                    List.of(TestFiles.png(tmp.resolve("shot.png"), 600, 600, 7)), null, Progress.NONE).get(0))
                    .evidence();
            Path blobs = tmp.resolve("v").resolve("blobs").resolve("sha256");
            Path cache = disk.resolve("cache");
            ThumbnailService thumbs = new ThumbnailService(cache,
                    sha -> blobs.resolve(sha.substring(0, 2)).resolve(sha), Runnable::run, 1, Duration.ofMillis(300));
            List<Reason> told = new java.util.concurrent.CopyOnWriteArrayList<>();
            thumbs.onPause(told::add);
            disk.leave(0);

            assertThat(thumbs.thumbnail(shot, ThumbnailService.GRID).get(20, TimeUnit.SECONDS)).isEmpty();
            assertThat(thumbs.thumbnail(shot, ThumbnailService.PREVIEW).get(20, TimeUnit.SECONDS)).isEmpty();
            assertThat(told).as("the window is told once").hasSize(1);
            assertThat(thumbs.paused()).map(Reason::english).contains("Thumbnails are paused: the disk holding "
                    + cache.resolve("thumbs") + " is full; they are made once there is space again");
            assertThat(filesIn(cache.resolve("thumbs"))).isEmpty();

            disk.free();
            Thread.sleep(400); // the pause is over
            Optional<Path> made = thumbs.thumbnail(shot, ThumbnailService.GRID).get(20, TimeUnit.SECONDS);
            assertThat(made).isPresent();
            assertThat(Files.size(made.get())).isPositive();
            assertThat(thumbs.paused()).isEmpty();
            assertThat(filesIn(cache.resolve("thumbs"))).containsExactly(made.get().getFileName().toString());
        }
    }

    private static List<String> filesIn(Path dir) throws java.io.IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
