package io.casevault.ui.guidance;

import io.casevault.app.ClockPresetCatalog;
import io.casevault.domain.Channel;
import io.casevault.domain.guidance.ClockRule;
import io.casevault.domain.guidance.ClockRules;
import io.casevault.domain.guidance.DayCount;
import io.casevault.ui.common.Texts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The response-times editor without the toolkit: a row per channel, the chosen rule explained, the edited rules. */
class ClockEditorViewModelTest {
    private final ClockRules catalogue = ClockPresetCatalog.bundled();

    @Test
    void everyChannelHasARowWithTheCasesRuleOrTheDefault() {
        ClockRule own = new ClockRule(Channel.EMAIL, null, 3, DayCount.WORKING);
        ClockEditorViewModel model = new ClockEditorViewModel(Texts.of(Locale.ENGLISH), catalogue, List.of(own));

        assertThat(model.rows()).extracting(ClockRowModel::channel).containsExactly(Channel.values());
        assertThat(model.rules()).contains(own, catalogue.defaultRule(Channel.HOTLINE))
                .hasSize(Channel.values().length);
        assertThat(model.rows().get(0)).satisfies(hotline ->
                assertThat(model.choiceLabel(hotline.choice().get()))
                        .isEqualTo("Provider support: 7 days (editable default)"));
    }

    @Test
    void choosingAPresetSaysWhereItComesFromAndOwnDaysExplainWorkingDays() {
        ClockEditorViewModel model = new ClockEditorViewModel(Texts.of(Locale.ENGLISH), catalogue, List.of());
        ClockRowModel letter = model.rows().stream().filter(r -> r.channel() == Channel.LETTER).findFirst()
                .orElseThrow();
        ClockRowModel.Choice uk = letter.choices().stream().filter(c -> c.preset() != null
                && c.preset().id().equals("uk-payment-15-business-days")).findFirst().orElseThrow();

        model.describe(uk);
        assertThat(model.about().get()).contains(uk.preset().description(false))
                .contains(uk.preset().sourceTitle());
        model.describe(ClockRowModel.Choice.CUSTOM);
        assertThat(model.about().get()).startsWith("Working days skip Saturdays and Sundays only");
    }

    @Test
    void theEditedRulesAreWhatSaveHandsBack() {
        ClockEditorViewModel model = new ClockEditorViewModel(Texts.of(Locale.ENGLISH), catalogue, List.of());
        ClockRowModel email = model.rows().stream().filter(r -> r.channel() == Channel.EMAIL).findFirst()
                .orElseThrow();
        email.days().set(21);
        email.dayCount().set(DayCount.WORKING);

        assertThat(model.rules()).contains(new ClockRule(Channel.EMAIL, null, 21, DayCount.WORKING));
    }

    @Test
    void presetsAreNamedInChineseInTheChineseWindow() {
        ClockEditorViewModel model = new ClockEditorViewModel(Texts.of(Locale.SIMPLIFIED_CHINESE), catalogue,
                List.of());
        ClockRowModel hotline = model.rows().get(0);

        assertThat(model.choiceLabel(hotline.choice().get())).isEqualTo(hotline.choice().get().preset().label(true));
        assertThat(model.countLabel(DayCount.WORKING)).isEqualTo("工作日");
    }
}
