package io.casevault.cli;

import io.casevault.SmallDisk;
import io.casevault.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A disk that fills during {@code evidence add}: a real, size-limited tmpfs, which only root can mount (CI runs as
 * root); elsewhere the test is skipped with a message.
 */
class DiskFullTest {
    private static final int FILES = 80;

    @TempDir
    Path tmp;

    @Test
    void aFullDiskListsTheFilesThatWentInNamesTheDiskAndARerunAddsTheRestOnce() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(tmp.resolve("disk"), 16)) {
            CliHarness cli = new CliHarness(disk.resolve("vault"));
            // 21.6 MB in all. At most 32 files (8.6 MB: a batch being recorded and those staged ahead of it) are on
            // the disk unrecorded, so the first batch always goes in
            List<String> files = addingScreenshots(cli, FILES);

            CliHarness.Result full = cli.run(files.toArray(String[]::new));
            assertThat(full.code()).isEqualTo(1);
            List<String> added = full.out().lines().filter(l -> l.startsWith("E-")).toList();
            assertThat(added).as(full.out() + full.err()).hasSizeBetween(1, FILES - 1);
            assertThat(full.err().strip()).doesNotContain("\n").doesNotContain("SQLITE")
                    .contains("The disk holding " + disk.resolve("vault") + " is full").contains("MB more were needed")
                    .contains("run the command again");

            disk.resize(48);
            CliHarness.Result rerun = cli.run(files.toArray(String[]::new));
            assertThat(rerun.code()).as(rerun.err()).isZero();
            List<String> lines = rerun.out().lines().toList();
            assertThat(lines).hasSize(FILES);
            assertThat(lines.stream().filter(l -> l.contains("(already in this case)"))).hasSize(added.size());
            assertThat(lines.stream().map(l -> l.split(" ")[0]).distinct()).hasSize(FILES);
            assertThat(cli.run("verify").code()).isZero();
        }
    }

    @Test
    void aDiskThatFillsWithinTheFirstBatchStillRecordsTheFilesStagedBeforeIt() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(tmp.resolve("disk"), 16)) {
            CliHarness cli = new CliHarness(disk.resolve("vault"));
            List<String> files = addingScreenshots(cli, 12);
            // room for about six of the twelve files (270 kB each): the disk fills before the first batch of 16
            disk.leave(1_800_000);

            CliHarness.Result full = cli.run(files.toArray(String[]::new));
            assertThat(full.code()).isEqualTo(1);
            List<String> added = full.out().lines().filter(l -> l.startsWith("E-")).toList();
            assertThat(added).as(full.out() + full.err()).hasSizeBetween(1, 11);
            assertThat(added).as("the files recorded are the first ones, in order").allSatisfy(line -> assertThat(line)
                    .endsWith("shot" + (Integer.parseInt(line.substring(2, line.indexOf(' '))) - 1) + ".png"));
            assertThat(full.err().strip()).doesNotContain("\n").contains("is full");

            disk.free();
            assertThat(cli.run("verify").code()).isZero();
            CliHarness.Result rerun = cli.run(files.toArray(String[]::new));
            assertThat(rerun.code()).as(rerun.err()).isZero();
            assertThat(rerun.out().lines().filter(l -> l.contains("(already in this case)"))).hasSize(added.size());
        }
    }

    /**
     * Makes the vault and a case, and returns the {@code evidence add} line for {@code count} screenshots of about
     * 270 kB each of incompressible noise.
     */
    private List<String> addingScreenshots(CliHarness cli, int count) throws IOException {
        cli.ok("init");
        String caseId = cli.ok("case", "add", "--title", "磁盘已满", "--provider", "微信支付");
        List<String> line = new ArrayList<>(List.of("evidence", "add", "--case", caseId));
        for (int i = 0; i < count; i++) {
            line.add(TestFiles.png(tmp.resolve("shots/shot" + i + ".png"), 300, 300, i).toString());
        }
        return line;
    }
}
