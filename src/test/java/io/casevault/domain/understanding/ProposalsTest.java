package io.casevault.domain.understanding;

import io.casevault.domain.Direction;
import io.casevault.domain.Money;
import io.casevault.domain.Redaction;
import io.casevault.domain.Transaction;
import io.casevault.domain.TransactionSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The matching rules: which transaction a screenshot is linked to, offered, or recorded as, and what else. */
class ProposalsTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String ORDER = "20261103200040011100450012345678";

    private static List<TextLine> transfer(String amount, String time, String order) {
        return Lines.of("账单详情", amount, "转账成功", "收款人 张三", "创建时间 " + time, "订单号 " + order);
    }

    private static Transaction tx(long id, String at, String amount, String currency, Direction direction,
                                  String ref) {
        return new Transaction(id, 1, LocalDateTime.parse(at).atZone(SHANGHAI).toInstant(), SHANGHAI,
                new Money(new BigDecimal(amount), Currency.getInstance(currency)), direction, "张三", ref, null, null,
                null, null, TransactionSource.MANUAL, Instant.EPOCH, null);
    }

    private static List<Proposal> propose(List<TextLine> lines, List<Transaction> txs) {
        return propose(lines, txs, Set.of());
    }

    private static List<Proposal> propose(List<TextLine> lines, List<Transaction> txs, Set<Long> linked) {
        return Proposals.of(ScreenshotReading.read(lines, 2026), new Proposals.Exhibit(txs, linked, List.of(), 1080,
                2400, "", ZoneId.of("UTC")));
    }

    private static List<Proposal.Link> links(List<Proposal> proposals) {
        return proposals.stream().filter(p -> p instanceof Proposal.Link).map(p -> (Proposal.Link) p).toList();
    }

    private static boolean offersRecord(List<Proposal> proposals) {
        return proposals.stream().anyMatch(p -> p instanceof Proposal.Record);
    }

    @Test
    void anEqualOrderNumberLinksByItselfWhateverTheTime() {
        List<Proposal> p = propose(transfer("-1,250.00", "2026-11-03 14:30:12", ORDER),
                List.of(tx(7, "2026-11-05T09:00:00", "1250.00", "CNY", Direction.OUT, ORDER),
                        tx(8, "2026-11-03T14:30:00", "1250.00", "CNY", Direction.OUT, null)));
        assertThat(links(p)).singleElement().satisfies(l -> {
            assertThat(l.transactionId()).isEqualTo(7);
            assertThat(l.rule()).isEqualTo(Proposal.LinkRule.REFERENCE);
            assertThat(l.automatic()).isTrue();
        });
        assertThat(offersRecord(p)).isFalse();
    }

    @Test
    void aStatementNumberWithAPrefixOrSpacesIsTheSameNumber() {
        assertThat(References.equal(ORDER, "  " + ORDER + " ")).isTrue();
        assertThat(References.equal("REF" + ORDER, ORDER)).isTrue();
        assertThat(References.equal(ORDER, ORDER.substring(1))).isFalse();
        assertThat(References.equal("2026", "REF2026")).as("too short to be a number").isFalse();
    }

    /**
     * The transaction number shown was misread (a digit read as a letter) and only the merchant number was read: the
     * statement row carrying the transaction number may be this payment, so a near row without a number is not it.
     */
    @Test
    void aNumberShownButMisreadKeepsANearerRowWithoutANumberFromBeingLinked() {
        String misread = ORDER.substring(0, 31) + "I";
        List<TextLine> lines = Lines.of("支付成功", "￥1,250.00", "支付时间 2026年11月3日 14:30:12", "交易单号：" + misread,
                "商户单号", "2026110399887766554433");
        List<Transaction> statement = List.of(tx(1, "2026-11-03T14:30:13", "1250.00", "CNY", Direction.OUT, ORDER),
                tx(2, "2026-11-03T14:33:13", "1250.00", "CNY", Direction.OUT, null));
        assertThat(ScreenshotReading.read(lines, 2026).hasIllegibleNumber()).isTrue();
        assertThat(links(propose(lines, statement))).isEmpty();
        assertThat(ScreenshotReading.read(transfer("-1,250.00", "2026-11-03 14:30:12", ORDER), 2026)
                .hasIllegibleNumber()).isFalse();
    }

    @Test
    void theSameAmountWithinAFewMinutesIsOfferedNotApplied() {
        List<Proposal> p = propose(transfer("-1,250.00", "2026-11-03 14:30:12", ORDER),
                List.of(tx(3, "2026-11-03T14:33:40", "1250.00", "CNY", Direction.OUT, null),
                        tx(4, "2026-11-03T14:30:12", "1250.01", "CNY", Direction.OUT, null)));
        assertThat(links(p)).singleElement().satisfies(l -> {
            assertThat(l.transactionId()).isEqualTo(3);
            assertThat(l.rule()).isEqualTo(Proposal.LinkRule.AMOUNT_AND_TIME);
            assertThat(l.automatic()).isFalse();
            assertThat(l.confidence()).isBetween(0.5, 0.95);
        });
        assertThat(offersRecord(p)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "six minutes later,        2026-11-03T14:36:13, 1250.00, CNY, OUT",
            "the day before,           2026-11-02T14:30:12, 1250.00, CNY, OUT",
            "money in for a minus,     2026-11-03T14:30:12, 1250.00, CNY, IN",
            "another currency,         2026-11-03T14:30:12, 1250.00, USD, OUT",
            "another amount,           2026-11-03T14:30:12, 125.00,  CNY, OUT"})
    void noLinkWhenTimeSignOrCurrencyDisagree(String why, String at, String amount, String currency,
                                              Direction direction) {
        List<Proposal> p = propose(transfer("-¥1,250.00", "2026-11-03 14:30:12", ORDER),
                List.of(tx(5, at, amount, currency, direction, null)));
        assertThat(links(p)).as(why).isEmpty();
    }

    @Test
    void aTransactionWhoseNumberContradictsTheScreenIsNotOffered() {
        List<Proposal> p = propose(transfer("-1,250.00", "2026-11-03 14:30:12", ORDER),
                List.of(tx(5, "2026-11-03T14:30:00", "1250.00", "CNY", Direction.OUT,
                        "20261103200040011100450099999999")));
        assertThat(links(p)).isEmpty();
        List<Proposal> misread = propose(transfer("-1,250.00", "2026-11-03 14:30:12", ORDER.replace('8', 'B')),
                List.of(tx(5, "2026-11-03T14:30:00", "1250.00", "CNY", Direction.OUT, ORDER)));
        assertThat(links(misread)).as("one misread character is no contradiction").extracting(Proposal.Link::rule)
                .containsExactly(Proposal.LinkRule.AMOUNT_AND_TIME);
    }

    @Test
    void twoTransactionsThatFitEquallyAreNeitherOfferedNorRecordedAgain() {
        List<Proposal> p = propose(transfer("-1,250.00", "2026-11-03 14:30:12", ORDER),
                List.of(tx(1, "2026-11-03T14:29:00", "1250.00", "CNY", Direction.OUT, null),
                        tx(2, "2026-11-03T14:31:00", "1250.00", "CNY", Direction.OUT, null)));
        assertThat(links(p)).isEmpty();
        assertThat(offersRecord(p)).isFalse();
    }

    @Test
    void aPaymentNoTransactionMatchesIsOfferedForRecordingWithTheFormFilled() {
        List<Proposal> p = propose(transfer("-¥1,250.00", "2026-11-03 14:30:12", ORDER),
                List.of(tx(1, "2026-10-01T10:00:00", "99.00", "CNY", Direction.OUT, null)));
        assertThat(links(p)).isEmpty();
        Proposal.Record r = p.stream().filter(x -> x instanceof Proposal.Record).map(x -> (Proposal.Record) x)
                .findFirst().orElseThrow();
        assertThat(r.amount()).isEqualTo(new ShownAmount(new BigDecimal("-1250.00"), Currency.getInstance("CNY")));
        assertThat(r.at().at()).isEqualTo(LocalDateTime.of(2026, 11, 3, 14, 30, 12));
        assertThat(r.reference()).isEqualTo(ORDER);
        assertThat(r.counterparty()).isEqualTo("张三");
        assertThat(r.status()).isEqualTo(PaymentStatus.SUCCEEDED);
    }

    @Test
    void anExhibitLinkedAlreadyIsNotOfferedItsLinkOrARecordAgain() {
        List<Proposal> p = propose(transfer("-1,250.00", "2026-11-03 14:30:12", ORDER),
                List.of(tx(3, "2026-11-03T14:30:00", "1250.00", "CNY", Direction.OUT, ORDER)), Set.of(3L));
        assertThat(links(p)).isEmpty();
        assertThat(offersRecord(p)).isFalse();
    }

    @Test
    void captionAndEventTimeInTheLinkedTransactionsZone() {
        List<Proposal> p = propose(transfer("-1,250.00", "2026-11-03 14:30:12", ORDER),
                List.of(tx(3, "2026-11-03T14:30:00", "1250.00", "CNY", Direction.OUT, ORDER)));
        assertThat(p).filteredOn(x -> x instanceof Proposal.CaptionText).extracting(x -> ((Proposal.CaptionText) x)
                .caption()).containsExactly("转账成功 · -1,250.00 · 张三 · 2026-11-03 14:30");
        Proposal.EventTime t = p.stream().filter(x -> x instanceof Proposal.EventTime)
                .map(x -> (Proposal.EventTime) x).findFirst().orElseThrow();
        assertThat(t.zone()).isEqualTo(SHANGHAI);
        assertThat(t.shown().display()).isEqualTo("2026-11-03 14:30:12");
        List<Proposal> unlinked = propose(transfer("-1,250.00", "2026-11-03 14:30:12", ORDER), List.of());
        assertThat(unlinked).filteredOn(x -> x instanceof Proposal.EventTime)
                .extracting(x -> ((Proposal.EventTime) x).zone()).containsExactly(ZoneId.of("UTC"));
    }

    @Test
    void personalDataIsProposedForRedactionUnlessCoveredAlready() {
        List<TextLine> lines = Lines.of("转账成功", "-1,250.00", "联系电话 13812345678", "订单号 " + ORDER);
        ScreenshotReading reading = ScreenshotReading.read(lines, 2026);
        List<Proposal> p = Proposals.of(reading, new Proposals.Exhibit(List.of(), Set.of(), List.of(), 1080, 2400, "",
                SHANGHAI));
        Proposal.Cover cover = p.stream().filter(x -> x instanceof Proposal.Cover).map(x -> (Proposal.Cover) x)
                .findFirst().orElseThrow();
        assertThat(cover.sensitive()).isEqualTo(SensitiveKind.MOBILE);
        TextLine phone = lines.get(2);
        assertThat(cover.box().x()).isGreaterThan(phone.x() + 40).as("the label stays visible");
        assertThat(cover.box().y()).isLessThanOrEqualTo(phone.y());
        List<Proposal> covered = Proposals.of(reading, new Proposals.Exhibit(List.of(), Set.of(),
                List.of(new Redaction(0, 70, 1080, 60)), 1080, 2400, "", SHANGHAI));
        assertThat(covered).noneMatch(x -> x instanceof Proposal.Cover);
        List<Proposal> sizeUnknown = Proposals.of(reading, new Proposals.Exhibit(List.of(), Set.of(), List.of(), null,
                null, "", SHANGHAI));
        assertThat(sizeUnknown).noneMatch(x -> x instanceof Proposal.Cover);
    }
}
