package io.casevault.ui.transactions;

import io.casevault.domain.DomainException;
import io.casevault.domain.NewTransaction;
import io.casevault.domain.Transaction;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.Texts;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** The transaction dialog over a fake transaction service, without the toolkit. */
class TransactionDialogViewModelTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T06:00:00Z"), ZONE);

    private final List<Transaction> saved = new ArrayList<>();

    private static Transaction stored(NewTransaction t) {
        return new Transaction(3, t.caseId(), t.at(), t.zone(), t.money(), t.direction(), t.counterparty(), t.txRef(),
                t.merchantOrderRef(), t.method(), t.status(), t.note(), t.source(), CLOCK.instant(), null);
    }

    private static TransactionDialogViewModel model(Function<NewTransaction, Transaction> service) {
        return new TransactionDialogViewModel(Texts.of(Locale.ENGLISH), Background.direct(), CLOCK, 9, null,
                service);
    }

    @Test
    void aPaymentWithAnAmountAndATimeIsSavedInTheWindowsZone() {
        TransactionDialogViewModel model = model(TransactionDialogViewModelTest::stored);
        assertThat(model.canSave().get()).as("no amount yet").isFalse();

        model.form().amount().set("1250.00");
        model.form().time().set("20:14");
        model.form().counterparty().set("张三");
        model.save(saved::add);

        assertThat(saved).singleElement().satisfies(t -> {
            assertThat(t.caseId()).isEqualTo(9);
            assertThat(t.at()).isEqualTo(Instant.parse("2026-11-25T12:14:00Z"));
            assertThat(t.money().amount()).isEqualByComparingTo("1250.00");
            assertThat(t.counterparty()).isEqualTo("张三");
        });
        assertThat(model.zone()).isEqualTo(ZONE);
    }

    @Test
    void aRefusalIsOneSentenceUntilTheInputChanges() {
        TransactionDialogViewModel model = model(t -> {
            throw new DomainException("This case is in the trash.");
        });
        model.form().amount().set("10");

        model.save(saved::add);

        assertThat(saved).isEmpty();
        assertThat(model.error().get()).isEqualTo("This case is in the trash.");
        assertThat(model.canSave().get()).isTrue();
        model.form().amount().set("");
        assertThat(model.error().get()).isEmpty();
    }
}
