package io.casevault.ui.evidence;

import io.casevault.app.Suggestion;
import io.casevault.domain.CaptureSource;
import io.casevault.domain.Direction;
import io.casevault.domain.Evidence;
import io.casevault.domain.Redaction;
import io.casevault.domain.understanding.PaymentStatus;
import io.casevault.domain.understanding.Proposal;
import io.casevault.domain.understanding.SensitiveKind;
import io.casevault.domain.understanding.ShownAmount;
import io.casevault.domain.understanding.ShownTime;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.Texts;
import io.casevault.ui.suggestions.SuggestionList;
import io.casevault.ui.transactions.TransactionForm;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The inspector's suggestions for the selected exhibit over a fake service, without the toolkit. */
class ExhibitSuggestionsTest {
    private static final Redaction PHONE = new Redaction(200, 690, 180, 36);
    private static final Proposal.Record PAYMENT = new Proposal.Record(new ShownTime(LocalDateTime.of(2026, 11, 3,
            14, 30, 12), ShownTime.Precision.SECOND), new ShownAmount(new BigDecimal("-1250.00"),
            Currency.getInstance("CNY")), "张三", "20261103200040011100450012345678", PaymentStatus.SUCCEEDED, "交易成功",
            0.84);

    private final Evidence shot = exhibit(40, "image/png");
    private final Evidence letter = exhibit(41, "application/pdf");
    private final FakeAnnotations annotations = new FakeAnnotations(id -> shot, e -> { });
    private final Service service = new Service();
    private final List<Evidence> changed = new ArrayList<>();

    private static Evidence exhibit(long id, String type) {
        return new Evidence(id, 7, String.format("%064x", id), "shot.png", type, 100, 1080, 2340, 1, null,
                CaptureSource.IMPORT_TIME, Instant.EPOCH, "", List.of(), (int) id - 39, null);
    }

    /** Suggestions of exhibit 40 (E-1), decided in memory: an accepted one stays listed, to undo. */
    private static final class Service implements SuggestionList.Decisions {
        final List<Suggestion> all = new ArrayList<>(List.of(
                open(1, new Proposal.CaptionText("转账成功 · ¥1,250.00 · 张三 · 2026-11-03 14:30", 0.87)),
                open(2, new Proposal.Cover(SensitiveKind.MOBILE, PHONE, 0.92)),
                open(3, PAYMENT)));
        final List<String> decided = new ArrayList<>();

        private static Suggestion open(long id, Proposal p) {
            return new Suggestion(id, 7, 40, "E-1", p, Suggestion.State.OPEN, false, null);
        }

        List<Suggestion> ofExhibit(long evidenceId) {
            return evidenceId == 40 ? List.copyOf(all) : List.of();
        }

        @Override
        public Suggestion accept(long id) {
            return decide(id, Suggestion.State.ACCEPTED, "accepted");
        }

        @Override
        public Suggestion dismiss(long id) {
            all.removeIf(s -> s.id() == id);
            decided.add("dismissed " + id);
            return null;
        }

        @Override
        public Suggestion undo(long id) {
            return decide(id, Suggestion.State.OPEN, "undone");
        }

        private Suggestion decide(long id, Suggestion.State state, String how) {
            Suggestion s = all.stream().filter(x -> x.id() == id).findFirst().orElseThrow();
            Suggestion now = new Suggestion(id, 7, 40, "E-1", s.proposal(), state, false, null);
            all.set(all.indexOf(s), now);
            decided.add(how + " " + id);
            return now;
        }
    }

    private ExhibitSuggestions model(Locale locale) {
        ExhibitSuggestions model = new ExhibitSuggestions(service, service::ofExhibit, annotations, Texts.of(locale),
                Background.direct(), changed::add);
        model.show(shot);
        return model;
    }

    @Test
    void eachSuggestionSaysWhatItIsWhatAcceptingDoesAndHowSureCaseVaultIs() {
        ExhibitSuggestions english = model(Locale.ENGLISH);
        Suggestion caption = english.suggestions().get(0);
        assertThat(english.title(caption)).isEqualTo("Suggested caption");
        assertThat(english.detail(caption)).isEqualTo("Caption: 转账成功 · ¥1,250.00 · 张三 · 2026-11-03 14:30");
        assertThat(english.origin(caption)).isEqualTo("Found by CaseVault · 87 % sure");
        assertThat(english.waiting().get()).isEqualTo(3);

        ExhibitSuggestions chinese = model(Locale.SIMPLIFIED_CHINESE);
        Suggestion phone = chinese.suggestions().get(1);
        assertThat(chinese.title(phone)).isEqualTo("建议遮盖");
        assertThat(chinese.detail(phone)).isEqualTo("遮盖手机号码");
        assertThat(chinese.origin(phone)).isEqualTo("由 CaseVault 发现 · 可信度 92%");
    }

    @Test
    void readingAgainWhileScreenshotsAreReadChangesTheListOnlyWhenTheSuggestionsChanged() {
        ExhibitSuggestions model = model(Locale.ENGLISH);
        List<String> changes = new ArrayList<>();
        model.suggestions().addListener((ListChangeListener<Suggestion>) c -> changes.add("list"));
        model.busy().addListener((o, was, now) -> changes.add("busy " + now));

        model.refresh();
        assertThat(changes).isEmpty();
        assertThat(model.suggestions()).hasSize(3);

        service.all.remove(0);
        model.refresh();
        assertThat(changes).containsExactly("list");
        assertThat(model.suggestions()).extracting(Suggestion::id).containsExactly(2L, 3L);
        assertThat(model.previews()).containsExactly(PHONE);
    }

