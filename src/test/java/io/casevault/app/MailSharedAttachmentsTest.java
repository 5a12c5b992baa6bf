package io.casevault.app;

import io.casevault.TestFiles;
import io.casevault.domain.Evidence;
import io.casevault.domain.Hashes;
import io.casevault.domain.NewCase;
import io.casevault.domain.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.casevault.app.MailImportServiceTest.autoReply;
import static io.casevault.app.MailImportServiceTest.complaint;
import static io.casevault.app.MailImportServiceTest.reply;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An attachment that many messages of one import carry (replies and forwards quote the screenshot again) is written
 * to staging once and shared by those messages, whatever happens to the message that staged it first.
 */
class MailSharedAttachmentsTest {
    @TempDir
    Path tmp;
    VaultSession session;
    long caseId;

    @BeforeEach
    void open() {
        session = VaultSession.create(tmp.resolve("v"), Clock.fixed(Instant.parse("2024-11-10T02:00:00Z"),
                ZoneOffset.UTC));
        caseId = session.cases().create(new NewCase("退款", "Wallet", null, null, null, null, List.of(), null,
                LocalDate.of(2024, 11, 1), null, null, false)).id();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    @EnabledOnOs(OS.LINUX) // the watch service sees every file created only where the system reports it (inotify)
    void aScreenshotCarriedByEveryMessageIsWrittenToStagingOnce() throws Exception {
        byte[] shot = png("shot-src.png", 11);
        Path mbox = write("inbox.mbox", TestMails.mbox(complaint().attach("screenshot.png", "image/png", shot).text(),
                autoReply().attach("screenshot.png", "image/png", shot).text(),
                reply().attach("again.png", "image/png", shot).attach("copy.png", "image/png", shot).text()));
        Path staging = tmp.resolve("v").resolve("blobs").resolve("tmp");

        int created;
        try (WatchService watch = staging.getFileSystem().newWatchService()) {
            staging.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            MailImportResult result = importFiles(mbox);
            assertThat(result.imported()).isEqualTo(3);
            assertThat(result.attachments()).isEqualTo(4);
            created = createdIn(watch);
        }

        assertThat(created).as("files created in staging: three messages and one screenshot").isEqualTo(4);
        List<Evidence> images = session.evidence().list(caseId).stream()
                .filter(e -> e.mediaType().equals("image/png")).toList();
        assertThat(images).singleElement();
        assertThat(stagingFiles()).isEmpty();
        assertThat(session.verify(Progress.NONE).ok()).isTrue();
    }

    @Test
    void aMessageWhoseSharedScreenshotWentWithAFailedCommitIsNamedAndARerunStoresIt() throws IOException {
        byte[] shot = png("shot-src.png", 12);
        Path first = write("1.eml", complaint().attach("screenshot.png", "image/png", shot).bytes());
        Path second = write("2.mbox", TestMails.mbox(autoReply().attach("again.png", "image/png", shot).text(),
                reply().text()));
        // a file where the screenshot's folder must go: placing it fails, and so the first file's commit
        String sha = Hashes.hex(Hashes.sha256().digest(shot));
        Path blocker = Files.createFile(tmp.resolve("v").resolve("blobs").resolve("sha256")
                .resolve(sha.substring(0, 2)));
        Progress unblocksAfterTheFirstFile = new Progress() {
            @Override
            public void update(long done, long total, String item) {
                try {
                    Files.deleteIfExists(blocker);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };

        MailImportResult result = session.mail().importFiles(caseId, List.of(first, second),
                unblocksAfterTheFirstFile);

        assertThat(result.imported()).as("the reply, which carries nothing").isEqualTo(1);
        // the second message is named with the failure of the commit that took the screenshot it shares
        String why = blocker + ".";
        assertThat(result.problems()).extracting(Reason::english).containsExactlyInAnyOrder(
                "'1.eml' could not be stored: " + why, "Message 1 of '2.mbox' could not be stored: " + why);
        assertThat(stagingFiles()).isEmpty();
        assertThat(session.verify(Progress.NONE).ok()).isTrue();

        MailImportResult again = importFiles(first, second);

        assertThat(again.imported()).isEqualTo(2);
        assertThat(again.skipped()).isEqualTo(1);
        assertThat(again.problems()).isEmpty();
        assertThat(session.evidence().list(caseId)).filteredOn(e -> e.sha256().equals(sha)).singleElement();
        assertThat(session.verify(Progress.NONE).ok()).isTrue();
    }

    @Test
    void aScreenshotFirstStagedFromAFileThatChangedIsStoredWithTheNextFileThatCarriesIt() throws IOException {
        byte[] shot = png("shot-src.png", 13);
        Path changing = write("inbox.mbox", TestMails.mbox(complaint().attach("screenshot.png", "image/png", shot)
                .text(), autoReply().text()));
        Path later = write("3.eml", reply().attach("again.png", "image/png", shot).bytes());
        // asked before the first file (1) and before each of its messages: the 3rd question comes once its first
        // message was read
        Progress appendsToTheFirstFile = TestMails.appendingAt(3, changing, TestMails.mbox(reply().text()));

        MailImportResult result = session.mail().importFiles(caseId, List.of(changing, later),
                appendsToTheFirstFile);

        assertThat(result.imported()).isEqualTo(1);
        assertThat(result.attachments()).isEqualTo(1);
        assertThat(result.problems()).singleElement().extracting(Reason::english).asString()
                .contains("'" + changing + "' was not imported from message 1 of 'inbox.mbox' on");
        Evidence image = session.evidence().list(caseId).stream().filter(e -> e.mediaType().equals("image/png"))
                .findFirst().orElseThrow();
        assertThat(Files.readAllBytes(tmp.resolve("v").resolve("blobs").resolve("sha256")
                .resolve(image.sha256().substring(0, 2)).resolve(image.sha256()))).isEqualTo(shot);
        assertThat(stagingFiles()).isEmpty();
        assertThat(session.verify(Progress.NONE).ok()).isTrue();
    }

    private MailImportResult importFiles(Path... files) {
        return session.mail().importFiles(caseId, List.of(files), Progress.NONE);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(tmp.resolve(name), bytes);
    }

    private byte[] png(String name, long seed) throws IOException {
        return Files.readAllBytes(TestFiles.png(tmp.resolve(name), 40, 30, seed));
    }

    private List<Path> stagingFiles() throws IOException {
        try (var files = Files.list(tmp.resolve("v").resolve("blobs").resolve("tmp"))) {
            return files.toList();
        }
    }

    /** The files the watch saw created, once no event came for a while (the system reports them asynchronously). */
    private static int createdIn(WatchService watch) throws InterruptedException {
        int created = 0;
        WatchKey key;
        while ((key = watch.poll(500, TimeUnit.MILLISECONDS)) != null) {
            created += (int) key.pollEvents().stream().filter(e -> e.kind() == StandardWatchEventKinds.ENTRY_CREATE)
                    .count();
            key.reset();
        }
        return created;
    }
}
