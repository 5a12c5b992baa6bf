package io.casevault.vault;

import io.casevault.domain.CaptureSource;
import io.casevault.domain.CaseStatus;
import io.casevault.domain.Channel;
import io.casevault.domain.ContactDirection;
import io.casevault.domain.Direction;
import io.casevault.domain.EvidenceLinks;
import io.casevault.domain.Hashes;
import io.casevault.domain.Money;
import io.casevault.domain.NewCase;
import io.casevault.domain.NewFollowUp;
import io.casevault.domain.NewTransaction;
import io.casevault.domain.TransactionSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The links of many exhibits read at once, as a dossier reads them. */
class EvidenceDetailsRepositoryTest {
    private static final Instant NOW = Instant.parse("2026-12-06T01:00:00Z");
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;
    private final EvidenceDetailsRepository details = new EvidenceDetailsRepository();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(ints = {1, 2, 3})
    void theLinksOfManyExhibitsAtOnceAreEachOnesLinks(int seed) {
        try (Vault vault = Vault.create(dir.resolve("v"), Clock.systemUTC())) {
            linksOfMany(vault, new Random(seed));
        }
    }

    private void linksOfMany(Vault vault, Random random) {
        long caseId = vault.transaction(h -> new CaseRepository().insert(h, new NewCase("links", "shop", null, null,
                null, null, null, null, LocalDate.of(2026, 10, 1), null, null, false), CaseStatus.SUBMITTED, NOW));
        List<Long> txs = new ArrayList<>();
        List<Long> fus = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long at = NOW.getEpochSecond() - i * 3_600L;
            txs.add(vault.transaction(h -> new TransactionRepository().insert(h, new NewTransaction(caseId,
                    Instant.ofEpochSecond(at), ZONE, Money.parse("10.00", "CNY"), Direction.OUT, "shop", null, null,
                    null, null, null, TransactionSource.MANUAL), NOW)));
            fus.add(vault.transaction(h -> new FollowUpRepository().insert(h, new NewFollowUp(caseId,
                    Instant.ofEpochSecond(at), ZONE, Channel.HOTLINE, ContactDirection.OUTGOING, null, null, "call",
                    null, null), NOW)));
        }
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long id = vault.transaction(h -> new EvidenceRepository().insert(h, new NewEvidence(caseId,
                    Hashes.sha256Hex("shot-" + ids.size()), "shot-" + ids.size() + ".png", "image/png", 10, 1080,
                    2400, 1, null, CaptureSource.IMPORT_TIME, NOW, "")).id());
            ids.add(id);
            // none, transactions only, follow-ups only, or both, each in a shuffled order
            List<Long> t = pick(txs, random);
            List<Long> f = pick(fus, random);
            vault.transaction(h -> {
                details.replaceLinks(h, id, new EvidenceLinks(t, f));
                return null;
            });
        }
        List<Long> asked = ids.subList(1, ids.size());

        Map<Long, EvidenceLinks> links = vault.read(h -> details.links(h, asked));

        for (long id : asked) {
            EvidenceLinks one = vault.read(h -> details.links(h, id));
            assertThat(links.getOrDefault(id, EvidenceLinks.NONE)).as("exhibit %d", id).isEqualTo(one);
        }
        assertThat(links.keySet()).isSubsetOf(asked).doesNotContainNull();
        Map<Long, EvidenceLinks> none = vault.read(h -> details.links(h, List.<Long>of()));
        assertThat(none).isEmpty();
    }

    private static List<Long> pick(List<Long> from, Random random) {
        List<Long> picked = new ArrayList<>();
        for (Long id : from) {
            if (random.nextInt(3) == 0) {
                picked.add(random.nextInt(picked.size() + 1), id);
            }
        }
        return picked;
    }
}
