package io.casevault.app;

import io.casevault.TestFiles;
import io.casevault.domain.AuditEntry;
import io.casevault.domain.DomainException;
import io.casevault.domain.Evidence;
import io.casevault.domain.IncidentDate;
import io.casevault.domain.NewCase;
import io.casevault.vault.Vault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public class OriginalsExportServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    @TempDir
    Path tmp;
    VaultSession session;
    long caseId;
    List<Evidence> exhibits;

    @BeforeEach
    void aCaseWithThreeExhibits() throws Exception {
        session = VaultSession.create(tmp.resolve("v"), CLOCK);
        caseId = session.cases().create(new NewCase("转账未到账", "支付宝", null, null, null, null, List.of(),
                IncidentDate.exact(LocalDate.of(2026, 11, 3)), LocalDate.of(2026, 11, 5), 30, null, false)).id();
        Path in = Files.createDirectory(tmp.resolve("in"));
        Path notes = Files.writeString(in.resolve("call notes: 11-5?.txt"), "客服说三天内回复\n");
        session.evidence().add(caseId, List.of(TestFiles.png(in.resolve("转账成功.png"), 40, 30, 1),
                TestFiles.jpeg(in.resolve("Chat.JPG"), 40, 30, 2), notes), null, Progress.NONE);
        exhibits = session.originals().exhibits(caseId);
        assertThat(exhibits).hasSize(3);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void everyOriginalIsWrittenWithItsExhibitNumberAndAChecksumFileSha256sumAccepts() throws Exception {
        Path out = tmp.resolve("for-the-bank");

        OriginalsExport done = session.originals().export(caseId, List.of(), out, Progress.NONE);

        assertThat(done.folder()).isEqualTo(out.toAbsolutePath());
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly(
                    "E-01 转账成功.png", "E-02 Chat.JPG", "E-03 call notes_ 11-5_.txt", "SHA256SUMS");
        }
        String sums = Files.readString(out.resolve("SHA256SUMS"), StandardCharsets.UTF_8);
        assertThat(sums).endsWith("\n").doesNotContain("\r");
        List<String> lines = sums.lines().toList();
        assertThat(lines).hasSize(3);
        for (int i = 0; i < 3; i++) {
            Evidence e = exhibits.get(i);
            String name = done.files().get(i).name();
            assertThat(lines.get(i)).isEqualTo(e.sha256() + "  " + name);
            assertThat(Files.readAllBytes(out.resolve(name))).isEqualTo(Files.readAllBytes(blob(e)));
            assertThat(sha256(out.resolve(name))).isEqualTo(e.sha256());
        }
        assertThat(sha256sumCheck(out)).isIn(0, -1);
        assertThat(session.verify(Progress.NONE).ok()).isTrue();
    }

    @Test
    void chosenExhibitsOnlyAndTheHandOverIsAudited() throws Exception {
        Path out = Files.createDirectory(tmp.resolve("empty-folder"));

        OriginalsExport done = session.originals().export(caseId, List.of("e-03", "1", "E-1"), out, Progress.NONE);

        assertThat(done.files()).extracting(OriginalsExport.File::exhibit).containsExactly("E-1", "E-3");
        assertThat(Files.readString(out.resolve("SHA256SUMS")).lines()).hasSize(2);
        session.close();
        try (Vault v = Vault.open(tmp.resolve("v"), Vault.Access.READ_PREFERRED, CLOCK)) {
            List<AuditEntry> log = v.read(h -> v.repositories().audit().forCase(h, caseId));
            AuditEntry last = log.get(log.size() - 1);
            assertThat(last.action()).isEqualTo("originals-exported");
            assertThat(last.detail()).contains("\"exhibits\":\"E-1,E-3\"").contains(out.toAbsolutePath().toString());
        }
        session = VaultSession.open(tmp.resolve("v"), Vault.Access.WRITE, CLOCK);
    }

    @Test
    void aFolderThatIsNotEmptyOrAFileIsRefused() throws Exception {
        Path full = Files.createDirectory(tmp.resolve("full"));
        Files.writeString(full.resolve("keep.txt"), "mine");
        assertThatThrownBy(() -> session.originals().export(caseId, List.of(), full, Progress.NONE))
                .isInstanceOf(DomainException.class).hasMessageContaining("is not empty");
        assertThat(Files.readString(full.resolve("keep.txt"))).isEqualTo("mine");
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        assertThatThrownBy(() -> session.originals().export(caseId, List.of(), file, Progress.NONE))
                .isInstanceOf(DomainException.class).hasMessageContaining("is a file");
        assertThatThrownBy(() -> session.originals().export(caseId, List.of("E-9"), tmp.resolve("o"), Progress.NONE))
                .isInstanceOf(DomainException.class).hasMessage("The case has no exhibit E-9.");
        assertThat(tmp.resolve("o")).doesNotExist();
    }

    @Test
    void anOriginalThatNoLongerMatchesItsHashIsRefusedNamingTheExhibitAndNothingIsLeft() throws Exception {
        Path damaged = blob(exhibits.get(1));
        damaged.toFile().setWritable(true);
        byte[] bytes = Files.readAllBytes(damaged);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(damaged, bytes);
        Path parent = Files.createDirectory(tmp.resolve("parent"));

        assertThatThrownBy(() -> session.originals().export(caseId, List.of(), parent.resolve("out"), Progress.NONE))
                .isInstanceOf(DomainException.class)
                .hasMessage("The original of exhibit E-2 (Chat.JPG) no longer matches its SHA-256 in the vault; "
                        + "run `verify`. Nothing was exported.");
        try (Stream<Path> left = Files.list(parent)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void cancellingLeavesNothing() throws Exception {
        Path parent = Files.createDirectory(tmp.resolve("parent"));
        Progress cancelAfterFirst = new Progress() {
            private volatile boolean stop;

            @Override
            public void update(long done, long total, String item) {
                stop = true;
            }

            @Override
            public boolean isCancelled() {
                return stop;
            }
        };
        assertThatThrownBy(() -> session.originals().export(caseId, List.of(), parent.resolve("out"),
                cancelAfterFirst)).isInstanceOf(CancellationException.class);
        try (Stream<Path> left = Files.list(parent)) {
            assertThat(left).isEmpty();
        }
    }

    private Path blob(Evidence e) {
        return tmp.resolve("v").resolve("blobs/sha256").resolve(e.sha256().substring(0, 2)).resolve(e.sha256());
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(file)));
    }

    /** Runs {@code sha256sum -c SHA256SUMS} in the folder: its exit code, or -1 where the tool is missing. */
    public static int sha256sumCheck(Path folder) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("sha256sum", "--strict", "-c", "SHA256SUMS").directory(folder.toFile())
                    .redirectErrorStream(true).start();
        } catch (java.io.IOException missing) {
            return -1;
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        assertThat(code).as(output).isZero();
        return code;
    }
}
