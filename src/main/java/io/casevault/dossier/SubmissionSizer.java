package io.casevault.dossier;

import io.casevault.domain.Evidence;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;

/**
 * The sizes a submission copy is planned with. Pictures' encoded bytes dominate: as they are, a picture costs its file;
 * at a rung, a sample of each media type is encoded once per rung and the others are predicted from its bytes per
 * pixel; when writing, every picture is encoded once at the chosen rung (see {@link RungPictures}) and measured. The furniture (fonts, cover, contents,
 * manifest, each exhibit's stamp and text layer) is estimated and corrected after writing if it was short.
 */
final class SubmissionSizer {
    /**
     * An exhibit page's own bytes besides its picture: stamp, text layer, frame, contents line (about 1.5 KB on the
     * bench case's screenshots with 25 recognised lines each; 8 KB made the prediction 2 MB too large at 250 exhibits).
     */
    static final long PAGE_BYTES = 2_500;
    /** Each volume's cover, contents, font subsets, colour profile and metadata. */
    static final long VOLUME_BYTES = 500_000;
    /** A manifest row and a contents line per exhibit, in every volume. */
    static final long ROW_BYTES = 300;
    /** A transaction, contact or chronology line, in the first volume. */
    static final long CASE_LINE_BYTES = 300;
    private static final int SAMPLES_PER_TYPE = 6;

    private final Executor executor;

    SubmissionSizer(Executor executor) {
        this.executor = executor;
    }

    static VolumePlan.Overhead overhead(DossierInput in) {
        long every = VOLUME_BYTES + ROW_BYTES * in.exhibits().size();
        long first = CASE_LINE_BYTES * (in.transactions().size() + in.followUps().size() + in.timeline().size());
        return new VolumePlan.Overhead(every, first);
    }

    /** Each exhibit's bytes with its picture as it is (a PDF exhibit's pages cost about its file). */
    static long[] asIs(List<ExhibitInput> exhibits) {
        long[] costs = new long[exhibits.size()];
        for (int i = 0; i < costs.length; i++) {
            Evidence e = exhibits.get(i).evidence();
            boolean shown = e.isImage() || "application/pdf".equals(e.mediaType());
            costs[i] = PAGE_BYTES + (shown ? e.size() : 0);
        }
        return costs;
    }

    /** Each exhibit's predicted bytes at every rung ({@code rungs}), and the sample pictures' encodes they came from. */
    record Prediction(long[][] rungs, Map<Long, ImageShrinker.Shrunk[]> samples) {
        Prediction {
            samples = Map.copyOf(samples);
        }

        /** The samples' encodes at {@code rung}, by evidence id: the copy takes them rather than encoding them again. */
        Map<Long, ImageShrinker.Shrunk> samplesAt(int rung) {
            Map<Long, ImageShrinker.Shrunk> out = new HashMap<>();
            samples.forEach((id, shrunk) -> out.put(id, shrunk[rung]));
            return out;
        }
    }

    /**
     * Each exhibit's predicted bytes at every rung, from a few pictures of each media type encoded at every rung; a
     * picture predicted larger than it is stays as it is.
     */
    Prediction predict(DossierInput in) throws IOException {
        List<ExhibitInput> xs = in.exhibits();
        Map<String, List<ExhibitInput>> byType = new LinkedHashMap<>();
        for (ExhibitInput x : xs) {
            if (x.evidence().isImage() && x.evidence().width() != null && x.evidence().height() != null) {
                byType.computeIfAbsent(x.evidence().mediaType(), t -> new ArrayList<>()).add(x);
            }
        }
        List<FutureTask<ImageShrinker.Shrunk[]>> tasks = new ArrayList<>();
        List<ExhibitInput> sampled = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (var group : byType.entrySet()) {
            List<ExhibitInput> all = new ArrayList<>(group.getValue());
            // drawn at random (seeded: the same case gives the same prediction), not evenly spaced, which would
            // pick pictures of one kind from a case whose pictures alternate
            Collections.shuffle(all, new Random(all.size()));
            int n = Math.min(SAMPLES_PER_TYPE, all.size());
            for (int s = 0; s < n; s++) {
                ExhibitInput x = all.get(s);
                tasks.add(start(() -> atEveryRung(in, x)));
                sampled.add(x);
                types.add(group.getKey());
            }
        }
        Map<String, double[]> rate = new HashMap<>();
        Map<String, Integer> count = new HashMap<>();
        Map<Long, ImageShrinker.Shrunk[]> samples = new HashMap<>();
        for (int t = 0; t < tasks.size(); t++) {
            ImageShrinker.Shrunk[] r = ExhibitPipeline.result(tasks.get(t));
            if (r != null) {
                samples.put(sampled.get(t).evidence().id(), r);
                double[] sum = rate.computeIfAbsent(types.get(t), k -> new double[ShrinkStep.LADDER.size()]);
                for (int k = 0; k < r.length; k++) {
                    sum[k] += (double) r[k].jpeg().length / ((double) r[k].width() * r[k].height());
                }
                count.merge(types.get(t), 1, Integer::sum);
            }
        }
        long[] asIs = asIs(xs);
        long[][] out = new long[ShrinkStep.LADDER.size()][];
        for (int k = 0; k < out.length; k++) {
            out[k] = asIs.clone();
            for (int i = 0; i < xs.size(); i++) {
                Evidence e = xs.get(i).evidence();
                double[] sum = rate.get(e.mediaType());
                if (sum != null && e.width() != null && e.height() != null) {
                    double pixels = outputPixels(e.width(), e.height(), ShrinkStep.LADDER.get(k));
                    long predicted = PAGE_BYTES + Math.round(sum[k] / count.get(e.mediaType()) * pixels);
                    out[k][i] = Math.min(asIs[i], predicted);
                }
            }
        }
        return new Prediction(out, samples);
    }

    /** A sample picture encoded at each rung; null when it cannot be decoded. */
    private static ImageShrinker.Shrunk[] atEveryRung(DossierInput in, ExhibitInput x) throws IOException {
        byte[] bytes = Files.readAllBytes(in.blobs().path(x.evidence().sha256()));
        Optional<BufferedImage> decoded = ImageShrinker.decode(bytes, x.redactions(),
                ShrinkStep.LADDER.get(0).maxShortSide());
        if (decoded.isEmpty()) {
            return null;
        }
        ImageShrinker.Shrunk[] rungs = new ImageShrinker.Shrunk[ShrinkStep.LADDER.size()];
        Map<Integer, BufferedImage> scaled = new HashMap<>(); // rungs of one size share its scaling
        for (int k = 0; k < rungs.length; k++) {
            ShrinkStep step = ShrinkStep.LADDER.get(k);
            BufferedImage img = scaled.computeIfAbsent(step.maxShortSide(), s -> ImageShrinker.fit(decoded.get(), s));
            rungs[k] = ImageShrinker.encode(img, step);
        }
        return rungs;
    }

    static double outputPixels(int width, int height, ShrinkStep step) {
        double scale = Math.min(1.0, (double) step.maxShortSide() / Math.min(width, height));
        return width * scale * height * scale;
    }

    /** Work that throws, as a task. */
    @FunctionalInterface
    private interface Work<T> {
        T run() throws IOException;
    }

    private <T> FutureTask<T> start(Work<T> work) {
        FutureTask<T> task = new FutureTask<>(() -> {
            try {
                return work.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        executor.execute(task::run);
        return task;
    }
}
