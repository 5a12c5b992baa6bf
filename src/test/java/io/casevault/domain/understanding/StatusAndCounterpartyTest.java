package io.casevault.domain.understanding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StatusAndCounterpartyTest {

    private static List<PaymentStatus> statuses(String... lines) {
        return ScreenshotReading.read(Lines.of(lines), 2026).statuses().stream().map(Found::value).toList();
    }

    private static List<Counterparty> parties(String... lines) {
        return ScreenshotReading.read(Lines.of(lines), 2026).counterparties().stream().map(Found::value).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"成功,SUCCEEDED", "交易成功,SUCCEEDED", "转账成功,SUCCEEDED", "支付成功,SUCCEEDED", "✓ 支付成功,SUCCEEDED",
        "失败,FAILED", "支付失败,FAILED", "处理中,PENDING", "退款,REFUNDED", "已退款,REFUNDED", "退款成功,REFUNDED",
        "Completed,SUCCEEDED", "COMPLETED,SUCCEEDED", "Failed,FAILED", "Pending,PENDING", "Refunded,REFUNDED",
        "交易状态：交易成功,SUCCEEDED", "Status: Refunded,REFUNDED", "状态 处理中,PENDING", "转 账 成 功,SUCCEEDED"})
    void readsTheStatusAPaymentScreenShows(String line, PaymentStatus status) {
        assertThat(statuses(line)).containsExactly(status);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"如支付失败，请联系客服", "Your payment is pending review by our team", "退款将原路返回",
        "成功转账后对方将收到通知", "The refund failed because"})
    void aStatusWordInsideASentenceIsNotAStatus(String line) {
        assertThat(statuses(line)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "收款人：张三                 | 张三           | PAYEE",
        "收款方 张三(138****5678)     | 张三           | PAYEE",
        "收款方张三 138****5678       | 张三           | PAYEE",
        "对方账户:赵六138****0675     | 赵六           | OTHER",
        "付款人 李四                  | 李四           | PAYER",
        "商户 Example Coffee Shop    | Example Coffee Shop | MERCHANT",
        "商户名称：某某科技有限公司     | 某某科技有限公司 | MERCHANT",
        "对方账户 zha***@qq.com       | zha***@qq.com  | OTHER",
        "对方账户 x4***6              | x4***6         | OTHER",
        "收款方 张*                   | 张*            | PAYEE",
        "对方 王五                    | 王五           | OTHER",
        "To: Example Shop Ltd        | Example Shop Ltd | PAYEE",
        "From: John Smith            | John Smith     | PAYER",
        "Merchant: ACME Inc.         | ACME Inc.      | MERCHANT",
        "Paid to Example Store       | Example Store  | PAYEE",
    })
    void readsTheCounterpartyAfterItsLabel(String line, String name, Counterparty.Role role) {
        assertThat(parties(line)).containsExactly(new Counterparty(name, role));
    }

    @Test
    void readsTheCounterpartyOnTheLineAfterALabelStandingAlone() {
        assertThat(parties("收款方", "张三", "Paid to", "Example Store")).containsExactly(
                new Counterparty("张三", Counterparty.Role.PAYEE),
                new Counterparty("Example Store", Counterparty.Role.PAYEE));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"To protect your account, never share codes", "From now on you can pay faster",
        "收款方 ¥1,250.00", "对方已收款", "收款方 2026-11-03", "Tomorrow: Example", "收款方 12345678"})
    void valuesThatAreNotNamesAreNotCounterparties(String line) {
        assertThat(parties(line)).isEmpty();
    }

    @Test
    void aLabelFollowedByAnotherLabelHasNoName() {
        assertThat(parties("收款方", "付款方式 余额")).isEmpty();
        assertThat(parties("收款方", "订单号")).isEmpty();
    }
}
