package io.casevault.app;

import io.casevault.domain.Direction;
import io.casevault.domain.Money;
import io.casevault.domain.NewCase;
import io.casevault.domain.NewTransaction;
import io.casevault.domain.Transaction;
import io.casevault.domain.TransactionSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding the cases whose transactions mention a name, a reference number or a word of a note. */
class TransactionSearchTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    @TempDir
    Path tmp;
    private VaultSession session;
    private long alipay;
    private long paypal;

    @BeforeEach
    void open() {
        session = VaultSession.create(tmp.resolve("v"), Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"),
                ZoneOffset.UTC));
        alipay = newCase("转账未到账", "支付宝");
        paypal = newCase("Refund missing", "PayPal");
        tx(alipay, "张三", "2026110322001456789", "退款 1250 元未到账");
        tx(alipay, "优选商城", "4200000101", null);
        tx(alipay, "张三丰", "2026110322009999999", null);
        tx(paypal, "Amazon Marketplace", "9XK12345AB678901C", "refund pending 50% off");
        tx(paypal, "eBay", "5TY00000AB678901C", "item_not_received");
    }

    @AfterEach
    void close() {
        session.close();
    }

    private long newCase(String title, String provider) {
        return session.cases().create(new NewCase(title, provider, null, null, null, null, List.of(), null,
                LocalDate.of(2026, 11, 25), null, null, false)).id();
    }

    private Transaction tx(long caseId, String counterparty, String ref, String note) {
        return session.transactions().add(new NewTransaction(caseId, Instant.parse("2026-11-03T06:30:00Z"), ZONE,
                Money.parse("10", "CNY"), Direction.OUT, counterparty, ref, null, null, null, note,
                TransactionSource.MANUAL));
    }

    private Map<Long, Integer> find(String text) {
        return session.transactions().casesMatching(text);
    }

    @Test
    void chineseNamesReferenceFragmentsAndNoteWordsAreFound() {
        assertThat(find("优选商城")).containsExactly(Map.entry(alipay, 1));
        assertThat(find("张三丰")).containsExactly(Map.entry(alipay, 1));
        assertThat(find("0322001")).containsExactly(Map.entry(alipay, 1));
        assertThat(find("20261103220")).containsExactly(Map.entry(alipay, 2));
        assertThat(find("AB678901C")).containsExactly(Map.entry(paypal, 2));
        assertThat(find("未到账")).containsExactly(Map.entry(alipay, 1));
    }

    @Test
    void matchingIgnoresCaseAndNeedsEveryWord() {
        assertThat(find("AMAZON")).containsExactly(Map.entry(paypal, 1));
        assertThat(find("amazon refund")).containsExactly(Map.entry(paypal, 1));
        assertThat(find("amazon ebay")).isEmpty();
        assertThat(find("nothing-like-this")).isEmpty();
        assertThat(find("   ")).isEmpty();
    }

    @Test
    void wordsShorterThanThreeCharactersAreMatchedToo() {
        assertThat(find("张三")).containsExactly(Map.entry(alipay, 2));
        assertThat(find("张三 退款")).containsExactly(Map.entry(alipay, 1));
        assertThat(find("eb")).containsExactly(Map.entry(paypal, 1));
    }

    @Test
    void anAmountFindsTheTransactionsOfThatAmount() {
        session.transactions().add(new NewTransaction(paypal, Instant.parse("2026-11-04T06:30:00Z"), ZONE,
                Money.parse("3456.78", "CNY"), Direction.OUT, "Lee", null, null, null, null, null,
                TransactionSource.MANUAL));
        assertThat(find("3456.78")).containsExactly(Map.entry(paypal, 1));
        assertThat(find("456.7")).containsExactly(Map.entry(paypal, 1));
        assertThat(find("3456.79")).isEmpty();
    }

    @Test
    void twoChineseCharactersFollowEditsAndTrashLikeLongerWords() {
        Transaction t = tx(paypal, "李四", null, "会员续费");
        assertThat(find("李四")).containsExactly(Map.entry(paypal, 1));
        assertThat(find("续费 李四")).containsExactly(Map.entry(paypal, 1));

        session.transactions().update(t.id(), new NewTransaction(paypal, t.at(), ZONE, t.money(), t.direction(),
                "王五", null, null, null, null, "会员", TransactionSource.MANUAL));
        assertThat(find("李四")).isEmpty();
        assertThat(find("续费")).isEmpty();
        assertThat(find("王五")).containsExactly(Map.entry(paypal, 1));

        session.transactions().trash(t.id());
        assertThat(find("王五")).as("trashed transaction").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "50%", "_", "item_not", "a\"b", "NEAR(", "AND", "*", "-", "^ref", "col:x"})
    void searchSyntaxInTheTextIsTakenLiterally(String text) {
        Map<Long, Integer> found = find(text);
        if (text.equals("50%")) {
            assertThat(found).containsExactly(Map.entry(paypal, 1));
        } else if (text.equals("item_not") || text.equals("_")) {
            assertThat(found).containsExactly(Map.entry(paypal, 1));
        } else if (text.equals("AND")) {
            assertThat(found).as("'and' is not an operator here, and no transaction mentions it").isEmpty();
        } else {
            assertThat(found).isEmpty();
        }
    }

    @Test
    void theIndexFollowsEditsTrashAndPurge() {
        Transaction t = tx(alipay, "李四", "777000111", null);
        assertThat(find("777000")).containsExactly(Map.entry(alipay, 1));

        session.transactions().update(t.id(), new NewTransaction(alipay, t.at(), ZONE, t.money(), t.direction(),
                "王五", "888000111", null, null, null, null, TransactionSource.MANUAL));
        assertThat(find("777000")).isEmpty();
        assertThat(find("888000")).containsExactly(Map.entry(alipay, 1));

        session.transactions().trash(t.id());
        assertThat(find("888000")).as("trashed transaction").isEmpty();
        session.transactions().restore(t.id());
        assertThat(find("888000")).containsExactly(Map.entry(alipay, 1));

        session.cases().trash(paypal);
        assertThat(find("amazon")).as("trashed case").isEmpty();
        session.cases().restore(paypal);
        assertThat(find("amazon")).containsExactly(Map.entry(paypal, 1));
        session.cases().trash(paypal);
        session.cases().purge(paypal);
        assertThat(find("amazon")).as("purged case").isEmpty();
        assertThat(find("refund")).isEmpty();
    }
}
