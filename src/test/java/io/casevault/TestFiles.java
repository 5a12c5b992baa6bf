package io.casevault;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;

/** Small evidence files made by the tests themselves: images, and images broken in known ways. */
public final class TestFiles {
    private TestFiles() {
    }

    public static Path png(Path file, int width, int height, long seed) throws IOException {
        return write(file, image(width, height, seed, BufferedImage.TYPE_INT_RGB), "png");
    }

    public static Path jpeg(Path file, int width, int height, long seed) throws IOException {
        return write(file, image(width, height, seed, BufferedImage.TYPE_INT_RGB), "jpg");
    }

    private static Path write(Path file, BufferedImage img, String format) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        if (!ImageIO.write(img, format, file.toFile())) {
            throw new IOException("no " + format + " writer");
        }
        return file;
    }

    private static BufferedImage image(int width, int height, long seed, int type) {
        Random random = new Random(seed);
        BufferedImage img = new BufferedImage(width, height, type);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                img.setRGB(x, y, random.nextInt(0xffffff));
            }
        }
        return img;
    }

    public static Path text(Path file, String content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.writeString(file, content);
    }

    /** Cuts a file to its first {@code keep} bytes. */
    public static Path truncated(Path source, Path target, int keep) throws IOException {
        byte[] b = Files.readAllBytes(source);
        return Files.write(target, Arrays.copyOf(b, Math.min(keep, b.length)));
    }

    /** Flips one byte inside the first IDAT chunk's data, leaving the CRC as it was. */
    public static Path corruptPngData(Path source, Path target) throws IOException {
        byte[] b = Files.readAllBytes(source);
        int idat = indexOf(b, "IDAT".getBytes());
        b[idat + 4 + 10] ^= 0x5a;
        return Files.write(target, b);
    }

    /** Rewrites IHDR to claim {@code width × height} pixels, with a correct CRC, as decompression bombs do. */
    public static Path pngClaiming(Path source, Path target, int width, int height) throws IOException {
        byte[] b = Files.readAllBytes(source);
        ByteBuffer buf = ByteBuffer.wrap(b);
        buf.putInt(16, width).putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(b, 12, 17);
        buf.putInt(29, (int) crc.getValue());
        return Files.write(target, b);
    }

    /** Random bytes; deterministic per seed. */
    public static Path randomBytes(Path file, int size, long seed) throws IOException {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        b[0] = 'R'; // never a magic number of an image format
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.write(file, b);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("not found");
    }
}
