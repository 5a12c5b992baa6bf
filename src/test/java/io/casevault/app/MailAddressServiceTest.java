package io.casevault.app;

import io.casevault.domain.ContactDirection;
import io.casevault.domain.DomainException;
import io.casevault.domain.FollowUp;
import io.casevault.domain.NewCase;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailAddressServiceTest {
    @TempDir
    Path tmp;
    VaultSession session;
    long caseId;

    @BeforeEach
    void open() {
        session = VaultSession.create(tmp.resolve("v"), Clock.fixed(Instant.parse("2024-11-10T02:00:00Z"),
                ZoneOffset.UTC));
        caseId = session.cases().create(new NewCase("退款", "Wallet", null, null, null, null, List.of("退款"), null,
                LocalDate.of(2024, 11, 1), null, null, false)).id();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private List<Path> thread() throws IOException {
        return List.of(Files.write(tmp.resolve("1.eml"), MailImportServiceTest.complaint().bytes()),
                Files.write(tmp.resolve("2.eml"), MailImportServiceTest.autoReply().bytes()),
                Files.write(tmp.resolve("3.eml"), MailImportServiceTest.reply().bytes()));
    }

    @Test
    void theAddressesOfTheMessagesAreOfferedTheMostFrequentFirstWithTheirNames() throws IOException {
        Path other = Files.write(tmp.resolve("4.eml"), TestMails.from("Zhang San <zs@home.example>",
                "Bank <help@bank.example>", "Another", "Mon, 4 Nov 2024 11:00:00 +0800", "x@home.example")
                .body("Hello").bytes());
        List<Path> files = new java.util.ArrayList<>(thread());
        files.add(other);

        List<MailAddressService.Candidate> found = session.mailAddresses().candidates(files);

        assertThat(found).extracting(MailAddressService.Candidate::address)
                .containsExactly("zs@home.example", "support@wallet.example", "help@bank.example");
        assertThat(found.get(0).messages()).isEqualTo(4);
        assertThat(found.get(0)).hasToString("Zhang San <zs@home.example>");
        assertThat(found.get(1).messages()).isEqualTo(3);
    }

    @Test
    void namingTheAddressesLaterTurnsTheUsersImportedMessagesOutgoingAudited() throws IOException {
        session.mail().importFiles(caseId, thread(), Progress.NONE);
        assertThat(session.followUps().list(caseId)).extracting(FollowUp::direction)
                .containsOnly(ContactDirection.INCOMING);
        long auditBefore = session.verify(Progress.NONE).auditEntries();

        MailAddressService.Changed changed = session.mailAddresses().setOwnAddresses(List.of(" ZS@home.example"));

        assertThat(changed.addresses()).containsExactly("zs@home.example");
        assertThat(changed.followUpsChanged()).isEqualTo(2);
        List<FollowUp> after = session.followUps().list(caseId);
        assertThat(after).extracting(FollowUp::direction).containsExactly(ContactDirection.OUTGOING,
                ContactDirection.INCOMING, ContactDirection.OUTGOING);
        assertThat(after.get(0).contactPerson()).isEqualTo("Wallet Support <support@wallet.example>");
        // the addresses, and each of the two follow-ups that changed
        assertThat(session.verify(Progress.NONE).auditEntries()).isEqualTo(auditBefore + 3);
        assertThat(session.verify(Progress.NONE).ok()).isTrue();

        assertThat(session.mailAddresses().setOwnAddresses(List.of("zs@home.example")).followUpsChanged()).isZero();
        assertThat(session.verify(Progress.NONE).auditEntries()).isEqualTo(auditBefore + 3);
    }

    @Test
    void removingTheAddressTurnsThemBackIncoming() throws IOException {
        session.mailAddresses().setOwnAddresses(List.of("zs@home.example"));
        session.mail().importFiles(caseId, thread(), Progress.NONE);

        assertThat(session.mailAddresses().setOwnAddresses(List.of()).followUpsChanged()).isEqualTo(2);

        assertThat(session.followUps().list(caseId)).extracting(FollowUp::direction)
                .containsOnly(ContactDirection.INCOMING);
        assertThat(session.mail().ownAddresses()).isEmpty();
    }

    @Test
    void somethingThatIsNoAddressIsRefusedAndNothingChanges() {
        session.mailAddresses().setOwnAddresses(List.of("zs@home.example"));

        assertThatThrownBy(() -> session.mailAddresses().setOwnAddresses(List.of("zs@home.example", "Zhang San")))
                .isInstanceOf(DomainException.class).hasMessageContaining("'zhang san' is not an e-mail address");
        assertThat(session.mailAddresses().ownAddresses()).containsExactly("zs@home.example");
    }
}
