package io.casevault.dossier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A case's pictures at one rung of the {@link ShrinkStep#LADDER}, each encoded at most once, by whoever needs it first:
 * the page writer's workers while the copy is written (when the prediction says it fits, it is written straight
 * away), or {@link #encodeAll} to measure them before volumes are planned. Each JPEG goes into a folder as it is made,
 * so the heap holds none of them whatever the number of exhibits, and a second writing reuses them.
 */
final class RungPictures implements Volume.Pictures {
    private final DossierInput in;
    private final int rung;
    private final Path dir;
    private final Map<Long, Integer> indexes = new HashMap<>();
    private final Map<Long, ImageShrinker.Shrunk> ready;
    private final AtomicReferenceArray<FutureTask<Optional<PreparedExhibit.JpegAsIs>>> tasks;

    /**
     * @param dir   where the JPEGs go; made when the first is written
     * @param ready pictures already encoded at this rung (the prediction's samples), by evidence id
     */
    RungPictures(DossierInput in, int rung, Path dir, Map<Long, ImageShrinker.Shrunk> ready) {
        this.in = in;
        this.ready = Map.copyOf(ready);
        this.rung = rung;
        this.dir = dir;
        List<ExhibitInput> xs = in.exhibits();
        for (int i = 0; i < xs.size(); i++) {
            indexes.put(xs.get(i).evidence().id(), i);
        }
        this.tasks = new AtomicReferenceArray<>(xs.size());
    }

    int rung() {
        return rung;
    }

    @Override
    public PreparedExhibit.Image of(ExhibitInput x) throws IOException {
        Integer i = indexes.get(x.evidence().id());
        return i == null || !x.evidence().isImage() ? null : ExhibitPipeline.result(task(i)).orElse(null);
    }

    /** Encodes, on {@code executor}, every picture not encoded yet, and waits for all of them. */
    void encodeAll(Executor executor, DossierProgress progress) throws IOException {
        List<ExhibitInput> xs = in.exhibits();
        for (int i = 0; i < xs.size(); i++) {
            if (xs.get(i).evidence().isImage()) {
                executor.execute(task(i)::run); // a task already run or running does nothing here
            }
        }
        for (int i = 0; i < xs.size(); i++) {
            if (progress.isCancelled()) {
                for (int j = i; j < xs.size(); j++) {
                    FutureTask<?> t = tasks.get(j);
                    if (t != null) {
                        t.cancel(false);
                    }
                }
                throw new DossierCancelledException();
            }
            of(xs.get(i));
            progress.update(i + 1, xs.size(), xs.get(i).evidence().exhibit());
        }
    }

    /** Each exhibit's bytes with its picture at this rung: measured, encoding here what is not encoded yet. */
    long[] costs() throws IOException {
        List<ExhibitInput> xs = in.exhibits();
        long[] costs = SubmissionSizer.asIs(xs);
        for (int i = 0; i < xs.size(); i++) {
            if (of(xs.get(i)) instanceof PreparedExhibit.JpegAsIs jpeg) {
                costs[i] = SubmissionSizer.PAGE_BYTES + jpeg.size();
            }
        }
        return costs;
    }

    private FutureTask<Optional<PreparedExhibit.JpegAsIs>> task(int i) {
        FutureTask<Optional<PreparedExhibit.JpegAsIs>> task = tasks.get(i);
        if (task == null) {
            ExhibitInput x = in.exhibits().get(i);
            tasks.compareAndSet(i, null, new FutureTask<>(() -> {
                try {
                    return encode(x, dir.resolve(i + ".jpg"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
            task = tasks.get(i);
        }
        return task;
    }

    /**
     * One picture at this rung (the prediction's encode when it was a sample); empty when it stays as it is: ImageIO cannot decode it, or its JPEG would not be smaller
     * than its file (unless it is redacted: its boxes must be burned in).
     */
    private Optional<PreparedExhibit.JpegAsIs> encode(ExhibitInput x, Path file) throws IOException {
        ImageShrinker.Shrunk sample = ready.get(x.evidence().id());
        Optional<ImageShrinker.Shrunk> shrunk = sample != null ? Optional.of(sample)
                : ImageShrinker.shrink(Files.readAllBytes(in.blobs().path(x.evidence().sha256())), x.redactions(),
                        ShrinkStep.LADDER.get(rung));
        if (shrunk.isEmpty() || shrunk.get().jpeg().length >= x.evidence().size() && !x.isRedacted()) {
            return Optional.empty();
        }
        byte[] jpeg = shrunk.get().jpeg();
        Files.createDirectories(dir);
        Files.write(file, jpeg);
        JpegHeader header = JpegHeader.parse(jpeg).orElseThrow(() -> new IOException("ImageIO wrote no JPEG"));
        return Optional.of(new PreparedExhibit.JpegAsIs(file, jpeg.length, header));
    }
}
