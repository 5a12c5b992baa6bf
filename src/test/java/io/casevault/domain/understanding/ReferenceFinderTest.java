package io.casevault.domain.understanding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceFinderTest {

    private static List<Found<Reference>> references(String... lines) {
        return ScreenshotReading.read(Lines.of(lines), 2026).references();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "订单号：2026110322001456789           | 2026110322001456789         | ORDER",
        "订单号2026110322001456789             | 2026110322001456789         | ORDER",
        "交易单号 4200001234202611031234567890  | 4200001234202611031234567890 | TRANSACTION",
        "商户单号 10000123456789012345 复制     | 10000123456789012345        | ORDER",
        "流水号: 20261103143012000001          | 20261103143012000001        | TRANSACTION",
        "支付宝交易号 2026110322001456789       | 2026110322001456789         | TRANSACTION",
        "Transaction ID: 12345678901234567    | 12345678901234567           | TRANSACTION",
        "TransactionID:12345678901234567      | 12345678901234567           | TRANSACTION",
        "Reference No. AB12345678901234       | AB12345678901234            | TRANSACTION",
        "Order ID #98765432109876             | 98765432109876              | ORDER",
        "Receipt No: 1234-5678                | -                           | ORDER",
        "Transaction ID 8AB12345CD6789012     | 8AB12345CD6789012           | TRANSACTION",
        "ReferenceREF20261103000012345        | REF20261103000012345        | TRANSACTION",
        "Reference REF20261103000012345       | REF20261103000012345        | TRANSACTION",
        "Refund 20261103000012345             | -                           | TRANSACTION",
        "订单号：２０２６１１０３２２００１４５６７８９ | 2026110322001456789     | ORDER",
    })
    void readsTheNumberBesideItsLabel(String line, String value, Reference.Kind kind) {
        List<Found<Reference>> found = references(line);
        if ("-".equals(value)) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).extracting(Found::value).containsExactly(new Reference(value, kind));
        }
    }

    @Test
    void readsTheValueOnTheLineAfterALabelStandingAlone() {
        List<Found<Reference>> found = references("订单号", "2026110322001456789", "商户单号：", "M20261103000000000123");
        assertThat(found).extracting(Found::value).containsExactly(
                new Reference("2026110322001456789", Reference.Kind.ORDER),
                new Reference("M20261103000000000123", Reference.Kind.ORDER));
        assertThat(found).extracting(Found::line).containsExactly(1, 3);
    }

    @Test
    void aLetterPrefixUnderALabelStaysPartOfTheValue() {
        assertThat(references("Reference", "REF20261103000012345")).extracting(Found::value)
                .containsExactly(new Reference("REF20261103000012345", Reference.Kind.TRANSACTION));
    }

    @Test
    void neverJoinsANumberAcrossLines() {
        assertThat(references("订单号 2026110322", "001456789")).isEmpty();
        assertThat(references("订单号", "2026110322", "001456789012345")).isEmpty();
    }

    @Test
    void aNumberWithoutALabelIsNotAReference() {
        assertThat(references("2026110322001456789")).isEmpty();
        assertThat(references("收款方", "2026110322001456789")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"订单号 138****5678", "订单号 6222 **** **** 1234", "订单号 20261103****1234567",
        "订单号 2026110322001*456789", "订单号 1234567890123", "订单号 123456789012345678901234567890123",
        "Order ID ABCDE12345678901234", "Reference: your payment to Example Shop"})
    void maskedTooShortTooLongOrWordyValuesAreNotReferences(String line) {
        assertThat(references(line)).isEmpty();
    }

    @Test
    void whereTheReferenceSitsIsReportedInTheRecognisedText() {
        Found<Reference> f = references("订单号：２０２６１１０３２２００１４５６７８９").get(0);
        assertThat(f.start()).isEqualTo(4);
        assertThat(f.end()).isEqualTo(23);
    }
}
