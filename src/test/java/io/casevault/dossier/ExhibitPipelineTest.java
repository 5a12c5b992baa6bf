package io.casevault.dossier;

import io.casevault.domain.BlobSource;
import io.casevault.domain.CaptureSource;
import io.casevault.domain.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** How far ahead of the page writer exhibits are prepared, and in which order they are handed over. */
class ExhibitPipelineTest {
    @TempDir
    Path tmp;

    /** An executor that only records what it is given, so the test sees how many were started. */
    static final class Recording implements java.util.concurrent.Executor {
        final List<Runnable> started = new ArrayList<>();

        @Override
        public void execute(Runnable task) {
            started.add(task);
        }
    }

    private List<ExhibitInput> notes(int count, long size) throws IOException {
        Files.writeString(tmp.resolve("note.txt"), "a note");
        return IntStream.rangeClosed(1, count).mapToObj(n -> new ExhibitInput(new Evidence(n, 1, "%064x".formatted(n),
                "note-" + n + ".txt", "text/plain", size, null, null, 1, null, CaptureSource.IMPORT_TIME, Instant.EPOCH,
                "", List.of(), n, null), List.of(), null)).toList();
    }

    private BlobSource blobs() {
        return new OneFileBlobs(tmp.resolve("note.txt"));
    }

    @ParameterizedTest(name = "{0} B each: {1} started")
    @CsvSource({"1000, 16", "20000000, 4", "100000000, 4"})
    void preparingStartsWhenThePipelineIsMadeAndStopsAtACountOrAByteBudget(long size, int started)
            throws IOException {
        Recording executor = new Recording();
        try (ExhibitPipeline pipeline = new ExhibitPipeline(notes(40, size), blobs(), false, executor, 2)) {
            assertThat(executor.started).as("before the first exhibit is asked for").hasSize(started);
            pipeline.next();
            assertThat(executor.started).as("one more for the one handed over").hasSize(started + 1);
        }
    }

    @Test
    void exhibitsComeOutInInputOrderWhetherAWorkerOrTheWriterPreparedThem() throws IOException {
        Recording executor = new Recording();
        List<ExhibitInput> notes = notes(30, 10);
        List<String> out = new ArrayList<>();
        try (ExhibitPipeline pipeline = new ExhibitPipeline(notes, blobs(), false, executor, 2)) {
            executor.started.get(2).run(); // a worker prepared the third one early; the writer prepares the others
            for (int i = 0; i < notes.size(); i++) {
                out.add(pipeline.next().exhibit().evidence().originalName());
            }
        }
        assertThat(out).containsExactlyElementsOf(notes.stream().map(x -> x.evidence().originalName()).toList());
    }
}
