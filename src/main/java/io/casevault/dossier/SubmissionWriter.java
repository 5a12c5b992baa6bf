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
import java.util.Optional;
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
        return SizeFit.choose(SubmissionSizer.asIs(in.exhibits()), predictRungs(in, limit).rungs(),
                SubmissionSizer.overhead(in), budget(limit), split);
    }

    /**
     * Each exhibit's predicted size at the rungs worked out (the mildest that fits one file and the one before it, or
     * the most compact); none when the pictures fit as they are.
     */
    private SubmissionSizer.Prediction predictRungs(DossierInput in, long limit) throws IOException {
        long[] asIs = SubmissionSizer.asIs(in.exhibits());
        VolumePlan.Overhead overhead = SubmissionSizer.overhead(in);
        return VolumePlan.singleSize(asIs, overhead) <= budget(limit)
                ? new SubmissionSizer.Prediction(new long[0][], Map.of())
                : sizer.predict(in, costs -> VolumePlan.singleSize(costs, overhead) <= budget(limit));
    }

    /**
     * Writes the copy as {@code 1.pdf}, {@code 2.pdf} … into {@code folder} (which the caller names and moves into
     * place); pictures re-encoded on the way are kept in {@code folder/pictures-N} until the caller removes the folder.
     * Each picture is encoded once at the rung the prediction chose: when that is one file, straight into it as its page
     * is written; else all of them first, measured, and packed into volumes. A file that comes out over the limit is
     * written again with what it really took, and a rung milder than the prediction's is tried only when the measured
     * size says it fits.
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
        long budget = budget(limit);
        SubmissionSizer.Prediction prediction = predictRungs(in, limit);
        long[][] rungs = prediction.rungs();
        VolumePlan.Overhead overhead = SubmissionSizer.overhead(in);
        SizeFit.Choice predicted = SizeFit.choose(SubmissionSizer.asIs(in.exhibits()), rungs, overhead, budget, split);
        Rungs pictures = new Rungs(in, folder, prediction);
        boolean straight = predicted.rung() != SizeFit.AS_IS && oneFile(predicted);
        int from = predicted.rung();
        for (int attempt = 1; ; attempt++) {
            SizeFit.Choice choice = attempt == 1 && straight ? predicted
                    : decide(in, from, overhead, budget, split, progress, pictures);
            if (attempt == 1 && !straight && oneFile(choice)) {
                choice = milder(in, choice, choice.bytes(), rungs, overhead, budget, split, progress, pictures)
                        .orElse(choice);
            }
            Written written = writeVolumes(in, copy, texts, choice, pictures, limit, split, folder, progress);
            if (written.over(limit) <= 0) {
                if (attempt == 1 && straight) {
                    written = milderAfterWriting(in, copy, texts, written, rungs, overhead, limit, split, folder,
                            progress, pictures);
                }
                SubmissionResult result = new SubmissionResult(written.files(), written.choice().estimate().step(),
                        predicted.bytes(), written.manifestSha256(), written.textLines());
                LOG.info("Submission copy of case {}: {} volume(s), {} B (predicted {} B), pictures {}",
                        in.caseInfo().id(), written.files().size(), result.totalBytes(), predicted.bytes(),
                        result.step().map(ShrinkStep::describe).orElse("as they are"));
                return result;
            }
            written.delete();
            if (attempt == ATTEMPTS) {
                throw tooLarge(choice, limit, split);
            }
            // the furniture took more than estimated: plan again with what it really took
            long over = written.over(limit);
            LOG.info("A volume came out {} B over the limit; planning again", over);
            overhead = new VolumePlan.Overhead(overhead.everyVolume() + over + limit / 50, overhead.firstVolume());
            from = choice.rung();
        }
    }

    /** The volumes of {@code choice} written into {@code dir}, with their pictures at its rung. */
    private Written writeVolumes(DossierInput in, DossierOptions copy, Texts texts, SizeFit.Choice choice,
                                 Rungs pictures, long limit, boolean split, Path dir, DossierProgress progress)
            throws IOException {
        VolumePlan plan = choice.plan().orElseThrow(() -> tooLarge(choice, limit, split));
        Volume.Pictures images = choice.rung() == SizeFit.AS_IS ? x -> null : pictures.at(choice.rung());
        List<SubmissionResult.File> files = new ArrayList<>();
        String sha = null;
        int textLines = 0;
        Files.createDirectories(dir);
        for (int v = 1; v <= plan.count(); v++) {
            Path target = dir.resolve(v + ".pdf");
            DossierResult r = new DossierWriter(executor, workers).write(in, copy,
                    new Volume(v, plan, images, note(texts, choice.rung(), limit)), target, progress);
            sha = r.manifestSha256();
            textLines += r.textLines();
            files.add(new SubmissionResult.File(target, Files.size(target), r.pages()));
        }
        return new Written(choice, files, sha, textLines);
    }

    /** Volumes as written, and the choice they were written from. */
    private record Written(SizeFit.Choice choice, List<SubmissionResult.File> files, String manifestSha256,
                           int textLines) {

        /** How far the largest volume is over {@code limit}; not positive when all fit. */
        long over(long limit) {
            return files.stream().mapToLong(SubmissionResult.File::bytes).max().orElse(0) - limit;
        }

        long bytes() {
            return files.stream().mapToLong(SubmissionResult.File::bytes).sum();
        }

        void delete() throws IOException {
            for (SubmissionResult.File f : files) {
                Files.deleteIfExists(f.path());
            }
        }
    }

    /**
     * The mildest form that fits from rung {@code from} on, measured: pictures as they are, else each rung's pictures
     * encoded (once; kept in {@code pictures}) until one file fits, else the most compact rung in volumes.
     */
    private SizeFit.Choice decide(DossierInput in, int from, VolumePlan.Overhead overhead, long budget, boolean split,
                                  DossierProgress progress, Rungs pictures) throws IOException {
        long[] asIs = SubmissionSizer.asIs(in.exhibits());
        if (from == SizeFit.AS_IS && VolumePlan.singleSize(asIs, overhead) <= budget) {
            return SizeFit.choose(asIs, new long[0][], overhead, budget, split);
        }
        int last = ShrinkStep.LADDER.size() - 1;
        for (int k = Math.max(0, from); ; k++) {
            long[] costs = pictures.measured(k, executor, progress);
            if (VolumePlan.singleSize(costs, overhead) <= budget || k == last) {
                long[][] measured = new long[k + 1][];
                measured[k] = costs;
                return SizeFit.choose(asIs, measured, overhead, budget, split);
            }
        }
    }

    /**
     * After one file was written straight at a rung: the file again at the rung before it, when the measured file
     * scaled by the sample's ratio between the two rungs says it may fit, and it does once those pictures are measured
     * and written; else the file as it was.
     */
    private Written milderAfterWriting(DossierInput in, DossierOptions copy, Texts texts, Written first,
                                       long[][] rungs, VolumePlan.Overhead overhead, long limit, boolean split,
                                       Path folder, DossierProgress progress, Rungs pictures) throws IOException {
        int k = first.choice().rung();
        // what the file really holds besides its pictures, now that it is written
        long[] costs = pictures.measured(k, executor, progress);
        long pictureBytes = VolumePlan.singleSize(costs, new VolumePlan.Overhead(0, 0));
        VolumePlan.Overhead real = new VolumePlan.Overhead(Math.max(0, first.bytes() - pictureBytes
                - overhead.firstVolume()), overhead.firstVolume());
        Optional<SizeFit.Choice> milder = milder(in, first.choice(), first.bytes(), rungs, real, budget(limit), split,
                progress, pictures);
        if (milder.isEmpty()) {
            return first;
        }
        Written second = writeVolumes(in, copy, texts, milder.get(), pictures, limit, split,
                folder.resolve("milder"), progress);
        if (second.over(limit) > 0) {
            second.delete();
            return first;
        }
        first.delete();
        return second;
    }

    /**
     * The rung before {@code fitted}'s when its {@code bytes}, scaled by the sample's ratio between the two rungs, says
     * it may fit too, and it does once its pictures are measured: the prediction errs on the large side, and pictures
     * should lose no more than needed.
     */
    private Optional<SizeFit.Choice> milder(DossierInput in, SizeFit.Choice fitted, long bytes, long[][] rungs,
                                            VolumePlan.Overhead overhead, long budget, boolean split,
                                            DossierProgress progress, Rungs pictures) throws IOException {
        int k = fitted.rung();
        if (k < 1 || rungs.length <= k || rungs[k - 1] == null || rungs[k] == null || pictures.has(k - 1)) {
            return Optional.empty();
        }
        double ratio = (double) VolumePlan.singleSize(rungs[k - 1], overhead)
                / VolumePlan.singleSize(rungs[k], overhead);
        if (bytes * ratio > budget) {
            return Optional.empty();
        }
        long[] costs = pictures.measured(k - 1, executor, progress);
        long size = VolumePlan.singleSize(costs, overhead);
        LOG.info("At the milder rung {} the copy would be {} B ({} B are allowed)", k - 1, size, budget);
        if (size > budget) {
            return Optional.empty();
        }
        long[][] measured = new long[k][];
        measured[k - 1] = costs;
        return Optional.of(SizeFit.choose(SubmissionSizer.asIs(in.exhibits()), measured, overhead, budget, split));
    }

    private static boolean oneFile(SizeFit.Choice choice) {
        return choice.plan().isPresent() && choice.plan().get().count() == 1;
    }

    /**
     * The pictures at each rung worked out so far, each picture encoded once per rung (the prediction's samples not
     * again); in {@code folder/pictures-N}.
     */
    private static final class Rungs {
        private final DossierInput in;
        private final Path folder;
        private final SubmissionSizer.Prediction prediction;
        private final Map<Integer, RungPictures> byRung = new HashMap<>();

        Rungs(DossierInput in, Path folder, SubmissionSizer.Prediction prediction) {
            this.in = in;
            this.folder = folder;
            this.prediction = prediction;
        }

        boolean has(int rung) {
            return byRung.containsKey(rung);
        }

        RungPictures at(int rung) {
            return byRung.computeIfAbsent(rung, k -> new RungPictures(in, k, folder.resolve("pictures-" + k),
                    prediction.samplesAt(k)));
        }

        /** Each exhibit's measured bytes at {@code rung}, its pictures encoded on {@code executor} where not yet. */
        long[] measured(int rung, Executor executor, DossierProgress progress) throws IOException {
            RungPictures p = at(rung);
            p.encodeAll(executor, progress);
            return p.costs();
        }
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
