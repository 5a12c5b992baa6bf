package io.casevault.ui.timeline;

import io.casevault.domain.Case;
import io.casevault.domain.CaseStatus;
import io.casevault.domain.Category;
import io.casevault.domain.Channel;
import io.casevault.domain.ContactDirection;
import io.casevault.domain.Direction;
import io.casevault.domain.FollowUp;
import io.casevault.domain.Money;
import io.casevault.domain.Timeline;
import io.casevault.domain.TimelineEvent;
import io.casevault.domain.Transaction;
import io.casevault.domain.TransactionSource;
import io.casevault.ui.common.Formats;
import io.casevault.ui.common.Texts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timeline's rows take the case's transactions apart from its other events and merge them in by time: in the
 * order the domain's timeline of all of them has, a payment before a follow-up or due date of the same second.
 */
class TransactionRowsMergeTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Case CASE = new Case(1, "t", "Alipay", null, Category.FUNDS_NOT_RECEIVED, "", null, List.of(),
            CaseStatus.DRAFT, null, LocalDate.of(2026, 11, 20), null, List.of(), T0, null, false);

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42, 2026})
    void transactionRowsFallWhereTheDomainTimelinePlacesThemTiesAndAnUnsortedListIncluded(long seed) {
        Random random = new Random(seed);
        List<Transaction> txs = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            // a few instants only, shared with the follow-ups and their due dates: many ties
            Instant at = instant(random);
            txs.add(new Transaction(100 + i, 1, at, SHANGHAI, Money.parse(random.nextInt(500) + ".50", "CNY"),
                    random.nextBoolean() ? Direction.OUT : Direction.IN, "Shop " + i, null, null, null, null, null,
                    TransactionSource.MANUAL, at, null));
        }
        if (seed % 2 == 0) {
            Collections.shuffle(txs, random);
        } else {
            txs.sort(java.util.Comparator.comparing(Transaction::at));
        }
        List<FollowUp> followUps = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Instant at = instant(random);
            LocalDate due = random.nextBoolean() ? null : LocalDate.ofInstant(instant(random), SHANGHAI);
            followUps.add(new FollowUp(200 + i, 1, at, SHANGHAI, Channel.HOTLINE, ContactDirection.OUTGOING, null,
                    null, "Call " + i, null, due, at, null));
        }
        Texts texts = Texts.of(Locale.ENGLISH);
        TimelineRows words = new TimelineRows(texts.bundle()::getString, Locale.ENGLISH, SHANGHAI,
                new Formats(texts.bundle(), Locale.ENGLISH, SHANGHAI));

        List<TimelineEvent> all = Timeline.build(CASE, txs, List.of(), followUps, List.of(), SHANGHAI, TODAY);
        List<TimelineEvent> others = Timeline.build(CASE, List.of(), List.of(), followUps, List.of(), SHANGHAI,
                TODAY);
        List<TimelineRow> rows = words.build(CASE, others, followUps, txs);

        assertThat(rows).extracting(r -> r.kind() + "#" + r.refId() + "@" + r.at())
                .containsExactlyElementsOf(all.stream().map(e -> e.kind() + "#" + e.refId() + "@" + e.at()).toList());
        assertThat(rows).filteredOn(r -> r.kind() == TimelineEvent.Kind.TRANSACTION).first()
                .satisfies(r -> assertThat(r.text()).contains("Shop").contains("CN¥"));
    }

    /** One of eight instants of the month, some midnight-ending like a due date. */
    private static Instant instant(Random random) {
        int day = random.nextInt(4);
        return random.nextBoolean() ? T0.plusSeconds(86_400L * day)
                : LocalDate.of(2026, 11, 1 + day).plusDays(1).atStartOfDay(SHANGHAI).toInstant().minusSeconds(1);
    }
}
