package io.casevault.domain.understanding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SensitiveDataTest {

    private static List<SensitiveArea> sensitive(String... lines) {
        return ScreenshotReading.read(Lines.of(lines), 2026).sensitive();
    }

    private static String covered(String line) {
        List<SensitiveArea> found = sensitive(line);
        assertThat(found).as(line).hasSize(1);
        return line.substring(found.get(0).start(), found.get(0).end());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "电话 13812345678                | 13812345678       | MOBILE",
        "手机号：138 1234 5678            | 138 1234 5678     | MOBILE",
        "联系电话+86 138-1234-5678        | +86 138-1234-5678 | MOBILE",
        "86-19912345678                  | 86-19912345678    | MOBILE",
        "call +8613912345678 now         | +8613912345678    | MOBILE",
        "手机号：１３８１２３４５６７８      | １３８１２３４５６７８ | MOBILE",
        "身份证号 11010519491231002X      | 11010519491231002X | RESIDENT_ID",
        "ID 110105 19491231 002x         | 110105 19491231 002x | RESIDENT_ID",
        "卡号 6222 0212 3456 7894        | 6222 0212 3456 7894 | BANK_CARD",
        "卡号6222021234567894            | 6222021234567894  | BANK_CARD",
        "Card 4111-1111-1111-1111        | 4111-1111-1111-1111 | BANK_CARD",
        "邮箱 zhang.san@example.com       | zhang.san@example.com | EMAIL",
        "Contact: a_b+c@mail.example.cn. | a_b+c@mail.example.cn | EMAIL",
    })
    void findsUnmaskedPersonalDataToTheCharacter(String line, String text, SensitiveKind kind) {
        assertThat(covered(line)).isEqualTo(text);
        assertThat(sensitive(line).get(0).kind()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"收款方 张三(138****5678)", "6222 **** **** 1234", "储蓄卡(1234)", "zha***@qq.com",
        "身份证 110105********002X", "电话 12812345678", "电话 1381234567", "电话 138123456789",
        "身份证号 110105194912310021", "身份证号 110105194913310028", "卡号 6222 0212 3456 7898",
        "2026-11-03 14:30:12", "¥13,812,345.67", "14:35 4G 85%"})
    void maskedInvalidOrOtherNumbersAreNotSensitive(String line) {
        assertThat(sensitive(line)).as(line).isEmpty();
    }

    /**
     * The rule: a number read as an amount or as a labelled transaction/order number is that, never sensitive data,
     * even when its digits also satisfy a card's Luhn check or an ID number's check character.
     */
    @Test
    void anOrderNumberThatPassesLuhnBesideItsLabelIsNotACard() {
        String card19 = withLuhn("622202123456789012");
        assertThat(sensitive("卡号 " + card19)).extracting(SensitiveArea::kind).containsExactly(SensitiveKind.BANK_CARD);
        assertThat(sensitive("订单号 " + card19)).isEmpty();
        assertThat(sensitive("订单号", card19)).isEmpty();
        assertThat(sensitive(card19)).extracting(SensitiveArea::kind).containsExactly(SensitiveKind.BANK_CARD);
        String id = "11010519491231002X";
        assertThat(sensitive("交易单号 " + id.substring(0, 17) + "0")).isEmpty();
    }

    /** Seeded: valid numbers are found, numbers with a wrong check digit are not. */
    @Test
    void randomResidentIdsAreFoundExactlyWhenTheirCheckCharacterIsRight() {
        Random random = new Random(7064);
        for (int i = 0; i < 2_000; i++) {
            String first17 = String.format("%06d", 110000 + random.nextInt(550000))
                    + String.format("%04d%02d%02d", 1930 + random.nextInt(90), 1 + random.nextInt(12),
                    1 + random.nextInt(28)) + String.format("%03d", random.nextInt(1000));
            char check = CheckDigits.residentIdCheck(first17);
            assertThat(sensitive("身份证 " + first17 + check)).as(first17 + check)
                    .extracting(SensitiveArea::kind).containsExactly(SensitiveKind.RESIDENT_ID);
            char wrong = "0123456789X".charAt((("0123456789X".indexOf(check)) + 1 + random.nextInt(10)) % 11);
            // with a wrong check character it is no ID number (18 digits that pass Luhn may still be a card)
            assertThat(sensitive("身份证 " + first17 + wrong)).as(first17 + wrong).extracting(SensitiveArea::kind)
                    .doesNotContain(SensitiveKind.RESIDENT_ID);
        }
    }

    @Test
    void residentIdCheckCharacterFollowsIso7064() {
        assertThat(CheckDigits.residentIdCheck("11010519491231002")).isEqualTo('X');
        assertThat(CheckDigits.residentId("11010519491231002x")).isTrue();
        assertThat(CheckDigits.residentId("11010519490231002X")).as("no 31 February... nor 0 for a month").isFalse();
    }

    /** Seeded: Luhn-valid 16–19 digit numbers, plain or in fours, are cards; with a wrong check digit they are not. */
    @Test
    void randomCardNumbersAreFoundExactlyWhenLuhnValid() {
        Random random = new Random(1954);
        for (int i = 0; i < 2_000; i++) {
            int length = 16 + random.nextInt(4);
            StringBuilder body = new StringBuilder("62");
            while (body.length() < length - 1) {
                body.append(random.nextInt(10));
            }
            String card = withLuhn(body.toString());
            String shown = random.nextBoolean() ? card : card.replaceAll("(\\d{4})(?=\\d)", "$1 ");
            assertThat(sensitive("银行卡 " + shown)).as(shown).extracting(SensitiveArea::kind)
                    .containsExactly(SensitiveKind.BANK_CARD);
            int last = card.charAt(card.length() - 1) - '0';
            String broken = card.substring(0, card.length() - 1) + (last + 1 + random.nextInt(9)) % 10;
            assertThat(sensitive("银行卡 " + broken)).as(broken).isEmpty();
        }
    }

    /** Seeded: labelled 14–32 digit references are never proposed for redaction, whatever their digits. */
    @Test
    void randomLabelledReferencesAreNeverSensitive() {
        Random random = new Random(1432);
        List<String> labels = List.of("订单号", "交易单号", "商户单号", "流水号", "Transaction ID:", "Reference", "Order ID");
        int cardLike = 0;
        for (int i = 0; i < 5_000; i++) {
            int length = 14 + random.nextInt(19);
            StringBuilder digits = new StringBuilder().append(1 + random.nextInt(9));
            while (digits.length() < length) {
                digits.append(random.nextInt(10));
            }
            boolean cardLength = length >= 16 && length <= 19;
            String number = i % 3 == 0 && cardLength ? withLuhn(digits.substring(1)) : digits.toString();
            cardLike += number.length() >= 16 && number.length() <= 19 && CheckDigits.luhn(number) ? 1 : 0;
            String label = labels.get(random.nextInt(labels.size()));
            boolean split = random.nextBoolean();
            ScreenshotReading reading = ScreenshotReading.read(split ? Lines.of(label, number)
                    : Lines.of(label + " " + number), 2026);
            assertThat(reading.sensitive()).as(label + " " + number).isEmpty();
            assertThat(reading.references()).as(label + " " + number).hasSize(1);
        }
        assertThat(cardLike).as("the set holds Luhn-valid card-length numbers").isGreaterThan(300);
    }

    static String withLuhn(String body) {
        for (int d = 0; d < 10; d++) {
            if (CheckDigits.luhn(body + d)) {
                return body + d;
            }
        }
        throw new AssertionError();
    }
}
