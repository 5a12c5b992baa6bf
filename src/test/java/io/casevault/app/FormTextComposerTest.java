package io.casevault.app;

import io.casevault.domain.Case;
import io.casevault.domain.CaseStatus;
import io.casevault.domain.Category;
import io.casevault.domain.Channel;
import io.casevault.domain.ContactDirection;
import io.casevault.domain.Direction;
import io.casevault.domain.FollowUp;
import io.casevault.domain.IncidentDate;
import io.casevault.domain.Money;
import io.casevault.domain.Transaction;
import io.casevault.domain.TransactionSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class FormTextComposerTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant CREATED = Instant.parse("2026-11-25T02:00:00Z");
    private static final String[] FACTS_ZH = {"11月3日我通过支付宝转账给张三，对方一直没有收到。", "客服说三天内回复，至今没有答复。",
        "页面显示支付成功，但银行卡已扣款。", "我多次在应用内留言，均无人处理。"};
    private static final String[] FACTS_EN = {"On 3 November I sent 1,250.00 CNY to Zhang San, who never received it.",
        "Support promised a reply within three days and never wrote back.",
        "The app said the payment succeeded, but my card was charged twice.", "I wrote in the in-app chat four times."};
    private static final String[] DEMANDS = {"退款 1250 元", "书面解释", "Refund the 1,250.00 CNY",
        "Unfreeze my account", "赔偿损失 200 元", "Delete my personal data", "道歉"};

    record Sample(long seed, GuidanceTexts texts, Case theCase, List<Transaction> txs, List<FollowUp> followUps,
                  int limit) {
        @Override
        public String toString() {
            return "seed " + seed + ", limit " + limit + (texts.chinese() ? ", zh" : ", en");
        }
    }

    static Stream<Sample> samples() {
        return IntStream.range(0, 300).mapToObj(i -> sample(7001L + i));
    }

    private static Sample sample(long seed) {
        Random r = new Random(seed);
        boolean zh = r.nextBoolean();
        StringBuilder facts = new StringBuilder();
        for (int i = r.nextInt(5); i > 0; i--) {
            facts.append((zh ? FACTS_ZH : FACTS_EN)[r.nextInt(4)]).append(zh ? "" : " ");
        }
        List<String> demands = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            demands.add(DEMANDS[r.nextInt(DEMANDS.length)]);
        }
        Money amount = Money.parse(r.nextInt(5000) + "." + (10 + r.nextInt(90)), "CNY");
        Case c = new Case(1, "转账未到账 " + r.nextInt(100), "Alipay", null,
                Category.values()[r.nextInt(Category.values().length)], facts.toString().strip(),
                r.nextBoolean() ? amount : null, demands, CaseStatus.DRAFT,
                IncidentDate.exact(LocalDate.of(2026, 11, 3)), LocalDate.of(2026, 11, 5), 30, List.of(), CREATED, null,
                false);
        List<Transaction> txs = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            txs.add(tx(txs.size() + 1, r.nextBoolean() ? amount : Money.parse(String.valueOf(1 + r.nextInt(900)),
                    "CNY"), r.nextBoolean() ? Direction.OUT : Direction.IN, orderNumber(r)));
        }
        List<FollowUp> fus = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            fus.add(new FollowUp(fus.size() + 1, 1, Instant.parse("2026-11-05T02:00:00Z"), SHANGHAI, Channel.HOTLINE,
                    ContactDirection.OUTGOING, null, r.nextBoolean() ? "8823" + i : null, "call", null, null, CREATED,
                    null));
        }
        GuidanceTexts t = GuidanceTexts.of(zh ? ExportOptions.Language.ZH : ExportOptions.Language.EN);
        int full = FormTextCutter.length(FormTextComposer.compose(t, c, txs, fus, null).description());
        return new Sample(seed, t, c, txs, fus, 1 + r.nextInt(full + 20));
    }

    private static String orderNumber(Random r) {
        return "2026110" + (100000000000L + Math.floorMod(r.nextLong(), 900000000000L));
    }

    private static Transaction tx(long id, Money money, Direction direction, String ref) {
        return new Transaction(id, 1, Instant.parse("2026-11-03T06:30:00Z"), SHANGHAI, money, direction, "张三", ref,
                null, null, null, null, TransactionSource.MANUAL, CREATED, null);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyFieldFitsTheLimit(Sample s) {
        FormText form = FormTextComposer.compose(s.texts(), s.theCase(), s.txs(), s.followUps(), s.limit());

        assertThat(FormTextCutter.length(form.description())).isLessThanOrEqualTo(s.limit());
        assertThat(FormTextCutter.length(form.demands())).isLessThanOrEqualTo(s.limit());
        assertThat(FormTextCutter.length(form.title()))
                .isLessThanOrEqualTo(Math.min(s.limit(), FormTextComposer.TITLE_LIMIT));
        assertThat(form.description()).doesNotContain("\n");
        assertThat(form.limit()).isEqualTo(s.limit());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theDemandsStayWholeWheneverTheyFit(Sample s) {
        FormText form = FormTextComposer.compose(s.texts(), s.theCase(), s.txs(), s.followUps(), s.limit());
        List<String> demands = s.theCase().demands();
        String numbered = numbered(demands, s.texts().chinese() ? "；" : "; ");
        String part = s.texts().text("form.demands", numbered);
        if (!demands.isEmpty() && FormTextCutter.length(part) <= s.limit()) {
            assertThat(form.description()).endsWith(part);
            assertThat(form.demands()).isEqualTo(numbered);
        }
        for (String d : demands) {
            if (FormTextCutter.length(numbered) <= s.limit()) {
                assertThat(form.demands()).contains(d);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void noOrderNumberOrAmountIsCutInside(Sample s) {
        FormText form = FormTextComposer.compose(s.texts(), s.theCase(), s.txs(), s.followUps(), s.limit());
        List<String> whole = new ArrayList<>();
        s.txs().forEach(t -> {
            whole.add(t.txRef());
            whole.add(t.money().display().split(" ")[0]);
        });
        if (s.theCase().amount() != null) {
            whole.add(s.theCase().amount().display().split(" ")[0]);
        }
        Matcher digits = Pattern.compile("[0-9][0-9.,]*[0-9]|[0-9]").matcher(form.description());
        while (digits.find()) {
            String run = digits.group();
            String after = form.description().substring(digits.end());
            // a cut inside a number would leave its beginning at the end, or before the ellipsis
            boolean atCut = after.isEmpty() || after.startsWith(FormTextCutter.ELLIPSIS);
            for (String w : whole) {
                assertThat(atCut && w.startsWith(run) && !w.equals(run))
                        .as("%s is the beginning of %s in %s", run, w, form.description()).isFalse();
            }
        }
    }

    @Test
    void withoutALimitNothingIsCutAndTheKeyTransactionIsTheDisputedPayment() {
        Money disputed = Money.parse("1250.00", "CNY");
        Case c = new Case(1, "转账未到账", "支付宝", null, Category.FUNDS_NOT_RECEIVED, "11月3日转账给张三，对方未收到。",
                disputed, List.of("退款 1250 元。", "书面解释"), CaseStatus.DRAFT, IncidentDate.exact(LocalDate.of(2026,
                11, 3)), LocalDate.of(2026, 11, 5), 30, List.of(), CREATED, null, false);
        List<Transaction> txs = List.of(tx(1, Money.parse("3000", "CNY"), Direction.OUT, "1111"),
                tx(2, disputed, Direction.OUT, "2026110322001456789"));

        FormText form = FormTextComposer.compose(GuidanceTexts.of(ExportOptions.Language.ZH), c, txs, List.of(), null);

        assertThat(form.cut()).isFalse();
        assertThat(form.title()).isEqualTo("支付宝：转账未到账");
        assertThat(form.demands()).isEqualTo("1. 退款 1250 元；2. 书面解释");
        assertThat(form.description()).contains("11月3日转账给张三，对方未收到。")
                .contains("2026-11-03 14:30 +08:00 (Asia/Shanghai)").contains("交易号 2026110322001456789")
                .endsWith("本人诉求：1. 退款 1250 元；2. 书面解释。");
        assertThat(form.transaction().orderNumber()).isEqualTo("2026110322001456789");
        assertThat(form.transaction().amount()).isEqualTo("1250.00");
        assertThat(form.transaction().currency()).isEqualTo("CNY");
        assertThat(form.transaction().at().toOffsetDateTime().toString()).isEqualTo("2026-11-03T14:30+08:00");
    }

    @Test
    void whatHappenedComesFirstSoACutDropsTheDetailsTheFormHasFieldsFor() {
        Case c = new Case(1, "转账未到账", "支付宝", null, Category.FUNDS_NOT_RECEIVED, "11月3日转账给张三，对方未收到。",
                Money.parse("1250.00", "CNY"), List.of("退款"), CaseStatus.DRAFT, IncidentDate.exact(LocalDate.of(2026,
                11, 3)), LocalDate.of(2026, 11, 5), 30, List.of(), CREATED, null, false);

        FormText form = FormTextComposer.compose(GuidanceTexts.of(ExportOptions.Language.ZH), c, List.of(),
                List.of(), 30);

        assertThat(form.description()).isEqualTo("11月3日转账给张三，对方未收到。本人诉求：1. 退款。");
        assertThat(form.cut()).isTrue();
    }

    @Test
    void theLargestPaymentOutIsKeyWhenNoneMatchesTheDisputedAmount() {
        List<Transaction> txs = List.of(tx(1, Money.parse("10", "CNY"), Direction.OUT, "A1"),
                tx(2, Money.parse("900", "CNY"), Direction.IN, "B2"),
                tx(3, Money.parse("300", "CNY"), Direction.OUT, "C3"));
        Case c = new Case(1, "t", "p", null, Category.OTHER, "", Money.parse("5", "CNY"), List.of(), CaseStatus.DRAFT,
                null, LocalDate.of(2026, 11, 5), null, List.of(), CREATED, null, false);

        assertThat(FormTextComposer.keyTransaction(c, txs).orderNumber()).isEqualTo("C3");
        assertThat(FormTextComposer.keyTransaction(c, List.of())).isNull();
    }

    private static String numbered(List<String> demands, String sep) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < demands.size(); i++) {
            items.add((i + 1) + ". " + demands.get(i));
        }
        return String.join(sep, items);
    }

}
