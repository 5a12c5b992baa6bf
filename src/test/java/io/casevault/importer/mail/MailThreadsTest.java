package io.casevault.importer.mail;

import io.casevault.domain.ContactDirection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MailThreadsTest {

    private static MailThreads.Entry entry(String id, String inReplyTo, List<String> refs, String subject, int hour) {
        return new MailThreads.Entry("message-id:" + id, Optional.of(id), Optional.ofNullable(inReplyTo), refs,
                subject, Optional.of(Instant.parse("2024-11-04T00:00:00Z").plusSeconds(hour * 3600L)),
                Optional.empty());
    }

    /** A complaint: our message, the ticket system's acknowledgement (no references), a reply chain, another case. */
    private static List<MailThreads.Entry> complaint() {
        return List.of(
                entry("c1@me", null, List.of(), "Transfer not received", 0),
                entry("ack@ticket", null, List.of(), "回复: Transfer not received", 1),
                entry("r1@wallet", "c1@me", List.of("c1@me"), "Re: Transfer not received", 5),
                entry("r2@me", "r1@wallet", List.of("c1@me", "r1@wallet"), "Re: Re: Transfer not received", 7),
                entry("r3@wallet", "r2@me", List.of("c1@me", "r2@me"), "RE: Transfer not received", 30),
                entry("other@me", null, List.of(), "Card frozen", 2));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 2024})
    void messagesGroupByTheirReferencesWhateverTheOrderTheyArriveIn(long seed) {
        List<MailThreads.Entry> shuffled = new ArrayList<>(complaint());
        Collections.shuffle(shuffled, new Random(seed));

        List<MailThreads.MailThread> threads = MailThreads.group(shuffled);

        assertThat(threads).hasSize(2);
        assertThat(threads.get(0).subject()).isEqualTo("Transfer not received");
        assertThat(threads.get(0).messages()).extracting(e -> e.messageId().orElseThrow())
                .containsExactly("c1@me", "ack@ticket", "r1@wallet", "r2@me", "r3@wallet");
        assertThat(threads.get(1).messages()).extracting(e -> e.messageId().orElseThrow()).containsExactly("other@me");
        assertThat(threads).extracting(MailThreads.MailThread::id)
                .isEqualTo(MailThreads.group(complaint()).stream().map(MailThreads.MailThread::id).toList());
    }

    @Test
    void aThreadKeepsItsIdWhenLaterRepliesArrive() {
        List<MailThreads.Entry> first = complaint().subList(0, 3);
        String before = MailThreads.group(first).get(0).id();

        String after = MailThreads.group(complaint()).get(0).id();
        // the reply alone, imported into another vault, still names the same conversation
        String replyAlone = MailThreads.group(List.of(complaint().get(3))).get(0).id();

        assertThat(before).startsWith("t-").hasSize(18).isEqualTo(after).isEqualTo(replyAlone);
    }

    @Test
    void aMessageAloneAndEveryReplyThatNamesTheFirstMakeTheThreadOfTheirGroupWhileOneJoinedBySubjectDoesNot() {
        List<MailThreads.MailThread> threads = MailThreads.group(complaint());
        String conversation = threads.get(0).id();

        assertThat(complaint()).filteredOn(e -> !e.messageId().orElseThrow().equals("ack@ticket")
                && !e.messageId().orElseThrow().equals("other@me")).allSatisfy(e ->
                        assertThat(MailThreads.threadOf(e)).as(e.key()).isEqualTo(conversation));
        assertThat(MailThreads.threadOf(complaint().get(1))).as("joined by its subject alone")
                .isNotEqualTo(conversation);
        assertThat(MailThreads.threadOf(complaint().get(5))).isEqualTo(threads.get(1).id());
    }

    @Test
    void twoConversationsThatEachHaveRepliesStayApartDespiteOneSubject() {
        List<MailThreads.Entry> entries = List.of(
                entry("a1@me", null, List.of(), "Refund", 0), entry("a2@x", "a1@me", List.of("a1@me"), "Re: Refund", 1),
                entry("b1@me", null, List.of(), "Refund", 2),
                entry("b2@x", "b1@me", List.of("b1@me"), "Re: Refund", 3));

        assertThat(MailThreads.group(entries)).hasSize(2);
    }

    @Test
    void theSameMessageTwiceCountsOnceByMessageIdOrElseByItsBytes() {
        MailMessage once = Mails.simple("dup@x", "Hello", "same").parse();
        MailMessage again = Mails.simple("dup@x", "Hello", "same but saved again").parse();
        MailMessage noIdA = Mails.message().header("From: a@example.com").header("Subject: no id").body("x").parse();
        MailMessage noIdB = Mails.message().header("From: a@example.com").header("Subject: no id").body("x").parse();
        MailMessage noIdC = Mails.message().header("From: a@example.com").header("Subject: no id").body("y").parse();

        assertThat(once.dedupKey()).isEqualTo(again.dedupKey());
        assertThat(noIdA.dedupKey()).isEqualTo(noIdB.dedupKey()).isNotEqualTo(noIdC.dedupKey());
        List<MailThreads.MailThread> threads = MailThreads.group(List.of(MailThreads.Entry.of(once),
                MailThreads.Entry.of(again), MailThreads.Entry.of(noIdA), MailThreads.Entry.of(noIdB),
                MailThreads.Entry.of(noIdC)));
        assertThat(threads.stream().mapToInt(t -> t.messages().size()).sum()).isEqualTo(3);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Re: Refund                 | Refund",
        "RE: FW: Refund             | Refund",
        "Fwd: Re: Refund            | Refund",
        "回复: 退款进度               | 退款进度",
        "回复：转发：退款进度          | 退款进度",
        "答复: Refund               | Refund",
        "Aw: WG: Erstattung         | Erstattung",
        "Re[2]: Refund              | Refund",
        "[Case #123] Refund         | [Case #123] Refund",
        "Refund: Re: update         | Refund: Re: update",
    })
    void replyAndForwardPrefixesAreRemovedFromSubjects(String subject, String base) {
        assertThat(MailThreads.baseSubject(subject)).isEqualTo(base);
    }

    @Test
    void mailFromOneOfTheUsersOwnAddressesIsOutgoing() {
        MailDirection direction = new MailDirection(Set.of(" ZS@example.com ", "zhang.san@qq.example"));
        MailMessage mine = Mails.simple("m@x", "s", "b").parse();
        MailMessage theirs = Mails.message().header("From: Support <support@wallet.example>").body("x").parse();
        MailMessage nobody = Mails.message().header("Date: Mon, 4 Nov 2024 10:00:00 +0800").body("x").parse();

        assertThat(direction.of(mine)).isEqualTo(ContactDirection.OUTGOING);
        assertThat(direction.of(theirs)).isEqualTo(ContactDirection.INCOMING);
        assertThat(direction.of(nobody)).isEqualTo(ContactDirection.INCOMING);
        assertThat(new MailDirection(Set.of()).of(mine)).isEqualTo(ContactDirection.INCOMING);
    }

    @Test
    void theCounterpartIsTheSenderOfIncomingMailAndTheRecipientOfOutgoingMail() {
        MailDirection direction = new MailDirection(Set.of("zs@example.com", "zs@work.example"));
        MailMessage mine = Mails.message().header("From: Zhang San <zs@example.com>")
                .header("To: Zhang San <zs@work.example>, Wallet Support <support@wallet.example>").body("x").parse();
        MailMessage theirs = Mails.message().header("From: Wallet Support <support@wallet.example>")
                .header("To: zs@example.com").body("x").parse();

        assertThat(direction.counterpart(mine)).contains(new MailAddress("support@wallet.example", "Wallet Support"));
        assertThat(direction.counterpart(theirs)).contains(new MailAddress("support@wallet.example", "Wallet Support"));
    }
}
