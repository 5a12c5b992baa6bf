package io.casevault.app;

import io.casevault.SmallDisk;
import io.casevault.TestFiles;
import io.casevault.domain.NewCase;
import io.casevault.vault.Vault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * An add that fills the disk records the files that fit in the order given, however its workers were scheduled: here
 * the files staged ahead are staged last first, so the later files take the room and the first finds the disk full.
 * The first is then staged again once the copies after it are dropped (a real, size-limited tmpfs, which only root
 * can mount; elsewhere the test is skipped).
 */
class AddOrderOnFullDiskTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T02:00:00Z"), ZoneOffset.UTC);
    private static final int FILES = 12;

    @TempDir
    Path tmp;
    AppExecutors executors = AppExecutors.of(2, 1);

    @AfterEach
    void closeExecutors() {
        executors.close();
    }

    /** Holds the tasks handed to it until all {@value #FILES} are, then runs them on the calling thread, last first. */
    private static final class LastFirst implements Executor {
        private final List<Runnable> held = new ArrayList<>();

        @Override
        public void execute(Runnable task) {
            held.add(task);
            if (held.size() == FILES) {
                for (int i = held.size() - 1; i >= 0; i--) {
                    held.get(i).run();
                }
            }
        }
    }

    @Test
    void theFirstFileGoesInWhenTheFilesAfterItTookItsRoom() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(tmp.resolve("disk"), 16)) {
            Path dir = disk.resolve("v");
            long caseId;
            try (VaultSession session = VaultSession.create(dir, CLOCK)) {
                caseId = session.cases().create(new NewCase("磁盘已满", "Alipay", null, null, null, null, List.of(),
                        null, LocalDate.of(2026, 12, 7), null, null, false)).id();
            }
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < FILES; i++) {
                files.add(TestFiles.png(tmp.resolve("in/shot" + i + ".png"), 300, 300, i)); // about 270 kB each
            }
            disk.leave(1_800_000); // room for six

            AddStoppedException stopped = catchThrowableOfType(() -> VaultSession.addEvidence(dir, CLOCK, executors,
                    new LastFirst(), new VaultSession.Add(caseId, files, null, Progress.NONE)),
                    AddStoppedException.class);

            assertThat(stopped).as("the disk filled").isNotNull();
            assertThat(stopped.done()).as("the files recorded, first ones first").isNotEmpty()
                    .allSatisfy(o -> assertThat(o).isInstanceOf(AddOutcome.Added.class));
            for (int i = 0; i < stopped.done().size(); i++) {
                assertThat(stopped.done().get(i).source()).isEqualTo(files.get(i).toString());
            }
            disk.free();
            try (VaultSession session = VaultSession.open(dir, Vault.Access.WRITE, CLOCK)) {
                assertThat(session.verify(Progress.NONE).ok()).isTrue();
                List<AddOutcome> rerun = session.evidence().add(caseId, files, null, Progress.NONE);
                assertThat(rerun).hasSize(FILES);
                assertThat(rerun.subList(0, stopped.done().size())).allSatisfy(o -> assertThat(o)
                        .isInstanceOf(AddOutcome.AlreadyPresent.class));
            }
        }
    }

}
