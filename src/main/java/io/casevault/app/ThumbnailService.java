package io.casevault.app;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import io.casevault.domain.Evidence;
import io.casevault.domain.Orientation;
import io.casevault.domain.Reason;
import io.casevault.vault.DiskFullException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Small upright PNG renditions of image evidence, made on the application's CPU executor and cached under the vault's
 * {@code cache/thumbs/} by hash and size (derived data: deleting the folder only costs time). Decoding subsamples, so
 * a 12-megapixel photo is never decoded at full size. A file that cannot be decoded gets no thumbnail (the caller
 * shows a placeholder); non-images get none either.
 */
public final class ThumbnailService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ThumbnailService.class);
    /** The edge of grid thumbnails, large enough for a 2× screen. */
    public static final int GRID = 320;
    /** The edge of the viewer's rendition. */
    public static final int PREVIEW = 2048;
    /** How long a full disk stops new thumbnails before they are tried again. */
    private static final Duration PAUSE = Duration.ofSeconds(30);

    private final Path dir;
    private final Function<String, Path> originals;
    private final Executor executor;
    private final int parallelism;
    private final Duration pause;
    private final Deque<Job> jobs = new ConcurrentLinkedDeque<>();
    private final AtomicInteger workers = new AtomicInteger();
    private volatile boolean closed;
    private final Map<String, CompletableFuture<Optional<Path>>> inFlight = new ConcurrentHashMap<>();
    private final Set<String> failed = ConcurrentHashMap.newKeySet();
    /** Set while the cache's disk is full: requests get no thumbnail until {@link #pausedUntil}, then try again. */
    private volatile Reason paused;
    private volatile long pausedUntil;
    private volatile Consumer<Reason> onPause = reason -> { };

    /**
     * @param cacheDir    the vault's cache folder; thumbnails go to its {@code thumbs/} subfolder
     * @param originals   the path of an original by its SHA-256
     * @param executor    where images are decoded (the application's CPU executor)
     * @param parallelism how many images are decoded at once, at most
     */
    public ThumbnailService(Path cacheDir, Function<String, Path> originals, Executor executor, int parallelism) {
        this(cacheDir, originals, executor, parallelism, PAUSE);
    }

    /** @param pause how long a full disk stops new thumbnails before they are tried again */
    ThumbnailService(Path cacheDir, Function<String, Path> originals, Executor executor, int parallelism,
                     Duration pause) {
        this.pause = Objects.requireNonNull(pause);
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism " + parallelism);
        }
        this.dir = Objects.requireNonNull(cacheDir).resolve("thumbs");
        this.originals = Objects.requireNonNull(originals);
        this.executor = Objects.requireNonNull(executor);
        this.parallelism = parallelism;
    }

    /** The cached PNG of {@code e} fitting in {@code maxEdge} × {@code maxEdge}, made in the background when missing. */
    public CompletableFuture<Optional<Path>> thumbnail(Evidence e, int maxEdge) {
        if (!e.isImage()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        String key = key(e, maxEdge);
        Path cached = dir.resolve(key);
        if (Files.isRegularFile(cached)) {
            return CompletableFuture.completedFuture(Optional.of(cached));
        }
        if (failed.contains(key) || closed || paused != null && System.nanoTime() - pausedUntil < 0) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        Job job = new Job(key, e, maxEdge, new CompletableFuture<>());
        CompletableFuture<Optional<Path>> requested = inFlight.putIfAbsent(key, job.result());
        if (requested != null) {
            return requested;
        }
        jobs.offerFirst(job);
        startWorker();
        return job.result();
    }

    /** One requested thumbnail: made by whichever worker takes it. */
    private record Job(String key, Evidence evidence, int maxEdge, CompletableFuture<Optional<Path>> result) {
    }

    /**
     * Workers on the shared executor take the newest request first: while the user scrolls, the cells now on screen
     * are served before those scrolled past. At most {@code parallelism} workers run, so thumbnails never take every
     * core from the rest of the application.
     */
    private void startWorker() {
        if (tryTakeWorkerSlot()) {
            try {
                executor.execute(this::work);
            } catch (RejectedExecutionException e) {
                // the application is shutting its executors down: nothing more will be made
                workers.decrementAndGet();
                close();
            }
        }
    }

    private boolean tryTakeWorkerSlot() {
        return workers.getAndUpdate(n -> n < parallelism ? n + 1 : n) < parallelism;
    }

    private void work() {
        while (true) {
            Job job = jobs.pollFirst();
            if (job == null) {
                workers.decrementAndGet();
                // a request that came between the poll and the decrement may have found every slot taken
                if (jobs.isEmpty() || !tryTakeWorkerSlot()) {
                    return;
                }
                continue;
            }
            try {
                job.result().complete(make(job.evidence(), job.maxEdge()));
            } catch (Throwable t) {
                job.result().completeExceptionally(t);
            } finally {
                inFlight.remove(job.key());
            }
        }
    }

    /** Makes (or finds) the thumbnail on the calling thread. */
    public Optional<Path> thumbnailNow(Evidence e, int maxEdge) {
        if (!e.isImage()) {
            return Optional.empty();
        }
        Path cached = dir.resolve(key(e, maxEdge));
        return Files.isRegularFile(cached) ? Optional.of(cached) : make(e, maxEdge);
    }

    private static String key(Evidence e, int maxEdge) {
        return e.sha256() + "-" + maxEdge + "-o" + e.orientation() + ".png";
    }

    private Optional<Path> make(Evidence e, int maxEdge) {
        String key = key(e, maxEdge);
        Path target = dir.resolve(key);
        if (Files.isRegularFile(target)) {
            return Optional.of(target);
        }
        try {
            BufferedImage image = decode(originals.apply(e.sha256()), e.mediaType(), maxEdge);
            if (image == null) {
                throw new IOException("no decoder produced an image");
            }
            BufferedImage upright = orient(fit(image, maxEdge), e.orientation());
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "thumb", ".tmp");
            try {
                if (!ImageIO.write(upright, "png", tmp.toFile())) {
                    throw new IOException("no PNG writer");
                }
                OutputFile.moveIntoPlace(tmp, target);
            } finally {
                Files.deleteIfExists(tmp);
            }
            paused = null;
            return Optional.of(target);
        } catch (IOException | RuntimeException ex) {
            if (DiskFullException.isDiskFull(ex)) {
                pause(ex);
                return Optional.empty(); // not this image's fault: asked again later, it is made then
            }
            failed.add(key);
            LOG.warn("No thumbnail for {} ({} {}): {}", e.exhibit(), e.originalName(), e.sha256(), ex.toString());
            return Optional.empty();
        }
    }

    private void pause(Exception ex) {
        pausedUntil = System.nanoTime() + pause.toNanos();
        boolean news = paused == null;
        paused = Reason.of("thumbs.pausedDiskFull", "Thumbnails are paused: the disk holding " + dir
                + " is full; they are made once there is space again", dir);
        if (news) {
            LOG.warn("Thumbnails paused, the disk of {} is full: {}", dir, ex.toString());
            onPause.accept(paused);
        }
    }

    /** Tells {@code listener} (on a worker thread) each time thumbnails pause because the disk is full. */
    public void onPause(Consumer<Reason> listener) {
        this.onPause = Objects.requireNonNull(listener);
    }

    /** Why thumbnails are not being made just now (the disk is full), if they are not. */
    public Optional<Reason> paused() {
        return Optional.ofNullable(paused);
    }

    /** Decodes the first image, skipping source pixels so that the result is at most about twice {@code maxEdge}. */
    static BufferedImage decode(Path file, String mediaType, int maxEdge) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw new IOException("cannot open " + file);
            }
            ImageReader reader = reader(mediaType, in);
            try {
                reader.setInput(in, true, true);
                int longest = Math.max(reader.getWidth(0), reader.getHeight(0));
                int step = Math.max(1, longest / maxEdge);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }

    private static ImageReader reader(String mediaType, ImageInputStream in) throws IOException {
        if ("image/webp".equals(mediaType)) {
            return new WebPImageReaderSpi().createReaderInstance();
        }
        Iterator<ImageReader> byType = ImageIO.getImageReadersByMIMEType(mediaType);
        if (byType.hasNext()) {
            return byType.next();
        }
        Iterator<ImageReader> byContent = ImageIO.getImageReaders(in);
        if (byContent.hasNext()) {
            return byContent.next();
        }
        throw new IOException("no image reader for " + mediaType);
    }

    /** Scales down (never up) to fit {@code maxEdge}. */
    static BufferedImage fit(BufferedImage src, int maxEdge) {
        int longest = Math.max(src.getWidth(), src.getHeight());
        if (longest <= maxEdge) {
            return src;
        }
        double f = (double) maxEdge / longest;
        int w = Math.max(1, (int) Math.round(src.getWidth() * f));
        int h = Math.max(1, (int) Math.round(src.getHeight() * f));
        BufferedImage out = new BufferedImage(w, h, src.getColorModel().hasAlpha()
                ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        var g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(src, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Turns stored pixels upright as EXIF orientation {@code code} says (same geometry as domain Orientation). */
    static BufferedImage orient(BufferedImage src, int code) {
        if (code == 1) {
            return src;
        }
        int w = src.getWidth();
        int h = src.getHeight();
        AffineTransform t = new AffineTransform(new Orientation(code).uprightTransform(w, h));
        boolean swap = code >= 5;
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h,
                src.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        var g = out.createGraphics();
        try {
            g.drawImage(src, t, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /**
     * Drops the requests not started yet (they complete empty) and refuses new ones; those being made finish on their
     * own.
     */
    @Override
    public void close() {
        closed = true;
        for (Job job = jobs.pollFirst(); job != null; job = jobs.pollFirst()) {
            inFlight.remove(job.key());
            job.result().complete(Optional.empty());
        }
    }

    /** Deletes every cached thumbnail; they are remade on demand. */
    public void clearCache() {
        try (var files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (java.nio.file.NoSuchFileException e) {
            LOG.debug("no thumbnail cache yet");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        failed.clear();
    }
}
