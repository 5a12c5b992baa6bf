package io.casevault.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs the probe over public corpora of valid, corrupt and hostile images (see SOURCES.txt in each folder). */
@Tag("corpus")
class CorpusProbeTest {

    private static final Path ROOT = Path.of(System.getProperty("casevault.corpora", "/work/shared/corpora"));
    private static final Set<String> IMAGE_EXTENSIONS = Set.of("png", "jpg", "gif", "webp", "bmp");

    private final MediaProbe probe = new MediaProbe();

    /** An explicit decision for one corpus file. */
    private record Expect(boolean accepted, int width, int height, int orientation, LocalDateTime date) {

        static Expect accept(int width, int height, int orientation) {
            return new Expect(true, width, height, orientation, null);
        }

        static Expect accept(int width, int height, int orientation, LocalDateTime date) {
            return new Expect(true, width, height, orientation, date);
        }

        static Expect reject() {
            return new Expect(false, 0, 0, 0, null);
        }
    }

    @TestFactory
    Stream<DynamicTest> pngSuiteValidFilesMatchImageIoAndCorruptOnesAreRejected() throws IOException {
        return images("pngsuite").stream().map(file -> DynamicTest.dynamicTest(name(file), () -> {
            if (name(file).startsWith("x")) {
                assertRejected(file);
            } else {
                BufferedImage oracle = ImageIO.read(file.toFile());
                ProbeResult result = probe.probe(file);
                assertThat(result.mediaType()).isEqualTo("image/png");
                assertThat(result.width()).hasValue(oracle.getWidth());
                assertThat(result.height()).hasValue(oracle.getHeight());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> exifOrientationExamplesReportTheirOrientation() throws IOException {
        Pattern pattern = Pattern.compile(".*_(\\d)\\.jpg");
        return images("exif-orientation").stream().map(file -> DynamicTest.dynamicTest(name(file), () -> {
            Matcher matcher = pattern.matcher(name(file));
            assertThat(matcher.matches()).as("file name pattern").isTrue();
            int n = Integer.parseInt(matcher.group(1));
            BufferedImage oracle = ImageIO.read(file.toFile());
            ProbeResult result = probe.probe(file);
            assertThat(result.orientation()).isEqualTo(n == 0 ? 1 : n);
            assertThat(result.width()).hasValue(oracle.getWidth());
            assertThat(result.height()).hasValue(oracle.getHeight());
        }));
    }

    @TestFactory
    Stream<DynamicTest> libpngCrashersAreHandledAsDecided() throws IOException {
        Map<String, Expect> expected = new TreeMap<>();
        // IHDR CRC is wrong (and the iCCP chunk after it is damaged too)
        expected.put("bad_iCCP.png", Expect.reject());
        // valid CRCs, but the zlib Adler-32 of the image data is wrong
        expected.put("badadler.png", Expect.reject());
        // the IDAT CRC is wrong
        expected.put("badcrc.png", Expect.reject());
        // Judgement: every chunk has a correct CRC, IHDR/PLTE/IDAT/IEND are valid and in order and the image data
        // decodes exactly; only ancillary chunks are zero-length, repeated and misplaced. The PNG spec lets
        // decoders ignore faulty ancillary chunks (libpng treats these as benign errors), so the image is usable.
        // ImageIO's strict metadata parser fails on it, so thumbnailing must tolerate that.
        expected.put("empty_ancillary_chunks.png", Expect.accept(1, 1, 1));
        for (String chunk : List.of("IDAT", "bKGD_chunk", "cHRM_chunk", "eXIf_chunk", "gAMA_chunk", "hIST_chunk",
                "iCCP_chunk", "iTXt_chunk", "juNK_unsafe_to_copy", "juNk_safe_to_copy", "pCAL_chunk", "pHYs_chunk",
                "sCAL_chunk", "sPLT_chunk", "sRGB_chunk", "sTER_chunk", "tEXt_chunk", "tIME_chunk", "zTXt_chunk")) {
            // a chunk claims 1 GiB - 1 bytes in a file of a few dozen bytes
            expected.put("huge_" + chunk + ".png", Expect.reject());
        }
        return check("libpng-crashers", expected);
    }

    @TestFactory
    Stream<DynamicTest> pillowTestImagesAreHandledAsDecided() throws IOException {
        Map<String, Expect> expected = new TreeMap<>();
        expected.put("broken.png", Expect.reject()); // signature followed by garbage, no IHDR
        expected.put("broken_data_stream.png", Expect.reject()); // IDAT CRC wrong, garbage chunk afterwards
        // the EXIF resolution is broken; the image itself is complete
        expected.put("broken_exif_dpi.jpg", Expect.accept(100, 100, 1, LocalDateTime.of(2013, 9, 11, 16, 45, 13)));
        // 32x32 screen, but a 65535x1321 frame at top 65280: decoders that grow the canvas for it (Pillow) would
        // allocate 65535x66601 pixels
        expected.put("decompression_bomb.gif", Expect.reject());
        expected.put("exif.png", Expect.accept(512, 512, 1)); // eXIf after IDAT, orientation 1
        // orientation 3 in ImageMagick's hex "Raw profile type exif" tEXt chunk
        expected.put("exif_imagemagick_orientation.png", Expect.accept(512, 512, 3));
        expected.put("exif_gps.jpg", Expect.accept(8, 8, 1, LocalDateTime.of(2099, 9, 29, 10, 10, 10)));
        expected.put("flower.webp", Expect.accept(480, 360, 1, LocalDateTime.of(2003, 12, 14, 12, 1, 44)));
        expected.put("hopper.jpg", Expect.accept(128, 128, 1));
        expected.put("hopper.webp", Expect.accept(128, 128, 1));
        expected.put("hopper_bad_exif.jpg", Expect.accept(500, 500, 1)); // unreadable EXIF must not reject
        for (int n = 2; n <= 8; n++) {
            expected.put("hopper_orientation_" + n + ".jpg", Expect.accept(128, 128, n));
            expected.put("hopper_orientation_" + n + ".webp", Expect.accept(128, 128, n));
        }
        // Judgement: a second ICC APP2 segment after SOF repeats sequence number 1. ImageIO refuses the ICC
        // profile ("duplicate sequence numbers") but the image data is complete and libjpeg/Pillow decode it.
        expected.put("icc-after-SOF.jpg", Expect.accept(10, 10, 1));
        expected.put("invalid-exif-without-x-resolution.jpg",
                Expect.accept(300, 200, 1, LocalDateTime.of(2016, 12, 3, 11, 17, 43)));
        expected.put("invalid-exif.jpg", Expect.accept(200, 200, 1)); // the EXIF TIFF header is garbage
        expected.put("iss634.webp", Expect.accept(245, 245, 1)); // animated WebP; the first frame decodes
        // Judgement: stray FF 00 between APP14 and DQT; libjpeg skips such bytes with a warning, viewers show it
        expected.put("jpeg_ff00_header.jpg", Expect.accept(300, 225, 1, LocalDateTime.of(2013, 7, 4, 17, 24, 41)));
        // Judgement: the text "hello" between COM and DQT; skipped like libjpeg does (Pillow issue 630)
        expected.put("junk_jpeg_header.jpg", Expect.accept(1024, 768, 1));
        expected.put("multiple_exif.jpg", Expect.accept(1, 1, 1)); // two APP1 Exif segments
        // three zTXt chunks of 2 KiB, each inflating to 2 MiB of text; Pillow's 1 MiB text chunk limit applies
        expected.put("png_decompression_dos.png", Expect.reject());
        expected.put("transparent.webp", Expect.accept(200, 150, 1));
        // Judgement: the APP14 segment length is one byte short, so one stray byte precedes DQT; skipped like
        // libjpeg does, and the scan plus end-of-image marker are complete. Only the Adobe metadata is truncated.
        expected.put("truncated_app14.jpg", Expect.accept(100, 100, 1, LocalDateTime.of(2009, 3, 6, 22, 15, 29)));
        // Judgement: the first IDAT holds the whole image (ImageIO decodes it), but the file stops right after the
        // next IDAT chunk header, so there is no IEND: the file is damaged, and damaged evidence is rejected.
        expected.put("truncated_end_chunk.png", Expect.reject());
        expected.put("truncated_exif_dpi.jpg", Expect.accept(480, 640, 1)); // only the EXIF block is cut short
        expected.put("truncated_image.png", Expect.reject()); // IDAT cut off
        expected.put("truncated_jpeg.jpg", Expect.reject()); // progressive JPEG without end-of-image marker
        return check("pillow-images", expected);
    }

    @Test
    void lottapixelIsRejectedAsADecompressionBomb() throws IOException {
        Path file = corpus("fuzzdb-malicious-images").resolve("lottapixel.jpg");
        assumeTrue(Files.isRegularFile(file), "corpus file missing: " + file);

        assertThatThrownBy(() -> probe.probe(file))
                .isInstanceOf(MediaRejectedException.class)
                .hasMessage("image claims 64250 × 64250 pixels, more than the 100 megapixel limit "
                        + "(possible decompression bomb)");
    }

    private Stream<DynamicTest> check(String folder, Map<String, Expect> expected) throws IOException {
        List<Path> files = images(folder);
        // every image in the folder needs an explicit decision, and every decision needs its file
        assertThat(files.stream().map(CorpusProbeTest::name).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        return files.stream().map(file -> DynamicTest.dynamicTest(name(file), () -> {
            Expect expect = expected.get(name(file));
            if (!expect.accepted()) {
                assertRejected(file);
                return;
            }
            ProbeResult result = probe.probe(file);
            assertThat(result.isImage()).isTrue();
            assertThat(result.width()).hasValue(expect.width());
            assertThat(result.height()).hasValue(expect.height());
            assertThat(result.orientation()).isEqualTo(expect.orientation());
            if (expect.date() != null) {
                assertThat(result.exifDateTime()).hasValue(expect.date());
            }
        }));
    }

    private void assertRejected(Path file) {
        assertThatThrownBy(() -> probe.probe(file))
                .isInstanceOf(MediaRejectedException.class)
                .satisfies(e -> assertThat(e.getMessage()).isNotBlank().doesNotContain(name(file)));
    }

    private static List<Path> images(String folder) throws IOException {
        Path dir = corpus(folder);
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> IMAGE_EXTENSIONS.contains(extension(p))).sorted().toList();
        }
    }

    private static Path corpus(String folder) {
        Path dir = ROOT.resolve(folder);
        assumeTrue(Files.isDirectory(dir), "corpus not available: " + dir);
        return dir;
    }

    private static String extension(Path file) {
        String name = name(file);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }
}
