package io.casevault.ui.export;

import io.casevault.app.ExportOptions.Language;
import io.casevault.app.FormText;
import io.casevault.app.FormTextCutter;
import io.casevault.domain.DomainException;
import io.casevault.domain.Money;
import io.casevault.domain.Reason;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.Texts;
import io.casevault.ui.export.FormTextViewModel.Field;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The form-text dialog's model with a fake source, without the toolkit. */
class FormTextViewModelTest {
    private static final String STORY = "On 3 November I sent 1,250.00 CNY to Zhang San. Nobody answered since. ";
    private static final String DEMANDS = "I ask for: 1. Refund.";
    private final List<String> calls = new ArrayList<>();
    private boolean fail;

    private FormText formText(long caseId, Language language, Integer limit) {
        calls.add(language + " " + limit);
        if (fail) {
            throw new DomainException(Reason.of("case.notFound", "There is no case " + caseId + "."));
        }
        String full = STORY + DEMANDS;
        String description = limit == null || FormTextCutter.length(full) <= limit ? full
                : FormTextCutter.cut(STORY, limit - DEMANDS.length() - 1) + " " + DEMANDS;
        return new FormText("Alipay: transfer", description, "1. Refund", new FormText.KeyTransaction(
                ZonedDateTime.of(2026, 11, 3, 14, 30, 0, 0, ZoneId.of("Asia/Shanghai")), Money.parse("1250", "CNY"),
                "2026110322001456789", null, "Zhang San"), limit, FormTextCutter.length(full));
    }

    private FormTextViewModel model() {
        return new FormTextViewModel(this::formText, Texts.of(Locale.ENGLISH), Background.direct(), 7);
    }

    @Test
    void theFirstTextIsWholeAndTheLimitStartsAtItsLength() {
        FormTextViewModel m = model();
        m.load();

        int full = FormTextCutter.length(STORY + DEMANDS);
        assertThat(calls).containsExactly("EN null", "EN " + full);
        assertThat(m.limit().get()).isEqualTo(full);
        assertThat(m.text(Field.DESCRIPTION)).isEqualTo(STORY + DEMANDS);
        assertThat(m.text(Field.TIME)).isEqualTo("2026-11-03 14:30 +08:00 (Asia/Shanghai)");
        assertThat(m.text(Field.AMOUNT)).isEqualTo("1250.00");
        assertThat(m.currency().get()).isEqualTo("CNY");
        assertThat(m.text(Field.ORDER_NUMBER)).isEqualTo("2026110322001456789");
        assertThat(m.status().get()).isEmpty();
    }

    @Test
    void aLowerLimitCutsTheDescriptionAgainAndSaysFromHowMuch() {
        FormTextViewModel m = model();
        m.load();
        m.limit().set(60);

        assertThat(calls).last().isEqualTo("EN 60");
        assertThat(FormTextCutter.length(m.text(Field.DESCRIPTION))).isLessThanOrEqualTo(60);
        assertThat(m.text(Field.DESCRIPTION)).endsWith(DEMANDS);
        assertThat(m.status().get()).isEqualTo("Shortened from " + FormTextCutter.length(STORY + DEMANDS)
                + " characters to fit the limit; the demands are kept whole.");
        m.language().set(Language.ZH);
        assertThat(calls).last().isEqualTo("ZH 60");
    }

    @Test
    void copyingSaysWhichFieldAndHowLongAndAnEditIsWhatIsCopied() {
        FormTextViewModel m = model();
        m.load();
        m.field(Field.TITLE).set("My own title");
        m.copied(Field.TITLE);

        assertThat(m.text(Field.TITLE)).isEqualTo("My own title");
        assertThat(m.status().get()).isEqualTo("Title copied (12 characters).");
    }

    @Test
    void aFailureIsOneSentence() {
        fail = true;
        FormTextViewModel m = model();
        m.load();

        assertThat(m.status().get()).isEqualTo("The form text could not be made: There is no case 7.");
        assertThat(m.limit().get()).isNull();
    }
}
