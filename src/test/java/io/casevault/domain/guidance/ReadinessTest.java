package io.casevault.domain.guidance;

import io.casevault.domain.Case;
import io.casevault.domain.CaseStatus;
import io.casevault.domain.Category;
import io.casevault.domain.Channel;
import io.casevault.domain.Direction;
import io.casevault.domain.Evidence;
import io.casevault.domain.CaptureSource;
import io.casevault.domain.Money;
import io.casevault.domain.Transaction;
import io.casevault.domain.TransactionSource;
import io.casevault.domain.guidance.Readiness.Item;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static io.casevault.domain.ContactDirection.OUTGOING;
import static io.casevault.domain.guidance.GuidanceFixtures.SHANGHAI;
import static io.casevault.domain.guidance.GuidanceFixtures.contact;
import static org.assertj.core.api.Assertions.assertThat;

class ReadinessTest {
    private static final Instant AT = Instant.parse("2026-11-03T06:30:00Z");

    private static Case bare() {
        return new Case(1, "t", "PayPal", null, Category.OTHER, "", null, List.of(), CaseStatus.DRAFT, null,
                LocalDate.of(2026, 11, 1), null, List.of(), AT, null, false);
    }

    private static Transaction tx(String amount) {
        return new Transaction(1, 1, AT, SHANGHAI, Money.parse(amount, "CNY"), Direction.OUT, "张三", "R1", null,
                null, null, null, TransactionSource.MANUAL, AT, null);
    }

    private static Evidence exhibit(int no) {
        return new Evidence(no, 1, "a".repeat(63) + no, "shot" + no + ".png", "image/png", 10, 1, 1, 1, null,
                CaptureSource.IMPORT_TIME, AT, "", List.of(), no, null);
    }

    @Test
    void anEmptyCaseHasEveryItemOpenWithItsFix() {
        List<Readiness.Check> checks = Readiness.checklist(bare(), List.of(), List.of(), List.of());
        assertThat(checks).extracting(Readiness.Check::item).containsExactly(Item.values());
        assertThat(checks).noneMatch(Readiness.Check::done);
        assertThat(Item.TRANSACTIONS.fix()).isEqualTo(Readiness.Fix.OPEN_TRANSACTIONS);
        assertThat(Item.REFERENCE.fix()).isEqualTo(Readiness.Fix.LOG_FOLLOW_UP);
    }

    @Test
    void aPreparedCaseHasEveryItemDone() {
        Case c = GuidanceFixtures.aCase();
        var call = contact(1, "2026-11-05T10:00", Channel.HOTLINE, OUTGOING, "88231", null);
        assertThat(Readiness.checklist(c, List.of(tx("1250")), List.of(exhibit(1)), List.of(call)))
                .allMatch(Readiness.Check::done);
        var callWithoutRef = contact(1, "2026-11-05T10:00", Channel.HOTLINE, OUTGOING);
        assertThat(Readiness.checklist(c, List.of(tx("1250")), List.of(exhibit(1)), List.of(callWithoutRef)))
                .filteredOn(ch -> !ch.done()).extracting(Readiness.Check::item).containsExactly(Item.REFERENCE);
    }

    @Test
    void strengthWeighsAmountEvidenceAndContacts() {
        Case c = GuidanceFixtures.aCase();
        assertThat(Readiness.strength(bare(), List.of(), List.of(), List.of(), 0).level())
                .isEqualTo(Readiness.Level.WEAK);
        var letter = contact(1, "2026-11-05T10:00", Channel.LETTER, OUTGOING);
        Readiness.Strength strong = Readiness.strength(c, List.of(tx("1000"), tx("250")),
                List.of(exhibit(1), exhibit(2)), List.of(letter), 1);
        assertThat(strong.level()).isEqualTo(Readiness.Level.STRONG);
        assertThat(strong.points()).extracting(Readiness.Point::kind).contains(Readiness.PointKind.AMOUNT_BACKED,
                Readiness.PointKind.EVIDENCE_LINKED, Readiness.PointKind.WRITTEN_CONTACT);
        Readiness.Strength fair = Readiness.strength(c, List.of(tx("100")), List.of(exhibit(1), exhibit(2)),
                List.of(letter), 0);
        assertThat(fair.level()).isEqualTo(Readiness.Level.FAIR);
        assertThat(fair.points()).extracting(Readiness.Point::kind).contains(Readiness.PointKind.AMOUNT_NOT_BACKED);
    }
}
