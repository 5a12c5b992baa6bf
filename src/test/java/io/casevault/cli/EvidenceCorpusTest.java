package io.casevault.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real-world image corpora through {@code evidence add} end to end: valid images accepted with their pixel size
 * and orientation, corrupt and hostile ones refused with a reason, and nothing half-written left in the vault.
 */
@Tag("corpus")
class EvidenceCorpusTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = Path.of(System.getProperty("casevault.corpora", "../shared/corpora"));
    private static final Pattern REJECTED = Pattern.compile("^Rejected (.+?): (.+)$", Pattern.MULTILINE);
    /** Files that must be refused whatever else the probe decides (see CorpusProbeTest for the reasons). */
    private static final Set<String> MUST_REJECT = Set.of("badadler.png", "badcrc.png", "bad_iCCP.png",
            "broken.png", "broken_data_stream.png", "decompression_bomb.gif", "png_decompression_dos.png",
            "truncated_end_chunk.png", "truncated_image.png", "truncated_jpeg.jpg", "lottapixel.jpg");

    @TempDir
    Path tmp;
    CliHarness cli;

    @BeforeEach
    void vault() {
        assumeTrue(Files.isDirectory(ROOT), "corpus folder " + ROOT + " not present");
        cli = new CliHarness(tmp.resolve("vault"));
        cli.ok("init");
    }

    private Outcome addFolder(String... folders) throws IOException {
        String caseId = cli.ok("case", "add", "--title", "corpus " + String.join(",", folders), "--provider", "test");
        List<String> args = new ArrayList<>(List.of("evidence", "add", "--case", caseId, "--json"));
        for (String folder : folders) {
            try (Stream<Path> files = Files.list(ROOT.resolve(folder))) {
                files.filter(f -> f.getFileName().toString().matches(".*\\.(png|jpg|gif|webp|bmp)"))
                        .sorted().forEach(f -> args.add(f.toString()));
            }
        }
        CliHarness.Result r = cli.run(args.toArray(String[]::new));
        Outcome o = new Outcome(args.size() - 5);
        for (JsonNode n : JSON.readTree(r.out())) {
            o.accepted.put(Path.of(n.get("file").asText()).getFileName().toString(), n);
        }
        Matcher m = REJECTED.matcher(r.err());
        while (m.find()) {
            o.rejected.put(Path.of(m.group(1)).getFileName().toString(), m.group(2));
        }
        o.code = r.code();
        return o;
    }

    @Test
    void pngSuiteAndExifSamplesGoInWithTheirSizeAndOrientationAndCorruptOnesAreRefused() throws Exception {
        Outcome o = addFolder("pngsuite", "exif-orientation");
        o.assertEveryFileAccountedFor();
        assertThat(o.code).isEqualTo(2);
        Pattern orientation = Pattern.compile(".*_(\\d)\\.jpg");
        for (Path f : list("pngsuite", "exif-orientation")) {
            String name = f.getFileName().toString();
            if (name.startsWith("x")) {
                assertThat(o.rejected).as(name).containsKey(name);
                assertThat(o.rejected.get(name)).as(name).isNotBlank();
                continue;
            }
            assertThat(o.accepted).as(name + " refused: " + o.rejected.get(name)).containsKey(name);
            BufferedImage oracle = ImageIO.read(f.toFile());
            JsonNode n = o.accepted.get(name);
            assertThat(n.get("width").asInt()).as(name).isEqualTo(oracle.getWidth());
            assertThat(n.get("height").asInt()).as(name).isEqualTo(oracle.getHeight());
            Matcher m = orientation.matcher(name);
            if (m.matches()) {
                int expected = Integer.parseInt(m.group(1));
                assertThat(n.get("orientation").asInt()).as(name).isEqualTo(expected == 0 ? 1 : expected);
            }
        }
        assertVaultHoldsExactlyTheAccepted(o);
    }

    @Test
    void brokenCrashingAndBombImagesAreRefusedWithAReasonAndLeaveNothingBehind() throws Exception {
        Outcome o = addFolder("libpng-crashers", "pillow-images", "fuzzdb-malicious-images");
        o.assertEveryFileAccountedFor();
        assertThat(o.code).isEqualTo(2);
        for (String name : MUST_REJECT) {
            assertThat(o.rejected).as(name).containsKey(name);
        }
        for (Path f : list("libpng-crashers")) {
            String name = f.getFileName().toString();
            if (name.startsWith("huge_")) {
                assertThat(o.rejected).as(name).containsKey(name);
            }
        }
        assertThat(o.rejected.values()).allSatisfy(reason -> assertThat(reason).isNotBlank().endsWith("."));
        assertThat(o.accepted).containsKeys("hopper.jpg", "flower.webp", "hopper_orientation_6.jpg");
        assertThat(o.accepted.get("hopper_orientation_6.webp").get("orientation").asInt()).isEqualTo(6);
        assertVaultHoldsExactlyTheAccepted(o);
    }

    private void assertVaultHoldsExactlyTheAccepted(Outcome o) throws Exception {
        JsonNode verify = JSON.readTree(cli.ok("verify", "--json"));
        assertThat(verify.get("ok").asBoolean()).isTrue();
        Set<String> hashes = new HashSet<>();
        o.accepted.values().forEach(n -> hashes.add(n.get("sha256").asText()));
        assertThat(verify.get("blobsChecked").asInt()).isEqualTo(hashes.size());
        assertThat(cli.vault().resolve("blobs/tmp")).isEmptyDirectory();
    }

    private static List<Path> list(String... folders) throws IOException {
        List<Path> all = new ArrayList<>();
        for (String folder : folders) {
            try (Stream<Path> files = Files.list(ROOT.resolve(folder))) {
                files.filter(f -> f.getFileName().toString().matches(".*\\.(png|jpg|gif|webp|bmp)")).forEach(all::add);
            }
        }
        return all;
    }

    private static final class Outcome {
        final int files;
        final Map<String, JsonNode> accepted = new HashMap<>();
        final Map<String, String> rejected = new HashMap<>();
        int code;

        Outcome(int files) {
            this.files = files;
        }

        void assertEveryFileAccountedFor() {
            assertThat(accepted.size() + rejected.size()).isEqualTo(files);
            assertThat(accepted.keySet()).doesNotContainAnyElementsOf(rejected.keySet());
        }
    }
}
