package io.casevault.app;

import io.casevault.domain.DomainException;
import io.casevault.dossier.DossierCancelledException;
import io.casevault.dossier.DossierInput;
import io.casevault.dossier.DossierOptions;
import io.casevault.dossier.DossierProgress;
import io.casevault.dossier.ShrinkStep;
import io.casevault.dossier.SizeEstimate;
import io.casevault.dossier.SubmissionResult;
import io.casevault.dossier.SubmissionWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.stream.Stream;

/**
 * The submission copy's part of an export: writes its volumes into a hidden folder beside the target and moves them
 * into place only when all are complete (one file: the target itself; several: {@code name-1.pdf}, {@code name-2.pdf}
 * …), and predicts its size for the export view.
 */
public final class SubmissionExport {
    private static final Logger LOG = LoggerFactory.getLogger(SubmissionExport.class);

    private final Executor cpu;
    private final int workers;

    SubmissionExport(Executor cpu, int workers) {
        this.cpu = cpu;
        this.workers = workers;
    }

    /**
     * A prediction before exporting: the total size, in how many volumes, how the pictures would be reduced (empty:
     * they stay as they are), and whether it can be written under the limit with the options given.
     */
    public record Prediction(long bytes, int volumes, Optional<Reduction> reduction, boolean fits) {
        public Prediction {
            Objects.requireNonNull(reduction, "reduction");
        }

        /** How the pictures would be reduced, in English words for the command line and the log. */
        public String pictures() {
            return Reduction.describe(reduction);
        }
    }

    /**
     * How a copy's pictures are reduced: their shorter side at most {@code shortSide} pixels, JPEG quality
     * {@code quality} %, in grey or not. Numbers, so that each language words them itself.
     */
    public record Reduction(int shortSide, int quality, boolean grey) {

        static Optional<Reduction> of(Optional<ShrinkStep> step) {
            return step.map(s -> new Reduction(s.maxShortSide(), Math.round(s.quality() * 100), s.grey()));
        }

        /** In English: "as they are", or e.g. "720 px, JPEG 50 %, grey". */
        public static String describe(Optional<Reduction> reduction) {
            return reduction.map(r -> r.shortSide() + " px, JPEG " + r.quality() + " %" + (r.grey() ? ", grey" : ""))
                    .orElse("as they are");
        }
    }

    /** The file of volume {@code volume} of {@code count}: the target itself when there is one, else name-N.pdf. */
    public static Path volumePath(Path out, int volume, int count) {
        if (count == 1) {
            return out;
        }
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : ".pdf";
        return out.resolveSibling(stem + "-" + volume + ext);
    }

    Prediction predict(DossierInput input, ExportOptions options) {
        try {
            SizeEstimate e = new SubmissionWriter(cpu, workers).estimate(input, options.maxBytes(), options.split());
            return new Prediction(e.bytes(), e.volumes(), Reduction.of(e.step()), e.fits());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ExportResult write(DossierInput input, DossierOptions dossierOptions, ExportOptions options, Path out,
                       DossierProgress progress) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory(out.getParent(), ".casevault-copy-");
            SubmissionResult r = new SubmissionWriter(cpu, workers).write(input, dossierOptions, options.maxBytes(),
                    options.split(), folder, progress);
            if (progress.isCancelled()) {
                throw new DossierCancelledException();
            }
            List<ExportResult.Volume> volumes = new ArrayList<>();
            int count = r.files().size();
            for (int v = 1; v <= count; v++) {
                SubmissionResult.File f = r.files().get(v - 1);
                Path target = volumePath(out, v, count);
                OutputFile.moveIntoPlace(f.path(), target);
                volumes.add(new ExportResult.Volume(target, f.bytes(), f.pages()));
            }
            LOG.info("Submission copy written: {} file(s), {} B", count, r.totalBytes());
            return new ExportResult(volumes.get(0).file(), volumes.get(0).pages(), r.manifestSha256(), r.textLines(), List.of(), List.of(),
                    new ExportResult.Submission(volumes, r.predictedBytes(), options.maxBytes(),
                            Reduction.of(r.step())));
        } catch (DomainException | DossierCancelledException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw OutputFile.failure(out, options.maxBytes(), e);
        } finally {
            if (folder != null) {
                removeQuietly(folder);
            }
        }
    }

    private static void removeQuietly(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warn("Could not remove the working folder {}", folder, e);
        }
    }
}
