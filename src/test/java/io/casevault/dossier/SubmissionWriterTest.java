package io.casevault.dossier;

import io.casevault.domain.BlobSource;
import io.casevault.domain.CaptureSource;
import io.casevault.domain.Case;
import io.casevault.domain.CaseStatus;
import io.casevault.domain.Category;
import io.casevault.domain.Evidence;
import io.casevault.domain.Hashes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writing the submission copy: each picture is encoded once at the rung the prediction chose, straight into the file,
 * and every file is at most the limit whatever the limit.
 */
class SubmissionWriterTest {
    private static final int SHOTS = 5;

    @TempDir
    Path dir;
    private ExecutorService executor;
    private final Map<String, Path> files = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();
    private DossierInput input;
    private long originals;

    @BeforeEach
    void caseOfNoisyScreenshots() throws IOException {
        executor = Executors.newFixedThreadPool(2);
        Random random = new Random(5);
        List<ExhibitInput> exhibits = new ArrayList<>();
        for (int i = 1; i <= SHOTS; i++) {
            BufferedImage img = RenderedScreenshot.render(1080, List.of("账单详情", "¥1,250.00", "订单号 " + i)).image();
            for (int y = 1250; y < 1900; y++) { // a product photo: noise, so the originals are large
                for (int x = 40; x < 1040; x++) {
                    int v = 60 + random.nextInt(160);
                    img.setRGB(x, y, v << 16 | (v / 2 + random.nextInt(40)) << 8 | 255 - v);
                }
            }
            Path png = dir.resolve("shot-" + i + ".png");
            ImageIO.write(img, "png", png.toFile());
            byte[] bytes = Files.readAllBytes(png);
            String sha = Hashes.hex(Hashes.sha256().digest(bytes));
            files.put(sha, png);
            originals += bytes.length;
            exhibits.add(new ExhibitInput(new Evidence(i, 1, sha, png.getFileName().toString(), "image/png",
                    bytes.length, img.getWidth(), img.getHeight(), 1, null, CaptureSource.IMPORT_TIME,
                    Instant.parse("2026-11-04T00:00:00Z"), "", List.of(), i, null), List.of(), null));
        }
        BlobSource blobs = new BlobSource() {
            @Override
            public InputStream open(String sha256) throws IOException {
                return Files.newInputStream(path(sha256));
            }

            @Override
            public Path path(String sha256) {
                reads.computeIfAbsent(sha256, s -> new AtomicInteger()).incrementAndGet();
                return files.get(sha256);
            }
        };
        Case c = new Case(1, "转账未到账 Transfer not received", "Alipay", null, Category.FUNDS_NOT_RECEIVED, "", null,
                List.of(), CaseStatus.DRAFT, null, LocalDate.of(2026, 11, 4), null, List.of(),
                Instant.parse("2026-11-04T00:00:00Z"), null, false);
        input = new DossierInput(c, List.of(), exhibits, List.of(), List.of(), List.of(), List.of(), blobs);
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void aCopyWrittenStraightAwayEncodesEachPictureOnceAndIsUnderTheLimit() throws IOException {
        long limit = originals; // as they are, the pictures and the cover do not fit; re-encoded they fit easily
        Path folder = Files.createDirectories(dir.resolve("copy"));
        reads.clear();

        SubmissionResult r = new SubmissionWriter(executor, 2).write(input, options(), limit, false, folder,
                DossierProgress.NONE);

        assertThat(r.files()).singleElement().satisfies(f -> assertThat(f.bytes()).isLessThanOrEqualTo(limit)
                .isEqualTo(Files.size(f.path())));
        assertThat(r.step()).contains(ShrinkStep.LADDER.get(0));
        try (Stream<Path> encoded = Files.list(folder)) {
            assertThat(encoded.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("pictures-")))
                    .as("pictures were encoded at one rung only").containsExactly("pictures-0");
        }
        try (Stream<Path> jpegs = Files.list(folder.resolve("pictures-0"))) {
            assertThat(jpegs).hasSize(SHOTS);
        }
        assertThat(reads).as("each original is read twice, for the samples that predict the size at the most compact "
                + "size and then at the milder ones: the copy takes its encode").hasSize(SHOTS)
                .allSatisfy((sha, n) -> assertThat(n.get()).isEqualTo(2));
    }

    @Test
    void aCopyThatNeedsTheMostCompactSizeReadsEachSampledOriginalOnce() throws IOException {
        long limit = originals * 15 / 200; // only the most compact rung fits (the next one needs about 9 %)
        Path folder = Files.createDirectories(dir.resolve("copy"));
        reads.clear();

        SubmissionResult r = new SubmissionWriter(executor, 2).write(input, options(), limit, true, folder,
                DossierProgress.NONE);

        assertThat(r.step()).contains(ShrinkStep.LADDER.get(ShrinkStep.LADDER.size() - 1));
        try (Stream<Path> encoded = Files.list(folder)) {
            assertThat(encoded.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("pictures-")))
                    .containsExactly("pictures-" + (ShrinkStep.LADDER.size() - 1));
        }
        assertThat(reads).as("each original is read once: the samples are decoded at the most compact size only, and "
                + "the copy takes their encodes").hasSize(SHOTS).allSatisfy((sha, n) -> assertThat(n.get()).isEqualTo(1));
    }

    @ParameterizedTest(name = "limit {0} % of the originals")
    @ValueSource(ints = {9, 14, 22, 35})
    void everyFileIsAtMostTheLimitWhateverTheLimit(int percent) throws IOException {
        long limit = originals * percent / 100;
        Path folder = Files.createDirectories(dir.resolve("copy-" + percent));

        SubmissionResult r = new SubmissionWriter(executor, 2).write(input, options(), limit, true, folder,
                DossierProgress.NONE);

        assertThat(r.files()).isNotEmpty().allSatisfy(f -> assertThat(Files.size(f.path())).as(f.path().toString())
                .isLessThanOrEqualTo(limit));
        assertThat(r.step()).as("the pictures had to be reduced").isPresent();
    }

    private static DossierOptions options() {
        return new DossierOptions(Lang.EN, false, false, ZoneId.of("Asia/Shanghai"),
                Instant.parse("2026-11-25T02:00:00Z"));
    }
}
