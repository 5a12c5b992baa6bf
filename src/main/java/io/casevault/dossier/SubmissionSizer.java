package io.casevault.dossier;

import io.casevault.domain.Evidence;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * The sizes a submission copy is planned with. Pictures' encoded bytes dominate: as they are, a picture costs its file;
 * at a rung, a sample of each media type is encoded once per rung (from the most compact size on, as far as needed)
 * and the others are predicted from its bytes per pixel; when writing, every picture is encoded once at the chosen rung (see {@link RungPictures}) and measured. The furniture (fonts, cover, contents,
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

    /**
     * Each exhibit's predicted bytes at the rungs worked out ({@code rungs}; null for the others), and the sample
     * pictures' encodes they came from.
     */
    record Prediction(long[][] rungs, Map<Long, ImageShrinker.Shrunk[]> samples) {
        Prediction {
            samples = Map.copyOf(samples);
        }

        /** The samples' encodes at {@code rung}, by evidence id: the copy takes them rather than encoding them again. */
        Map<Long, ImageShrinker.Shrunk> samplesAt(int rung) {
            Map<Long, ImageShrinker.Shrunk> out = new HashMap<>();
            samples.forEach((id, shrunk) -> {
                if (shrunk[rung] != null) {
                    out.put(id, shrunk[rung]);
                }
            });
            return out;
        }
    }

    /**
     * Each exhibit's predicted bytes at the rungs worked out (the others null), from a few pictures of each media type
     * encoded at them; a picture predicted larger than it is stays as it is. The rungs of the most compact size are
     * worked out first, and the milder ones (from one decoding at the mildest size) only when those all fit one file
     * ({@code fitsOneFile}): sizes shrink down the ladder, so a case that needs the most compact size has its mildest
     * fitting rung and the one before it (which the writer's second look needs) without its samples decoded at sizes
     * that cannot fit; a 12 MP photo is decoded at a half for 720 pixels, where 1080 needs all of it.
     */
    Prediction predict(DossierInput in, Predicate<long[]> fitsOneFile) throws IOException {
        List<ExhibitInput> xs = in.exhibits();
        List<ExhibitInput> sampled = sample(xs);
        long[][] out = new long[ShrinkStep.LADDER.size()][];
        Map<Long, ImageShrinker.Shrunk[]> encodes = new HashMap<>();
        for (int[] size : compactFirst()) {
            List<FutureTask<ImageShrinker.Shrunk[]>> tasks = new ArrayList<>();
            for (ExhibitInput x : sampled) {
                tasks.add(start(() -> atRungs(in, x, size)));
            }
            Map<String, double[]> rate = new HashMap<>(); // per type: bytes per pixel summed, and how many, per rung
            for (int t = 0; t < tasks.size(); t++) {
                ImageShrinker.Shrunk[] r = ExhibitPipeline.result(tasks.get(t));
                if (r == null) {
                    continue;
                }
                ImageShrinker.Shrunk[] all = encodes.computeIfAbsent(sampled.get(t).evidence().id(),
                        id -> new ImageShrinker.Shrunk[ShrinkStep.LADDER.size()]);
                double[] sum = rate.computeIfAbsent(sampled.get(t).evidence().mediaType(), k -> new double[2 * r.length]);
                for (int j = 0; j < r.length; j++) {
                    all[size[j]] = r[j];
                    sum[2 * j] += (double) r[j].jpeg().length / ((double) r[j].width() * r[j].height());
                    sum[2 * j + 1]++;
                }
            }
            boolean allFit = true;
            for (int j = 0; j < size.length; j++) {
                out[size[j]] = predicted(xs, rate, j, ShrinkStep.LADDER.get(size[j]));
                allFit &= fitsOneFile.test(out[size[j]]);
            }
            if (!allFit) {
                break;
            }
        }
        return new Prediction(out, encodes);
    }

    /**
     * A few pictures of each media type, drawn at random (seeded: the same case gives the same prediction), not evenly
     * spaced, which would pick pictures of one kind from a case whose pictures alternate.
     */
    private static List<ExhibitInput> sample(List<ExhibitInput> xs) {
        Map<String, List<ExhibitInput>> byType = new LinkedHashMap<>();
        for (ExhibitInput x : xs) {
            if (x.evidence().isImage() && x.evidence().width() != null && x.evidence().height() != null) {
                byType.computeIfAbsent(x.evidence().mediaType(), t -> new ArrayList<>()).add(x);
            }
        }
        List<ExhibitInput> sampled = new ArrayList<>();
        for (List<ExhibitInput> group : byType.values()) {
            List<ExhibitInput> all = new ArrayList<>(group);
            Collections.shuffle(all, new Random(all.size()));
            sampled.addAll(all.subList(0, Math.min(SAMPLES_PER_TYPE, all.size())));
        }
        return sampled;
    }

    /** The ladder's rungs of the most compact size, then all the others. */
    static List<int[]> compactFirst() {
        int last = ShrinkStep.LADDER.size() - 1;
        int compact = ShrinkStep.LADDER.get(last).maxShortSide();
        int[] first = IntStream.rangeClosed(0, last).filter(k -> ShrinkStep.LADDER.get(k).maxShortSide() == compact)
                .toArray();
        int[] rest = IntStream.rangeClosed(0, last).filter(k -> ShrinkStep.LADDER.get(k).maxShortSide() != compact)
                .toArray();
        return rest.length == 0 ? List.of(first) : List.of(first, rest);
    }

    /** Each exhibit's predicted bytes at {@code step} from its type's {@code j}-th rate. */
    private static long[] predicted(List<ExhibitInput> xs, Map<String, double[]> rate, int j, ShrinkStep step) {
        long[] asIs = asIs(xs);
        long[] out = asIs.clone();
        for (int i = 0; i < xs.size(); i++) {
            Evidence e = xs.get(i).evidence();
            double[] sum = rate.get(e.mediaType());
            if (sum != null && sum[2 * j + 1] > 0 && e.width() != null && e.height() != null) {
                double pixels = outputPixels(e.width(), e.height(), step);
                long bytes = PAGE_BYTES + Math.round(sum[2 * j] / sum[2 * j + 1] * pixels);
                out[i] = Math.min(asIs[i], bytes);
            }
        }
        return out;
    }

    /**
     * A sample picture encoded at {@code rungs}, decoded once at the largest of their sizes (rungs of one size share
     * its scaling); null when it cannot be decoded.
     */
    private static ImageShrinker.Shrunk[] atRungs(DossierInput in, ExhibitInput x, int[] rungs) throws IOException {
        byte[] bytes = Files.readAllBytes(in.blobs().path(x.evidence().sha256()));
        boolean grey = Arrays.stream(rungs).allMatch(k -> ShrinkStep.LADDER.get(k).grey());
        int largest = Arrays.stream(rungs).map(k -> ShrinkStep.LADDER.get(k).maxShortSide()).max().orElseThrow();
        Optional<BufferedImage> decoded = ImageShrinker.decode(bytes, x.redactions(), largest, grey);
        if (decoded.isEmpty()) {
            return null;
        }
        ImageShrinker.Shrunk[] out = new ImageShrinker.Shrunk[rungs.length];
        Map<Integer, BufferedImage> scaled = new HashMap<>();
        for (int j = 0; j < rungs.length; j++) {
            ShrinkStep step = ShrinkStep.LADDER.get(rungs[j]);
            BufferedImage img = scaled.computeIfAbsent(step.maxShortSide(),
                    side -> ImageShrinker.fit(decoded.get(), side, false));
            out[j] = ImageShrinker.encode(img, step);
        }
        return out;
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
