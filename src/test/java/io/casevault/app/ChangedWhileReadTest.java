package io.casevault.app;

import io.casevault.TestFiles;
import io.casevault.domain.NewCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file that changes or disappears after it was read and hashed, before it is recorded, is refused with a sentence
 * and never recorded with a hash it no longer has; the other files still go in. The change is made by a hook at the
 * moment between reading and recording, not by a racing thread.
 */
class ChangedWhileReadTest {
    @TempDir
    Path tmp;
    VaultSession session;
    EvidenceService evidence;
    long caseId;

    @BeforeEach
    void open() {
        session = VaultSession.create(tmp.resolve("v"), Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"),
                ZoneOffset.UTC));
        evidence = session.evidence();
        caseId = session.cases().create(new NewCase("截图", "Alipay", null, null, null, null, List.of("退款"), null,
                LocalDate.of(2026, 11, 25), null, null, false)).id();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void aFileAppendedToAfterItWasReadIsRefusedAndTheOthersGoIn() throws IOException {
        Path growing = TestFiles.png(tmp.resolve("growing.png"), 40, 40, 1);
        Path steady = TestFiles.png(tmp.resolve("steady.png"), 40, 40, 2);
        evidence.beforeRecording(file -> {
            if (file.equals(growing)) {
                append(file, new byte[] {1, 2, 3});
            }
        });

        List<AddOutcome> outcomes = evidence.add(caseId, List.of(growing, steady), null, Progress.NONE);

        assertThat(outcomes.get(0)).isInstanceOf(AddOutcome.Rejected.class);
        assertThat(((AddOutcome.Rejected) outcomes.get(0)).reason().english())
                .isEqualTo("the file changed while it was being read, so it was not recorded; add it again once "
                        + "nothing is writing to it.");
        assertThat(outcomes.get(1)).isInstanceOf(AddOutcome.Added.class);
        assertThat(evidence.list(caseId)).extracting(e -> e.originalName()).containsExactly("steady.png");
        assertThat(stagingFiles()).isEmpty();
        assertThat(session.verify(Progress.NONE).ok()).isTrue();
    }

    @Test
    void aFileReplacedByAnotherAfterItWasReadIsRefused() throws IOException {
        Path shot = TestFiles.png(tmp.resolve("shot.png"), 40, 40, 3);
        Path other = TestFiles.png(tmp.resolve("other.png"), 40, 40, 4);
        evidence.beforeRecording(file -> {
            try { // an editor's save: a new file renamed over the old one
                Files.move(other, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        AddOutcome outcome = evidence.add(caseId, List.of(shot), null, Progress.NONE).get(0);

        assertThat(outcome).isInstanceOf(AddOutcome.Rejected.class);
        assertThat(((AddOutcome.Rejected) outcome).reason().key()).isEqualTo("evidence.changedWhileRead");
        assertThat(evidence.list(caseId)).isEmpty();
    }

    @Test
    void aFileDeletedAfterItWasReadIsRefusedAndAddingItAgainWorks() throws IOException {
        Path shot = TestFiles.png(tmp.resolve("shot.png"), 40, 40, 5);
        byte[] bytes = Files.readAllBytes(shot);
        evidence.beforeRecording(file -> {
            try {
                Files.delete(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        AddOutcome outcome = evidence.add(caseId, List.of(shot), null, Progress.NONE).get(0);

        assertThat(((AddOutcome.Rejected) outcome).reason().english())
                .isEqualTo("the file disappeared after it was read, so it was not recorded; add it again if it still "
                        + "exists.");
        assertThat(evidence.list(caseId)).isEmpty();
        assertThat(stagingFiles()).isEmpty();

        Files.write(shot, bytes);
        evidence.beforeRecording(file -> { });
        assertThat(evidence.add(caseId, List.of(shot), null, Progress.NONE).get(0))
                .isInstanceOf(AddOutcome.Added.class);
        assertThat(evidence.list(caseId)).hasSize(1);
    }

    private List<Path> stagingFiles() throws IOException {
        try (Stream<Path> files = Files.list(tmp.resolve("v").resolve("blobs").resolve("tmp"))) {
            return files.toList();
        }
    }

    private static void append(Path file, byte[] more) {
        try {
            Files.write(file, more, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
