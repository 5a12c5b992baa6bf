package io.casevault.app;

import io.casevault.domain.CaptureSource;
import io.casevault.domain.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.FileImageOutputStream;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Which exhibit a newly added picture looks the same as, on pictures made here. */
class LookAlikesTest {
    @TempDir
    Path dir;
    private final Map<String, Path> originals = new HashMap<>();
    private int next;

    /** A payment screenshot: a coloured header, lines of text, the amount and order number in large type. */
    private static BufferedImage payment(String amount, String order) {
        Random random = new Random(42);
        BufferedImage img = new BufferedImage(540, 1080, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 540, 1080);
        g.setColor(new Color(0x1677ff));
        g.fillRect(0, 0, 540, 160);
        g.setColor(Color.DARK_GRAY);
        for (int i = 0; i < 10; i++) {
            g.fillRect(40 + random.nextInt(100), 420 + i * 50, 150 + random.nextInt(250), 14);
        }
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 60));
        g.drawString(amount, 120, 300);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 30));
        g.drawString("Order " + order, 40, 960);
        g.dispose();
        return img;
    }

    private Evidence store(BufferedImage img, String format, float quality) throws IOException {
        next++;
        Path file = dir.resolve("originals/" + next + "." + format);
        Files.createDirectories(file.getParent());
        if (format.equals("png")) {
            ImageIO.write(img, "png", file.toFile());
        } else {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            try (FileImageOutputStream out = new FileImageOutputStream(file.toFile())) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(img, null, null), param);
            } finally {
                writer.dispose();
            }
        }
        String sha = String.format("%064x", next);
        originals.put(sha, file);
        return new Evidence(next, 1, sha, file.getFileName().toString(), format.equals("png") ? "image/png"
                : "image/jpeg", Files.size(file), img.getWidth(), img.getHeight(), 1, null, CaptureSource.IMPORT_TIME,
                Instant.EPOCH, "", List.of(), next, null);
    }

    /** Half the size, each pixel the average of four, as a phone's "smaller copy" makes it. */
    private static BufferedImage half(BufferedImage img) {
        BufferedImage out = new BufferedImage(img.getWidth() / 2, img.getHeight() / 2, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(img.getScaledInstance(out.getWidth(), out.getHeight(), java.awt.Image.SCALE_AREA_AVERAGING), 0, 0,
                null);
        g.dispose();
        return out;
    }

    private LookAlikes lookAlikes() {
        return new LookAlikes(dir.resolve("cache"), originals::get);
    }

    @Test
    void aReEncodedCopyLooksTheSameAsTheExhibitAlreadyThereAndTheLookIsKeptInTheCache() throws IOException {
        BufferedImage shot = payment("¥ 88.00", "2026110322001456");
        Evidence first = store(shot, "png", 0);
        Evidence pastedAgain = store(shot, "jpg", 0.85f);
        Evidence smaller = store(half(payment("¥ 12.00", "2026110322001999")), "png", 0);

        LookAlikes looks = lookAlikes();

        assertThat(looks.sameLookAs(pastedAgain, List.of(first))).contains(first);
        assertThat(looks.sameLookAs(pastedAgain, List.of(smaller, first))).contains(first);
        assertThat(dir.resolve("cache/looks").resolve(first.sha256() + ".look")).isRegularFile();
    }

    @Test
    void anotherPaymentOnTheSamePageDoesNotLookTheSame() throws IOException {
        Evidence first = store(payment("¥ 88.00", "2026110322001456"), "png", 0);
        Evidence otherAmount = store(payment("¥ 89.00", "2026110322001456"), "png", 0);
        Evidence otherOrder = store(payment("¥ 88.00", "2026110322001457"), "jpg", 0.9f);

        LookAlikes looks = lookAlikes();

        assertThat(looks.sameLookAs(otherAmount, List.of(first))).isEmpty();
        assertThat(looks.sameLookAs(otherOrder, List.of(first))).isEmpty();
    }

    @Test
    void aDamagedKeptLookIsMadeAgainAndAnUnreadablePictureMatchesNothing() throws IOException {
        BufferedImage shot = payment("¥ 88.00", "2026110322001456");
        Evidence first = store(shot, "png", 0);
        Evidence again = store(shot, "jpg", 0.85f);
        Path kept = dir.resolve("cache/looks").resolve(first.sha256() + ".look");
        Files.createDirectories(kept.getParent());
        Files.write(kept, new byte[] {1, 2, 3});
        Evidence broken = store(shot, "png", 0);
        Files.write(originals.get(broken.sha256()), new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        LookAlikes looks = lookAlikes();

        assertThat(looks.sameLookAs(again, List.of(first))).contains(first);
        assertThat(Files.size(kept)).isGreaterThan(3);
        assertThat(looks.sameLookAs(broken, List.of(first))).isEmpty();
    }
}