    @Test
    void aSuggestedBoxIsPreviewedUntilAcceptedAndAgainAfterUndo() {
        ExhibitSuggestions model = model(Locale.ENGLISH);
        assertThat(model.previews()).containsExactly(PHONE);

        model.accept(model.suggestions().get(1), (e, p, saved) -> { });
        assertThat(model.previews()).isEmpty();
        Suggestion accepted = model.suggestions().get(1);
        assertThat(ExhibitSuggestions.applied(accepted)).isTrue();
        assertThat(model.origin(accepted)).isEqualTo("Accepted · found by CaseVault (92 % sure)");
        assertThat(model.waiting().get()).isEqualTo(2);

        model.undo(accepted);
        assertThat(model.previews()).containsExactly(PHONE);
        assertThat(service.decided).containsExactly("accepted 2", "undone 2");
    }

    @Test
    void eachDecisionTellsTheViewsWhichExhibitChanged() {
        ExhibitSuggestions model = model(Locale.ENGLISH);
        model.accept(model.suggestions().get(0), (e, p, saved) -> { });
        model.dismiss(model.suggestions().get(1));

        assertThat(changed).extracting(Evidence::id).containsExactly(40L, 40L);
        assertThat(model.suggestions()).extracting(Suggestion::id).containsExactly(1L, 3L);
        assertThat(model.status().get()).isEqualTo("Dismissed for E-1; it will not be offered again.");
    }

    @Test
    void recordingOpensTheFormAndLinksTheTransactionTheUserSaved() {
        ExhibitSuggestions model = model(Locale.ENGLISH);
        List<Proposal.Record> opened = new ArrayList<>();
        List<LongConsumer> onSaved = new ArrayList<>();
        model.accept(model.suggestions().get(2), (e, p, saved) -> {
            opened.add(p);
            onSaved.add(saved);
        });
        assertThat(opened).containsExactly(PAYMENT);
        assertThat(service.decided).as("nothing is recorded before the user saves the form").isEmpty();
        assertThat(changed).isEmpty();

        onSaved.get(0).accept(99);
        assertThat(annotations.links.get(40L).transactionIds()).containsExactly(99L);
        assertThat(changed).extracting(Evidence::id).containsExactly(40L);
        assertThat(model.status().get()).isEqualTo("Recorded the payment and linked it to E-1.");
    }

    @Test
    void anExhibitThatIsNoPictureOrNoneShowsNothing() {
        ExhibitSuggestions model = model(Locale.ENGLISH);
        model.show(letter);
        assertThat(model.suggestions()).isEmpty();
        assertThat(model.previews()).isEmpty();
        model.show(shot);
        assertThat(model.suggestions()).hasSize(3);
        model.show(null);
        assertThat(model.suggestions()).isEmpty();
        assertThat(model.waiting().get()).isZero();
    }

    @Test
    void aPictureWithNothingSuggestedSaysSo() {
        service.all.clear();
        ExhibitSuggestions model = model(Locale.ENGLISH);
        assertThat(model.status().get()).isEqualTo("Nothing to suggest for this exhibit.");
    }

    @Test
    void theFormIsFilledWithThePaymentTheScreenshotShows() {
        Texts texts = Texts.of(Locale.ENGLISH);
        TransactionForm form = new TransactionForm(texts::text, ZoneId.of("Asia/Shanghai"), 7,
                LocalDate.of(2026, 11, 25));
        ScreenshotPayment.fill(form, PAYMENT, texts, "E-1");

        assertThat(form.date().get()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(form.time().get()).isEqualTo("14:30:12");
        assertThat(form.amount().get()).isEqualTo("1250.00");
        assertThat(form.currency().get()).isEqualTo("CNY");
        assertThat(form.direction().get()).isEqualTo(Direction.OUT);
        assertThat(form.counterparty().get()).isEqualTo("张三");
        assertThat(form.txRef().get()).isEqualTo("20261103200040011100450012345678");
        assertThat(form.status().get()).as("the words the screenshot shows").isEqualTo("交易成功");
        assertThat(form.note().get()).isEqualTo("Recorded from E-1");
        assertThat(form.valid().get()).isTrue();
    }

    /** The status is the name a user would type in the window's language, never the reader's code (SUCCEEDED). */
    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"SUCCEEDED,en,Completed", "FAILED,en,Failed", "PENDING,en,Pending", "REFUNDED,en,Refunded",
        "SUCCEEDED,zh,成功", "FAILED,zh,失败", "PENDING,zh,处理中", "REFUNDED,zh,已退款"})
    void theFormsStatusIsTheStatusNameInTheWindowsLanguage(PaymentStatus status, String language, String shown) {
        Texts texts = Texts.of(language.equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
        TransactionForm form = new TransactionForm(texts::text, ZoneId.of("Asia/Shanghai"), 7,
                LocalDate.of(2026, 11, 25));
        ScreenshotPayment.fill(form, new Proposal.Record(PAYMENT.at(), PAYMENT.amount(), null, null, status, null, 0.8),
                texts, "E-2");
        assertThat(form.status().get()).isEqualTo(shown);
        assertThat(form.note().get()).contains("E-2");
    }
}
