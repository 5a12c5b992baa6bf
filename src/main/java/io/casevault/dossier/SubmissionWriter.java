package io.casevault.dossier;

import io.casevault.domain.DomainException;
import io.casevault.domain.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Writes the submission copy of a dossier: the same sections and exhibit pages as the archival dossier, without the
 * originals attached, its pictures re-encoded only as far as needed for each file to be at most the chosen size (see
 * {@link SizeFit}), split into volumes when allowed and needed. Every volume has the cover, the contents naming the
 * volume of each exhibit, and the full hash manifest with the sentence that the sender keeps the originals.
 */
public final class SubmissionWriter {
    private static final Logger LOG = LoggerFactory.getLogger(SubmissionWriter.class);
    /** Headroom under the limit for what is estimated rather than measured. */
    private static final double MARGIN = 0.98;
    private static final int ATTEMPTS = 3;

    private final Executor executor;
    private final int workers;
    private final SubmissionSizer sizer;

    /** @param executor where pictures are re-encoded and exhibits prepared, {@code workers} at once */
    public SubmissionWriter(Executor executor, int workers) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.workers = workers;
        this.sizer = new SubmissionSizer(executor);
    }

    /** The predicted size before writing: exact for pictures as they are, from a sample of pictures otherwise. */
    public SizeEstimate estimate(DossierInput in, long limit, boolean split) throws IOException {
        return plan(in, limit, split).estimate();
    }

    private SizeFit.Choice plan(DossierInput in, long limit, boolean split) throws IOException {
        return SizeFit.choose(SubmissionSizer.asIs(in.exhibits()), predictRungs(in, limit),
                SubmissionSizer.overhead(in), budget(limit), split);
    }

    /** Each exhibit's predicted size at every rung; none worked out when the pictures fit as they are. */
    private long[][] predictRungs(DossierInput in, long limit) throws IOException {
        long[] asIs = SubmissionSizer.asIs(in.exhibits());
        return VolumePlan.singleSize(asIs, SubmissionSizer.overhead(in)) <= budget(limit) ? new long[0][]
                : sizer.predict(in);
    }

    /**
     * Writes the copy as {@code 1.pdf}, {@code 2.pdf} … into {@code folder} (which the caller names and moves into
     * place); pictures re-encoded on the way are kept in {@code folder/pictures-N} until the caller removes the folder.
     *
     * @throws DomainException when even the most compact legible form does not fit (and splitting is not allowed, or
     *                         one exhibit alone is larger than a file may be); no volume is left then
     */
    public SubmissionResult write(DossierInput in, DossierOptions options, long limit, boolean split, Path folder,
                                  DossierProgress progress) throws IOException {
        Objects.requireNonNull(options, "options");
        DossierOptions copy = new DossierOptions(options.lang(), false, options.includeAuditLog(), options.zone(),
                options.generatedAt());
        Texts texts = new Texts(options.lang(), options.zone());
        long[][] rungs = predictRungs(in, limit);
        VolumePlan.Overhead overhead = SubmissionSizer.overhead(in);
        SizeFit.Choice predicted = SizeFit.choose(SubmissionSizer.asIs(in.exhibits()), rungs, overhead, budget(limit),
                split);
        Map<Integer, SubmissionSizer.Encoded> encoded = new HashMap<>();
        int from = predicted.rung();
        for (int attempt = 1; ; attempt++) {
            SizeFit.Choice decided = decide(in, from, overhead, budget(limit), split, folder, progress, encoded);
            SizeFit.Choice choice = attempt == 1 && decided.rung() > 0 && decided.plan().isPresent()
                    && decided.plan().get().count() == 1
                    ? milder(in, decided, rungs, overhead, budget(limit), split, folder, progress, encoded) : decided;
            VolumePlan plan = choice.plan().orElseThrow(() -> tooLarge(choice, limit, split));
            Map<Long, PreparedExhibit.Image> images = choice.rung() == SizeFit.AS_IS ? Map.of()
                    : encoded.get(choice.rung()).images();
            List<SubmissionResult.File> files = new ArrayList<>();
            String sha = null;
            int textLines = 0;
            long over = Long.MIN_VALUE;
            for (int v = 1; v <= plan.count(); v++) {
                Path target = folder.resolve(v + ".pdf");
                DossierResult r = new DossierWriter(executor, workers).write(in, copy,
                        new Volume(v, plan, images, note(texts, choice.rung(), limit)), target, progress);
                sha = r.manifestSha256();
                textLines += r.textLines();
                long size = Files.size(target);
                over = Math.max(over, size - limit);
                files.add(new SubmissionResult.File(target, size, r.pages()));
            }
            if (over <= 0) {
                SubmissionResult result = new SubmissionResult(files, choice.estimate().step(), predicted.bytes(),
                        sha, textLines);
                LOG.info("Submission copy of case {}: {} volume(s), {} B (predicted {} B), pictures {}",
                        in.caseInfo().id(), files.size(), result.totalBytes(), predicted.bytes(),
                        result.step().map(ShrinkStep::describe).orElse("as they are"));
                return result;
            }
            for (SubmissionResult.File f : files) {
                Files.deleteIfExists(f.path());
            }
            if (attempt == ATTEMPTS) {
                throw tooLarge(choice, limit, split);
            }
            // the furniture took more than estimated: plan again with what it really took
            LOG.info("A volume came out {} B over the limit; planning again", over);
            overhead = new VolumePlan.Overhead(overhead.everyVolume() + over + limit / 50, overhead.firstVolume());
            from = choice.rung();
        }
    }

    /**
     * The mildest form that fits from rung {@code from} on, measured: pictures as they are, else each rung's pictures
     * encoded (once; kept in {@code encoded}) until one file fits, else the most compact rung in volumes.
     */
    private SizeFit.Choice decide(DossierInput in, int from, VolumePlan.Overhead overhead, long budget, boolean split,
                                  Path folder, DossierProgress progress,
                                  Map<Integer, SubmissionSizer.Encoded> encoded) throws IOException {
        long[] asIs = SubmissionSizer.asIs(in.exhibits());
        if (from == SizeFit.AS_IS && VolumePlan.singleSize(asIs, overhead) <= budget) {
            return SizeFit.choose(asIs, new long[0][], overhead, budget, split);
        }
        int last = ShrinkStep.LADDER.size() - 1;
        for (int k = Math.max(0, from); ; k++) {
            if (!encoded.containsKey(k)) {
                encoded.put(k, sizer.encodeAll(in, ShrinkStep.LADDER.get(k), folder.resolve("pictures-" + k),
                        progress));
            }
            long[] costs = encoded.get(k).costs();
            if (VolumePlan.singleSize(costs, overhead) <= budget || k == last) {
                long[][] measured = new long[k + 1][];
                measured[k] = costs;
                return SizeFit.choose(asIs, measured, overhead, budget, split);
            }
        }
    }

    /**
     * The rung before {@code fitted} when the measured size, scaled by the sample's ratio between the two rungs, says
     * it may fit too: the prediction errs on the large side, and pictures should lose no more than needed.
     */
    private SizeFit.Choice milder(DossierInput in, SizeFit.Choice fitted, long[][] rungs, VolumePlan.Overhead overhead,
                                  long budget, boolean split, Path folder, DossierProgress progress,
                                  Map<Integer, SubmissionSizer.Encoded> encoded) throws IOException {
        int k = fitted.rung();
        if (rungs.length <= k || encoded.containsKey(k - 1)) {
            return fitted;
        }
        double ratio = (double) VolumePlan.singleSize(rungs[k - 1], overhead)
                / VolumePlan.singleSize(rungs[k], overhead);
        if (fitted.bytes() * ratio > budget) {
            return fitted;
        }
        encoded.put(k - 1, sizer.encodeAll(in, ShrinkStep.LADDER.get(k - 1), folder.resolve("pictures-" + (k - 1)),
                progress));
        long[] costs = encoded.get(k - 1).costs();
        if (VolumePlan.singleSize(costs, overhead) > budget) {
            return fitted;
        }
        long[][] measured = new long[k][];
        measured[k - 1] = costs;
        return SizeFit.choose(SubmissionSizer.asIs(in.exhibits()), measured, overhead, budget, split);
    }

    private static String note(Texts texts, int rung, long limit) {
        if (rung == SizeFit.AS_IS) {
            return texts.get("submission.asIs");
        }
        ShrinkStep step = ShrinkStep.LADDER.get(rung);
        return texts.get("submission.reduced", megabytes(limit), step.maxShortSide(),
                Math.round(step.quality() * 100), step.grey() ? texts.get("submission.grey") : "");
    }

    /** Bytes in decimal units, as size limits are stated: {@code 20.0 MB}, {@code 512 KB}. */
    static String megabytes(long bytes) {
        return bytes >= 1_000_000 ? String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6)
                : String.format(java.util.Locale.ROOT, "%d KB", Math.round(bytes / 1e3));
    }

    private static long budget(long limit) {
        return (long) (limit * MARGIN);
    }

    /** Why the copy cannot be written: one sentence for the user. */
    private static DomainException tooLarge(SizeFit.Choice choice, long limit, boolean split) {
        String need = megabytes(choice.bytes());
        String max = megabytes(limit);
        if (!split) {
            return new DomainException(Reason.of("export.tooLargeSplit", "Even with its pictures at their most compact "
                    + "legible form the copy needs about " + need + ", too close to or over the " + max + " a file may have; "
                    + "split it into volumes (--split) or choose a larger size.", need, max));
        }
        return new DomainException(Reason.of("export.tooLargeExhibit", "One exhibit alone, or the case's own pages, "
                + "need more than " + max + " even at their most compact legible form; choose a larger size.", max));
    }
}
