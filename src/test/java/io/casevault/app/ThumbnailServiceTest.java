package io.casevault.app;

import io.casevault.ExifJpeg;
import io.casevault.TestFiles;
import io.casevault.domain.CaptureSource;
import io.casevault.domain.Evidence;
import io.casevault.domain.NewCase;
import io.casevault.domain.Orientation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ThumbnailServiceTest {
    @TempDir
    Path tmp;
    VaultSession session;
    long caseId;

    @BeforeEach
    void open() {
        session = VaultSession.create(tmp.resolve("v"), Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"), ZoneOffset.UTC));
        caseId = session.cases().create(new NewCase("Refund", "Alipay", null, null, null, null, List.of(), null,
                LocalDate.of(2026, 11, 25), null, null, false)).id();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private Evidence add(Path file) {
        AddOutcome outcome = session.evidence().add(caseId, List.of(file), null, Progress.NONE).get(0);
        return ((AddOutcome.Added) outcome).evidence();
    }

    @Test
    void thumbnailIsSmallUprightAndCachedUnderTheVault() throws Exception {
        Evidence photo = add(ExifJpeg.write(tmp.resolve("portrait.jpg"), 1200, 800, 6));

        Optional<Path> thumb = session.thumbnails().thumbnail(photo, 320).get(20, TimeUnit.SECONDS);

        assertThat(thumb).isPresent();
        assertThat(thumb.get()).startsWith(session.dir().resolve("cache").resolve("thumbs"));
        assertThat(thumb.get().getFileName().toString()).startsWith(photo.sha256());
        BufferedImage image = ImageIO.read(thumb.get().toFile());
        assertThat(image.getWidth()).isBetween(212, 214); // the stored 1200 × 800 upright: 800 × 1200 → 213 × 320
        assertThat(image.getHeight()).isEqualTo(320);
        // the red block of the stored top-left corner is at the upright top-right
        assertThat(new Color(image.getRGB(image.getWidth() - 5, 5)).getRed()).isGreaterThan(200);
        assertThat(new Color(image.getRGB(5, 5)).getRed()).isLessThan(220).isGreaterThan(150); // grey, not red
        assertThat(new Color(image.getRGB(5, 5)).getGreen()).isGreaterThan(150);
        var made = Files.getLastModifiedTime(thumb.get());
        assertThat(session.thumbnails().thumbnail(photo, 320).get(5, TimeUnit.SECONDS)).contains(thumb.get());
        assertThat(Files.getLastModifiedTime(thumb.get())).isEqualTo(made);
    }

    @Test
    void largePhotoIsSubsampledWhileDecoding() throws Exception {
        Path big = TestFiles.jpeg(tmp.resolve("big.jpg"), 4000, 300, 3);

        BufferedImage decoded = ThumbnailService.decode(big, "image/jpeg", 320);

        assertThat(decoded.getWidth()).isLessThanOrEqualTo(640);
        assertThat(decoded.getWidth()).isGreaterThanOrEqualTo(320);
    }

    @Test
    void undecodableImageGetsNoThumbnailAndNoException() throws Exception {
        Path broken = Files.write(tmp.resolve("broken"), new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2});
        String sha = "a".repeat(64);
        Evidence e = new Evidence(1, 1, sha, "broken.jpg", "image/jpeg", 6, 10, 10, 1, null,
                CaptureSource.IMPORT_TIME, Instant.EPOCH, null, List.of(), 1, null);
        try (AppExecutors executors = AppExecutors.of(1, 1);
             ThumbnailService service = new ThumbnailService(tmp.resolve("cache"), s -> broken, executors.cpu(), 1)) {
            assertThat(service.thumbnail(e, 320).get(10, TimeUnit.SECONDS)).isEmpty();
            assertThat(Files.exists(tmp.resolve("cache/thumbs")) ? Files.list(tmp.resolve("cache/thumbs")).count() : 0)
                    .isZero();
        }
    }

    @Test
    void nonImagesGetNoThumbnail() throws Exception {
        Evidence note = add(TestFiles.text(tmp.resolve("call-notes.txt"), "hotline said 3 days"));
        assertThat(session.thumbnails().thumbnail(note, 320).get(5, TimeUnit.SECONDS)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void uprightImageHasTheStoredBoxWhereOrientationMapsIt(int code) {
        BufferedImage stored = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        var g = stored.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(4, 3, 8, 6);
        g.dispose();

        BufferedImage upright = ThumbnailService.orient(stored, code);
        Orientation.Box box = new Orientation(code).toUpright(new Orientation.Box(4, 3, 8, 6), 40, 30);

        int x0 = (int) box.x();
        int y0 = (int) box.y();
        int x1 = (int) (box.x() + box.width()) - 1;
        int y1 = (int) (box.y() + box.height()) - 1;
        assertThat(upright.getRGB(x0, y0) & 0xffffff).isEqualTo(0xffffff);
        assertThat(upright.getRGB(x1, y1) & 0xffffff).isEqualTo(0xffffff);
        assertThat(upright.getRGB(x0 == 0 ? x1 + 1 : x0 - 1, y0) & 0xffffff).isZero();
        assertThat(upright.getRGB(x0, y1 + 1 < upright.getHeight() ? y1 + 1 : y0 - 1) & 0xffffff).isZero();
    }
}
