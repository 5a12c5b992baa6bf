package io.casevault.domain.understanding;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScreenshotReadingTest {

    /** An Alipay transfer's detail page as OCR reads it: label and value of each row as separate lines. */
    private static List<TextLine> alipayTransfer() {
        return List.of(
                new TextLine("14:35", 0.99, 40, 10, 60, 24),
                new TextLine("账单详情", 0.98, 300, 80, 160, 36),
                new TextLine("张三", 0.97, 330, 200, 80, 36),
                new TextLine("-1,250.00", 0.96, 250, 260, 260, 72),
                new TextLine("转账成功", 0.97, 320, 350, 120, 30),
                new TextLine("付款方式", 0.95, 40, 450, 120, 30),
                new TextLine("余额", 0.95, 600, 450, 60, 30),
                new TextLine("对方账户", 0.95, 40, 510, 120, 30),
                new TextLine("张三 138****5678", 0.94, 500, 510, 220, 30),
                new TextLine("创建时间", 0.95, 40, 570, 120, 30),
                new TextLine("2026-11-03 14:30:12", 0.93, 460, 570, 260, 30),
                new TextLine("订单号", 0.95, 40, 630, 90, 30),
                new TextLine("20261103200040011100450012345678", 0.91, 300, 630, 420, 30),
                new TextLine("联系电话 13812345678", 0.92, 40, 690, 300, 30));
    }

    @Test
    void readsAnAlipayTransferPage() {
        ScreenshotReading r = ScreenshotReading.read(alipayTransfer(), 2026);
        assertThat(r.mainAmount()).map(Found::value).hasValue(new ShownAmount(new BigDecimal("-1250.00"), null));
        assertThat(r.references()).extracting(Found::value)
                .containsExactly(new Reference("20261103200040011100450012345678", Reference.Kind.ORDER));
        assertThat(r.eventTime()).map(Found::value).hasValue(
                new ShownTime(LocalDateTime.of(2026, 11, 3, 14, 30, 12), ShownTime.Precision.SECOND));
        assertThat(r.eventTime()).map(Found::line).hasValue(10);
        assertThat(r.counterparties()).extracting(Found::value)
                .containsExactly(new Counterparty("张三", Counterparty.Role.OTHER));
        assertThat(r.statuses()).extracting(Found::value).containsExactly(PaymentStatus.SUCCEEDED);
        assertThat(r.sensitive()).extracting(SensitiveArea::kind, SensitiveArea::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SensitiveKind.MOBILE, 13));
        assertThat(r.language()).isEqualTo(Caption.Language.ZH);
        assertThat(r.suggestedCaption()).hasValue("转账成功 · -1,250.00 · 张三 · 2026-11-03 14:30");
    }

    @Test
    void aValueUnderItsLabelCarriesTheLowerOfTheTwoConfidences() {
        ScreenshotReading r = ScreenshotReading.read(alipayTransfer(), 2026);
        assertThat(r.references().get(0).confidence()).isEqualTo(0.91);
        assertThat(r.eventTime().orElseThrow().confidence()).isEqualTo(0.93);
        assertThat(r.statuses().get(0).confidence()).isEqualTo(0.97);
    }

    @Test
    void captionNamesTheCurrencyTheScreenShowsInItsLanguage() {
        List<TextLine> wechat = List.of(
                Lines.line("转账成功", 0, 30), Lines.line("￥1,250.00", 1, 60), Lines.line("收款方：张三", 2, 30),
                Lines.line("转账时间 2026年11月3日 14:30:12", 3, 30), Lines.line("交易单号 1000050001202611031234567890", 4, 30));
        ScreenshotReading r = ScreenshotReading.read(wechat, 2026);
        assertThat(r.suggestedCaption()).hasValue("转账成功 · ¥1,250.00 · 张三 · 2026-11-03 14:30");
        assertThat(r.caption(Caption.Language.EN)).hasValue("Completed · ¥1,250.00 · 张三 · 2026-11-03 14:30");
    }

    @Test
    void anEnglishPageGetsAnEnglishCaption() {
        List<TextLine> paypal = List.of(
                Lines.line("You sent a payment", 0, 30), Lines.line("-$125.00 USD", 1, 60),
                Lines.line("Paid to", 2, 30), Lines.line("Example Shop Ltd", 3, 30), Lines.line("Completed", 4, 30),
                Lines.line("Nov 3, 2026, 2:30 PM", 5, 30), Lines.line("Transaction ID", 6, 30),
                Lines.line("8AB12345CD6789012", 7, 30), Lines.line("Contact: buyer@example.com", 8, 30));
        ScreenshotReading r = ScreenshotReading.read(paypal, 2026);
        assertThat(r.language()).isEqualTo(Caption.Language.EN);
        assertThat(r.suggestedCaption()).hasValue("Completed · -$125.00 · Example Shop Ltd · 2026-11-03 14:30");
        assertThat(r.caption(Caption.Language.ZH)).hasValue("成功 · -$125.00 · Example Shop Ltd · 2026-11-03 14:30");
        assertThat(r.sensitive()).extracting(SensitiveArea::kind).containsExactly(SensitiveKind.EMAIL);
        assertThat(r.mainAmount().orElseThrow().value().money()).hasValueSatisfying(
                m -> assertThat(m.currency()).isEqualTo(Currency.getInstance("USD")));
    }

    @Test
    void aLabelledPaymentTimeWinsOverOtherTimesOnThePage() {
        List<TextLine> lines = Lines.of("到账时间 2026-11-04 09:00:00", "支付时间", "2026-11-03 14:30:12",
                "2026-11-05 10:00:00 更新");
        assertThat(ScreenshotReading.read(lines, 2026).eventTime()).map(f -> f.value().at())
                .hasValue(LocalDateTime.of(2026, 11, 3, 14, 30, 12));
        List<TextLine> unlabelled = Lines.of("11月3日", "2026-11-03 14:30");
        assertThat(ScreenshotReading.read(unlabelled, 2026).eventTime()).map(f -> f.value().precision())
                .hasValue(ShownTime.Precision.MINUTE);
    }

    @Test
    void aPageWithNothingToReadHasNoCaption() {
        ScreenshotReading r = ScreenshotReading.read(Lines.of("聊天记录", "你好，在吗？"), 2026);
        assertThat(r.suggestedCaption()).isEmpty();
        assertThat(r.eventTime()).isEmpty();
        assertThat(ScreenshotReading.read(List.of(), 2026).suggestedCaption()).isEmpty();
    }

    @Test
    void foundPlacesPointIntoTheRecognisedText() {
        ScreenshotReading r = ScreenshotReading.read(Lines.of("合计：￥１，２５０．００元"), 2026);
        Found<ShownAmount> f = r.amounts().get(0);
        assertThat(r.shownText(f)).isEqualTo("￥１，２５０．００元");
    }

    @Test
    void captionWritesAmountsWithTheCurrencysSymbolOrCode() {
        assertThat(Caption.amount(new ShownAmount(new BigDecimal("1250"), Currency.getInstance("CNY"))))
                .isEqualTo("¥1,250.00");
        assertThat(Caption.amount(new ShownAmount(new BigDecimal("-5.5"), Currency.getInstance("EUR"))))
                .isEqualTo("-€5.50");
        assertThat(Caption.amount(new ShownAmount(new BigDecimal("500"), Currency.getInstance("JPY"))))
                .isEqualTo("JP¥500");
        assertThat(Caption.amount(new ShownAmount(new BigDecimal("12"), Currency.getInstance("CAD"))))
                .isEqualTo("CAD 12.00");
        assertThat(Caption.amount(new ShownAmount(new BigDecimal("-386.5"), null))).isEqualTo("-386.50");
    }
}
