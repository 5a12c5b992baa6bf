package io.casevault.domain.understanding;

import io.casevault.domain.Direction;
import io.casevault.domain.Money;
import io.casevault.domain.Transaction;
import io.casevault.domain.TransactionSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case with 200 payment screenshots and a 1,000-row statement holding their 200 transactions among 800 others
 * (including ones of the same amount on other days, ones at the same minute with other amounts, and near-duplicates:
 * the same amount one to four minutes apart with another number, or with none). The screenshots'
 * recognised lines come from the generated screens of {@link PaymentScreens} (with their OCR errors), fed to the rules
 * directly: rendering and reading 200 pictures would test the recogniser, which FieldAccuracyTest and the OCR tests
 * cover. Half the statement rows carry the number the screen shows (linked by it), half carry none (linked by amount
 * and time). Every screenshot must be linked to its own transaction or to none; never to another.
 */
class ScreenshotLinkingTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final int SCREENSHOTS = 200;
    private static final int ROWS = 1000;

    private record Case(List<PaymentScreens.Screen> screens, List<Transaction> statement) {
    }

    private static Case generate(long seed) {
        PaymentScreens generator = new PaymentScreens(seed);
        Random random = new Random(seed);
        List<PaymentScreens.Screen> screens = new ArrayList<>();
        List<Transaction> rows = new ArrayList<>();
        while (screens.size() < SCREENSHOTS) {
            PaymentScreens.Screen s = generator.next();
            if (s.layout.equals("wechat-list")) {
                continue; // a list of many payments proves none of them on its own
            }
            ShownAmount amount = s.amounts.get(0).value();
            ShownTime time = s.times.get(0).value();
            LocalDateTime at = time.precision() == ShownTime.Precision.DAY ? time.at().plusHours(12)
                    : time.at().plusSeconds(random.nextInt(150) - 30);
            String ref = screens.size() % 2 == 0 ? s.references.get(0).value().value() : null;
            rows.add(tx(screens.size() + 1, at, amount.value().abs(), amount.knownCurrency()
                    .orElse(Currency.getInstance("CNY")), Direction.OUT, ref));
            screens.add(s);
        }
        // near-duplicates: the same amount a few minutes before or after, with another number (every screenshot) or
        // with none (those whose own row carries the number shown, which must win over the nearer time)
        for (int i = 0; i < SCREENSHOTS; i++) {
            Transaction own = rows.get(i);
            rows.add(nearDuplicate(rows.size() + 1, own, random, digits(random, 28)));
            if (own.txRef() != null) {
                rows.add(nearDuplicate(rows.size() + 1, own, random, null));
            }
        }
        while (rows.size() < ROWS) {
            Transaction model = rows.get(random.nextInt(SCREENSHOTS));
            LocalDateTime modelAt = LocalDateTime.ofInstant(model.at(), model.zone());
            long id = rows.size() + 1;
            rows.add(switch (random.nextInt(3)) {
                // the same amount on another day
                case 0 -> tx(id, modelAt.plusDays(2 + random.nextInt(300)), model.money().amount(),
                        model.money().currency(), Direction.OUT, null);
                // the same minute, another amount
                case 1 -> tx(id, modelAt.plusSeconds(random.nextInt(60)), model.money().amount()
                        .add(BigDecimal.ONE), model.money().currency(), Direction.OUT, null);
                // anything
                default -> tx(id, LocalDateTime.of(2024, 1, 1, 0, 0).plusMinutes(random.nextInt(3 * 525_600)),
                        BigDecimal.valueOf(1 + random.nextInt(10_000_000), 2), Currency.getInstance("CNY"),
                        random.nextBoolean() ? Direction.OUT : Direction.IN,
                        String.valueOf(Math.abs(random.nextLong())));
            });
        }
        Collections.shuffle(rows, random);
        return new Case(screens, rows);
    }

    private static Transaction nearDuplicate(long id, Transaction own, Random random, String ref) {
        int minutes = (1 + random.nextInt(4)) * (random.nextBoolean() ? 1 : -1);
        return tx(id, LocalDateTime.ofInstant(own.at(), own.zone()).plusMinutes(minutes), own.money().amount(),
                own.money().currency(), own.direction(), ref);
    }

    private static String digits(Random random, int n) {
        StringBuilder s = new StringBuilder("2026");
        while (s.length() < n) {
            s.append(random.nextInt(10));
        }
        return s.toString();
    }

    private static Transaction tx(long id, LocalDateTime at, BigDecimal amount, Currency currency, Direction direction,
                                  String ref) {
        return new Transaction(id, 1, at.atZone(SHANGHAI).toInstant(), SHANGHAI, new Money(amount, currency),
                direction, null, ref, null, null, null, null, TransactionSource.MANUAL, Instant.EPOCH, null);
    }

    @ParameterizedTest
    @ValueSource(longs = {20261103, 15, 2027, 88, 4242})
    void eachScreenshotIsLinkedToItsOwnTransactionAndNoneToAnother(long seed) {
        Case c = generate(seed);
        int byReference = 0;
        int byAmountAndTime = 0;
        int unlinked = 0;
        int wrong = 0;
        int recordOffered = 0;
        for (int i = 0; i < SCREENSHOTS; i++) {
            List<Proposal> proposals = Proposals.of(ScreenshotReading.read(c.screens().get(i).lines, 2026),
                    new Proposals.Exhibit(c.statement(), Set.of(), List.of(), 1080, 2400, "", SHANGHAI));
            List<Proposal.Link> links = proposals.stream().filter(p -> p instanceof Proposal.Link)
                    .map(p -> (Proposal.Link) p).toList();
            long own = i + 1;
            wrong += (int) links.stream().filter(l -> l.transactionId() != own).count();
            if (links.stream().anyMatch(l -> l.transactionId() == own && l.rule() == Proposal.LinkRule.REFERENCE)) {
                byReference++;
            } else if (links.stream().anyMatch(l -> l.transactionId() == own)) {
                byAmountAndTime++;
            } else {
                unlinked++;
            }
            recordOffered += proposals.stream().anyMatch(p -> p instanceof Proposal.Record) ? 1 : 0;
        }
        System.out.printf("Linking %d screenshots against %d statement rows: %d by number, %d by amount and time,"
                        + " %d not linked, %d wrong links, %d offered for recording though recorded%n", SCREENSHOTS,
                ROWS, byReference, byAmountAndTime, unlinked, wrong, recordOffered);
        assertThat(wrong).as("wrong links").isZero();
        assertThat(recordOffered).as("transactions offered for recording that the statement holds").isZero();
        assertThat(byReference).as("linked by their number").isGreaterThanOrEqualTo(95);
        assertThat(byReference + byAmountAndTime).as("linked").isGreaterThanOrEqualTo(196);
    }

    @Test
    void noRedactionIsProposedOverAnAmountOrANumber() {
        Case c = generate(7);
        int covers = 0;
        for (PaymentScreens.Screen s : c.screens()) {
            List<Proposal.Cover> proposed = Proposals.of(ScreenshotReading.read(s.lines, 2026),
                    new Proposals.Exhibit(List.of(), Set.of(), List.of(), 1080, 4000, "", SHANGHAI)).stream()
                    .filter(p -> p instanceof Proposal.Cover).map(p -> (Proposal.Cover) p).toList();
            covers += proposed.size();
            List<Box> kept = new ArrayList<>();
            for (PaymentScreens.Truth<?> t : s.amounts) {
                kept.add(boxOf(s, t));
            }
            for (PaymentScreens.Truth<?> t : s.references) {
                kept.add(boxOf(s, t));
            }
            for (Proposal.Cover cover : proposed) {
                for (Box k : kept) {
                    boolean overlaps = cover.box().x() < k.x() + k.width() && k.x() < cover.box().x()
                            + cover.box().width() && cover.box().y() < k.y() + k.height()
                            && k.y() < cover.box().y() + cover.box().height();
                    assertThat(overlaps).as("%s on %s covers an amount or number", cover, s.layout).isFalse();
                }
            }
            assertThat(proposed).hasSizeLessThanOrEqualTo(s.sensitive.size());
        }
        int truths = c.screens().stream().mapToInt(s -> s.sensitive.size()).sum();
        System.out.printf("Redactions proposed on %d screenshots: %d for %d pieces of personal data shown%n",
                c.screens().size(), covers, truths);
        assertThat(covers).isGreaterThanOrEqualTo(truths * 95 / 100);
    }

    /**
     * The part of its line an amount or number takes, without the padding a redaction box gets; the whole line when
     * the generator's OCR errors changed the text.
     */
    private static Box boxOf(PaymentScreens.Screen s, PaymentScreens.Truth<?> t) {
        TextLine line = s.lines.get(t.line());
        int start = line.text().indexOf(t.text());
        if (start < 0) {
            return line.box();
        }
        Box padded = SubBoxes.of(line, start, start + t.text().length());
        int padX = Math.max(1, (int) Math.round(line.height() * 0.25));
        return new Box(padded.x() + padX, line.y(), Math.max(0, padded.width() - 2 * padX), line.height());
    }
}
