package io.casevault.app;

import io.casevault.TestFiles;
import io.casevault.domain.AuditEntry;
import io.casevault.domain.Channel;
import io.casevault.domain.ContactDirection;
import io.casevault.domain.Evidence;
import io.casevault.domain.FollowUp;
import io.casevault.domain.NewCase;
import io.casevault.domain.Reason;
import io.casevault.domain.guidance.Deadline;
import io.casevault.vault.Vault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailImportServiceTest {
    static final String ME = "Zhang San <zs@home.example>";
    static final String THEM = "Wallet Support <support@wallet.example>";
    static final LocalDate TODAY = LocalDate.of(2024, 11, 10);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-11-10T02:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;
    VaultSession session;
    long caseId;

    @BeforeEach
    void open() {
        session = VaultSession.create(tmp.resolve("v"), CLOCK);
        caseId = session.cases().create(new NewCase("退款", "Wallet", null, null, null, null, List.of("退款"), null,
                LocalDate.of(2024, 11, 1), null, null, false)).id();
        session.mail().setOwnAddresses(List.of("ZS@home.example"));
    }

    @AfterEach
    void close() {
        session.close();
    }

    static TestMails complaint() {
        return TestMails.from(ME, THEM, "Refund not received", "Mon, 4 Nov 2024 10:00:00 +0800", "c1@home.example")
                .body("Dear support,\nmy refund of 120 CNY has not arrived.\nZhang San");
    }

    static TestMails autoReply() {
        return TestMails.from(THEM, ME, "Re: Refund not received", "Mon, 4 Nov 2024 10:05:00 +0800",
                "ack1@wallet.example").replyTo("c1@home.example")
                .body("We have received your complaint. 工单号：88812345\nWe will answer within 7 days.");
    }

    static TestMails reply() {
        return TestMails.from(ME, THEM, "Re: Refund not received", "Tue, 5 Nov 2024 09:00:00 +0800",
                "c2@home.example").replyTo("c1@home.example", "ack1@wallet.example")
                .body("Thank you. Please hurry, it has been a week.");
    }

    Path write(String name, byte[] bytes) throws IOException {
        return Files.write(tmp.resolve(name), bytes);
    }

    MailImportResult importFiles(Path... files) {
        return session.mail().importFiles(caseId, List.of(files), Progress.NONE);
    }

    byte[] png(String name, long seed) throws IOException {
        return Files.readAllBytes(TestFiles.png(tmp.resolve(name), 40, 30, seed));
    }

    @Test
    void aThreadBecomesFollowUpsWithDirectionsTicketOneThreadAndLinkedExhibits() throws IOException {
        MailImportResult result = importFiles(write("1.eml", complaint().bytes()), write("2.eml", autoReply().bytes()),
                write("3.eml", reply().bytes()));

        assertThat(result.imported()).isEqualTo(3);
        assertThat(result.skipped()).isZero();
        assertThat(result.problems()).isEmpty();
        List<FollowUp> followUps = session.followUps().list(caseId);
        assertThat(followUps).extracting(FollowUp::direction).containsExactly(ContactDirection.OUTGOING,
                ContactDirection.INCOMING, ContactDirection.OUTGOING);
        assertThat(followUps).extracting(FollowUp::channel).containsOnly(Channel.EMAIL);
        assertThat(followUps.get(0).at()).isEqualTo(Instant.parse("2024-11-04T02:00:00Z"));
        assertThat(followUps.get(0).contactPerson()).contains("support@wallet.example");
        assertThat(followUps.get(1).contactPerson()).contains("support@wallet.example");
        assertThat(followUps.get(1).ticketRef()).isEqualTo("88812345");
        assertThat(followUps.get(0).summary()).startsWith("Refund not received");
        List<String> threads = followUps.stream().map(f -> session.mail().thread(f.id()).orElseThrow()).toList();
        assertThat(threads).hasSize(3).allMatch(t -> t.equals(threads.get(0)));

        Map<Long, Evidence> byId = session.evidence().list(caseId).stream()
                .collect(Collectors.toMap(Evidence::id, e -> e));
        assertThat(byId.values()).extracting(Evidence::mediaType).containsOnly("message/rfc822");
        assertThat(byId.values()).extracting(Evidence::originalName).contains("Refund not received.eml");
        for (FollowUp f : followUps) {
            List<Long> linked = session.followUps().linkedEvidence(f.id());
            assertThat(linked).hasSize(1);
        }
        Evidence first = byId.get(session.followUps().linkedEvidence(followUps.get(0).id()).get(0));
        assertThat(Files.readAllBytes(blob(first.sha256()))).isEqualTo(complaint().bytes());
        assertThat(session.verify(Progress.NONE).ok()).isTrue();
    }

    /** A complaint and a ticket opened for it, each a conversation of its own until a reply names both. */
    static List<TestMails> twoConversationsAndTheReplyThatJoinsThem() {
        return List.of(TestMails.from(ME, THEM, "Refund not received", "Mon, 4 Nov 2024 10:00:00 +0800",
                        "z1@home.example").body("Where is my refund?"),
                TestMails.from(THEM, ME, "Ticket 4711 opened", "Mon, 4 Nov 2024 11:00:00 +0800", "a1@wallet.example")
                        .body("Your ticket 4711 is open."),
                TestMails.from(ME, THEM, "Re: Refund not received", "Tue, 5 Nov 2024 09:00:00 +0800",
                        "z2@home.example").replyTo("z1@home.example", "a1@wallet.example").body("About ticket 4711."));
    }

    @Test
    void aLaterReplyThatJoinsTwoStoredConversationsMovesOneIntoTheOtherAudited() throws IOException {
        List<TestMails> mails = twoConversationsAndTheReplyThatJoinsThem();

        // each is stored in the conversation it makes alone before the last one joins them
        MailImportResult result = importFiles(write("1.eml", mails.get(0).bytes()),
                write("2.eml", mails.get(1).bytes()), write("3.eml", mails.get(2).bytes()));

        assertThat(result.imported()).isEqualTo(3);
        assertThat(result.problems()).isEmpty();
        List<FollowUp> followUps = session.followUps().list(caseId);
        List<String> threads = followUps.stream().map(f -> session.mail().thread(f.id()).orElseThrow()).toList();
        assertThat(threads).as("one conversation now").containsOnly(threads.get(1));
        // the complaint and the reply, which names the complaint first, made the complaint's conversation; the
        // ticket's id sorts first, so its conversation is the one they join
        List<AuditEntry> moved = auditEntries().stream().filter(a -> a.action().equals("thread-rederived")).toList();
        assertThat(moved).extracting(AuditEntry::entityId).containsExactly(followUps.get(0).id(),
                followUps.get(2).id());
        assertThat(moved).allSatisfy(a -> assertThat(a.detail()).contains("\"field\":\"thread\"",
                "\"new\":\"" + threads.get(1) + "\"").doesNotContain("\"old\":\"" + threads.get(1) + "\""));

        importFiles(write("4.eml", reply().bytes()), write("5.eml", complaint().bytes()));
        assertThat(auditEntries()).as("messages that stay in their conversation are not moved")
                .filteredOn(a -> a.action().equals("thread-rederived")).hasSize(2);
    }

    @Test
    void messagesTheCaseHadJoinTheConversationOfAReplyImportedWithThemLater() throws IOException {
        List<TestMails> mails = twoConversationsAndTheReplyThatJoinsThem();
        Path complaint = write("1.eml", mails.get(0).bytes());
        Path ticket = write("2.eml", mails.get(1).bytes());
        importFiles(complaint, ticket);
        List<FollowUp> before = session.followUps().list(caseId);
        assertThat(session.mail().thread(before.get(0).id())).isNotEqualTo(session.mail().thread(before.get(1).id()));

        MailImportResult later = importFiles(complaint, ticket, write("3.eml", mails.get(2).bytes()));

        assertThat(later.imported()).isEqualTo(1);
        assertThat(later.skipped()).isEqualTo(2);
        List<FollowUp> followUps = session.followUps().list(caseId);
        List<String> threads = followUps.stream().map(f -> session.mail().thread(f.id()).orElseThrow()).toList();
        assertThat(threads).as("the complaint, which the case had, too").containsOnly(threads.get(1));
        assertThat(auditEntries()).filteredOn(a -> a.action().equals("thread-rederived"))
                .extracting(AuditEntry::entityId).containsExactly(followUps.get(0).id(), followUps.get(2).id());
    }

    /** The case's audit log, read from the vault between two sessions. */
    private List<AuditEntry> auditEntries() {
        session.close();
        try (Vault v = Vault.open(tmp.resolve("v"), Vault.Access.READ_PREFERRED, CLOCK)) {
            return v.read(h -> v.repositories().audit().forCase(h, caseId));
        } finally {
            session = VaultSession.open(tmp.resolve("v"), Vault.Access.WRITE, CLOCK);
        }
    }

    @Test
    void theComplaintStartsTheEmailClockAndTheAutoReplyStopsIt() throws IOException {
        importFiles(write("1.eml", complaint().bytes()));
        List<FollowUp> one = session.followUps().list(caseId);
        Deadline started = responseClock(one.get(0).id());
        assertThat(started.channel()).isEqualTo(Channel.EMAIL);
        assertThat(started.met()).isFalse();

        importFiles(write("2.eml", autoReply().bytes()), write("3.eml", reply().bytes()));
        List<FollowUp> all = session.followUps().list(caseId);
        assertThat(responseClock(all.get(0).id()).met()).isTrue();
        assertThat(responseClock(all.get(2).id()).met()).isFalse();
    }

    private Deadline responseClock(long followUpId) {
        return session.guidance().guidance(caseId, TODAY).deadlines().stream()
                .filter(d -> d.kind() == Deadline.Kind.RESPONSE && Long.valueOf(followUpId).equals(d.followUpId()))
                .findFirst().orElseThrow();
    }

    @Test
    void anAttachedScreenshotBecomesAnExhibitOfTheSameFollowUp() throws IOException {
        byte[] shot = png("shot-src.png", 7);
        MailImportResult result = importFiles(write("1.eml", complaint().attach("screenshot.png", "image/png", shot)
                .bytes()));

        assertThat(result.imported()).isEqualTo(1);
        assertThat(result.attachments()).isEqualTo(1);
        FollowUp f = session.followUps().list(caseId).get(0);
        List<Evidence> linked = session.followUps().linkedEvidence(f.id()).stream().map(session.evidence()::get)
                .toList();
        assertThat(linked).extracting(Evidence::originalName)
                .containsExactlyInAnyOrder("Refund not received.eml", "screenshot.png");
        Evidence image = linked.stream().filter(Evidence::isImage).findFirst().orElseThrow();
        assertThat(image.mediaType()).isEqualTo("image/png");
        assertThat(image.width()).isEqualTo(40);
        assertThat(Files.readAllBytes(blob(image.sha256()))).isEqualTo(shot);
        assertThat(session.verify(Progress.NONE).ok()).isTrue();
    }

    @Test
    void aBombPngAttachmentIsRefusedByNameWhileTheMessageImports() throws IOException {
        Path source = TestFiles.png(tmp.resolve("src.png"), 40, 30, 3);
        byte[] bomb = Files.readAllBytes(TestFiles.pngClaiming(source, tmp.resolve("bomb-src.png"), 64250, 64250));
        MailImportResult result = importFiles(write("1.eml", complaint().attach("bomb.png", "image/png", bomb)
                .attach("ok.png", "image/png", png("ok-src.png", 9)).bytes()));

        assertThat(result.imported()).isEqualTo(1);
        assertThat(result.attachments()).isEqualTo(1);
        assertThat(result.problems()).singleElement().extracting(Reason::english).asString()
                .contains("'bomb.png'", "'1.eml'", "decompression bomb");
        assertThat(session.evidence().list(caseId)).extracting(Evidence::originalName)
                .containsExactlyInAnyOrder("Refund not received.eml", "ok.png");
        assertThat(session.verify(Progress.NONE).ok()).isTrue();
    }

    @Test
    void anAttachmentCarriedByManyMessagesIsJudgedAlikeForEach() throws IOException {
        Path source = TestFiles.png(tmp.resolve("src.png"), 40, 30, 3);
        byte[] bomb = Files.readAllBytes(TestFiles.pngClaiming(source, tmp.resolve("bomb-src.png"), 64250, 64250));
        byte[] ok = png("ok-src.png", 9);
        Path mbox = write("inbox.mbox", TestMails.mbox(
                complaint().attach("bomb.png", "image/png", bomb).attach("ok.png", "image/png", ok).text(),
                autoReply().attach("bomb.png", "image/png", bomb).attach("ok.png", "image/png", ok).text(),
                reply().attach("again.png", "image/png", bomb).attach("same.png", "image/png", ok).text()));

        MailImportResult result = importFiles(mbox);

        assertThat(result.imported()).isEqualTo(3);
        assertThat(result.attachments()).isEqualTo(3);
        assertThat(result.problems()).extracting(Reason::english).hasSize(3)
                .allSatisfy(p -> assertThat(p).contains("decompression bomb"))
                .anySatisfy(p -> assertThat(p).contains("'bomb.png'", "message 1 "))
                .anySatisfy(p -> assertThat(p).contains("'bomb.png'", "message 2 "))
                .anySatisfy(p -> assertThat(p).contains("'again.png'", "message 3 "));
        List<Evidence> images = session.evidence().list(caseId).stream()
                .filter(e -> e.mediaType().equals("image/png")).toList();
        assertThat(images).singleElement().satisfies(e -> {
            assertThat(e.width()).isEqualTo(40);
            assertThat(e.height()).isEqualTo(30);
        });
        assertThat(session.verify(Progress.NONE).ok()).isTrue();
    }

    @Test
    void aScreenshotSentAgainInLaterCommitsIsOneExhibitLinkedToEveryMessage() throws IOException {
        byte[] shot = png("shot-src.png", 5);
        Path first = write("1.eml", complaint().attach("screenshot.png", "image/png", shot).bytes());
        Path second = write("2.mbox", TestMails.mbox(autoReply().attach("again.png", "image/png", shot).text(),
                reply().attach("screenshot.png", "image/png", shot).attach("copy.png", "image/png", shot).text()));

        MailImportResult result = importFiles(first, second); // each file is committed on its own

        assertThat(result.imported()).isEqualTo(3);
        assertThat(result.attachments()).isEqualTo(4);
        List<Evidence> images = session.evidence().list(caseId).stream()
                .filter(e -> e.mediaType().equals("image/png")).toList();
        assertThat(images).singleElement().satisfies(e -> assertThat(Files.readAllBytes(blob(e.sha256())))
                .isEqualTo(shot));
        for (long followUp : result.followUps()) {
            assertThat(session.followUps().linkedEvidence(followUp)).contains(images.get(0).id());
        }
        try (java.util.stream.Stream<Path> staging = Files.list(tmp.resolve("v").resolve("blobs").resolve("tmp"))) {
            assertThat(staging).isEmpty();
        }
        assertThat(session.verify(Progress.NONE).ok()).isTrue();
    }

    @Test
    void importingTheSameMessagesTwiceSkipsThemAll() throws IOException {
        Path mbox = write("inbox.mbox", TestMails.mbox(complaint().text(), autoReply().text()));
        importFiles(mbox);
        int evidence = session.evidence().list(caseId).size();

        MailImportResult again = importFiles(mbox, write("1.eml", complaint().bytes()));

        assertThat(again.imported()).isZero();
        assertThat(again.skipped()).isEqualTo(3);
        assertThat(session.followUps().list(caseId)).hasSize(2);
        assertThat(session.evidence().list(caseId)).hasSize(evidence);
    }

    @Test
    void aMessageWithoutMessageIdIsRecognisedByItsBytes() throws IOException {
        byte[] bytes = complaint().text().replace("Message-ID: <c1@home.example>\r\n", "")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(importFiles(write("a.eml", bytes)).imported()).isEqualTo(1);
        assertThat(importFiles(write("b.eml", bytes)).skipped()).isEqualTo(1);
    }

    @Test
    void anMboxWithOneBrokenMessageImportsTheRestAndNamesIt() throws IOException {
        Path mbox = write("inbox.mbox", TestMails.mbox(complaint().text(), "this line is no header\n\njust text\n",
                reply().text()));

        MailImportResult result = importFiles(mbox);

        assertThat(result.imported()).isEqualTo(2);
        assertThat(result.problems()).singleElement().extracting(Reason::english).asString()
                .startsWith("Message 2 of 'inbox.mbox' is not an e-mail");
        assertThat(session.followUps().list(caseId)).hasSize(2);
    }

    @Test
    void aFileThatIsNotMailIsRefusedInOneSentenceAndTheVaultIsUnchanged() throws IOException {
        Path notes = write("notes.txt", "Shopping list\n\neggs, milk\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        long auditBefore = session.verify(Progress.NONE).auditEntries();

        MailImportResult result = importFiles(notes);

        assertThat(result.imported()).isZero();
        assertThat(result.problems()).singleElement().extracting(Reason::english).asString().contains("'notes.txt'");
        assertThat(session.followUps().list(caseId)).isEmpty();
        assertThat(session.evidence().list(caseId)).isEmpty();
        assertThat(session.verify(Progress.NONE).auditEntries()).isEqualTo(auditBefore);
        try (var blobs = Files.walk(tmp.resolve("v").resolve("blobs"))) {
            assertThat(blobs.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void cancellingStopsReadingAndKeepsWhatWasReadBeforeWholeAndNothingAfter() throws IOException {
        Path first = write("inbox.mbox", TestMails.mbox(complaint().text(), autoReply().text()));
        Path second = write("3.eml", reply().bytes());
        java.util.concurrent.atomic.AtomicBoolean firstFileDone = new java.util.concurrent.atomic.AtomicBoolean();
        Progress stopAfterFirstFile = new Progress() {
            @Override
            public void update(long done, long total, String item) {
                firstFileDone.set(done >= 1);
            }

            @Override
            public boolean isCancelled() {
                return firstFileDone.get();
            }
        };

        MailImportResult result = session.mail().importFiles(caseId, List.of(first, second), stopAfterFirstFile);

        assertThat(result.imported()).isEqualTo(2);
        assertThat(session.followUps().list(caseId)).extracting(FollowUp::summary).allMatch(s -> !s.contains("hurry"))
                .hasSize(2);
        assertThat(session.evidence().list(caseId)).hasSize(2);
        assertThat(session.verify(Progress.NONE).ok()).isTrue();
    }

    @Test
    void ownAddressesAreRememberedAndAMalformedOneIsRefused() {
        assertThat(session.mail().ownAddresses()).containsExactly("zs@home.example");
        assertThatThrownBy(() -> session.mail().setOwnAddresses(List.of("not an address")))
                .hasMessageContaining("'not an address' is not an e-mail address.");
        assertThat(session.mail().ownAddresses()).containsExactly("zs@home.example");
    }

    private Path blob(String sha256) {
        return tmp.resolve("v").resolve("blobs").resolve("sha256").resolve(sha256.substring(0, 2)).resolve(sha256);
    }
}
