package io.casevault.app;

import io.casevault.domain.NewCase;
import io.casevault.domain.Reason;
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

/**
 * An mbox that a mail program appends to while it is being imported: the messages after the change are not imported
 * from it (a sentence names the file and the message), and a second import takes the rest, once each.
 */
class MailChangedWhileReadTest {
    @TempDir
    Path tmp;

    @Test
    void anMboxChangedMidImportRecordsNothingReadSinceTheChangeAndTheRerunImportsItOnce() throws IOException {
        try (VaultSession session = VaultSession.create(tmp.resolve("v"), Clock.fixed(
                Instant.parse("2026-11-25T02:00:00Z"), ZoneOffset.UTC))) {
            long caseId = session.cases().create(new NewCase("退款", "Wallet", null, null, null, null, List.of(), null,
                    LocalDate.of(2026, 11, 25), null, null, false)).id();
            Path mbox = Files.write(tmp.resolve("inbox.mbox"), TestMails.mbox(message(1), message(2), message(3)));
            byte[] fourth = TestMails.mbox(message(4));
            // the progress is asked before the file (1) and before each message is read: its 3rd question comes once
            // the first message was read, and there the test plays the mail program appending to the file
            Progress appendsAfterTheFirst = TestMails.appendingAt(3, mbox, fourth);

            MailImportResult first = session.mail().importFiles(caseId, List.of(mbox), appendsAfterTheFirst);

            assertThat(first.imported()).isZero();
            assertThat(first.problems()).map(Reason::english).containsExactly("'" + mbox + "' was not imported from "
                    + "message 1 of 'inbox.mbox' on: the file changed while it was being read, so it was not "
                    + "recorded; add it again once nothing is writing to it.");
            assertThat(session.evidence().list(caseId)).isEmpty();

            MailImportResult again = session.mail().importFiles(caseId, List.of(mbox), Progress.NONE);
            assertThat(again.imported()).isEqualTo(4);
            assertThat(again.problems()).isEmpty();
            assertThat(session.followUps().list(caseId)).hasSize(4);
            assertThat(session.verify(Progress.NONE).ok()).isTrue();
        }
    }

    private static String message(int n) {
        return TestMails.from("Zhang San <zs@home.example>", "Support <support@wallet.example>", "Refund " + n,
                "Mon, 4 Nov 2024 1" + n + ":00:00 +0800", "m" + n + "@home.example").body("Still waiting, " + n + ".")
                .text();
    }
}
