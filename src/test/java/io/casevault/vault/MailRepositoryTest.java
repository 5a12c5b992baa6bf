package io.casevault.vault;

import io.casevault.domain.CaseStatus;
import io.casevault.domain.Channel;
import io.casevault.domain.ContactDirection;
import io.casevault.domain.NewCase;
import io.casevault.domain.NewFollowUp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MailRepositoryTest {
    private static final int STORED = 1200;

    @TempDir
    Path tmp;
    Vault vault;
    long caseId;
    long otherCase;

    @BeforeEach
    void open() {
        vault = Vault.create(tmp.resolve("v"), Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"), ZoneOffset.UTC));
        caseId = newCase("t");
        otherCase = newCase("other");
        vault.transaction(h -> {
            List<NewFollowUp> rows = new ArrayList<>();
            for (int i = 0; i < STORED; i++) {
                rows.add(new NewFollowUp(i % 3 == 2 ? otherCase : caseId, vault.clock().instant(), ZoneOffset.UTC,
                        Channel.EMAIL, ContactDirection.INCOMING, null, null, "message " + i, null, null));
            }
            List<Long> ids = vault.repositories().followUps().insertAll(h, rows, vault.clock().instant());
            List<MailRepository.Marked> marks = new ArrayList<>();
            for (int i = 0; i < STORED; i++) {
                marks.add(new MailRepository.Marked(ids.get(i), key(i), "thread"));
            }
            vault.repositories().mail().markAllFromMail(h, marks);
            return null;
        });
    }

    @AfterEach
    void close() {
        vault.close();
    }

    /** A message's key; every fifth has characters that JSON must escape, as a Message-ID may. */
    private static String key(int i) {
        return i % 5 == 0 ? "message-id:<" + i + "\"引号\"\\x\t@odd>" : "key-" + i;
    }

    /** Whatever the number asked, exactly those of the case come back. */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 7, 8, 9, 63, 64, 65, 499, 500, 501, 1000, 1201})
    void importedAmongFindsExactlyTheCasesKeysWhateverTheirNumber(int asked) {
        Random random = new Random(asked);
        List<String> keys = new ArrayList<>();
        Set<String> expected = new java.util.HashSet<>();
        for (int i = 0; i < asked; i++) {
            if (random.nextInt(4) == 0) {
                keys.add("absent-" + i);
            } else {
                int stored = random.nextInt(STORED);
                keys.add(key(stored));
                if (stored % 3 != 2) {
                    expected.add(key(stored));
                }
            }
        }

        Set<String> found = vault.read(h -> vault.repositories().mail().importedAmong(h, caseId, keys));

        assertThat(found).isEqualTo(expected);
    }

    private long newCase(String name) {
        return vault.transaction(h -> vault.repositories().cases().insert(h, new NewCase(name, "p", null, null, null,
                null, null, null, LocalDate.of(2026, 11, 1), null, null, false), CaseStatus.DRAFT,
                vault.clock().instant()));
    }
}
