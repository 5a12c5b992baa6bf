package io.casevault.ui.guidance;

import io.casevault.app.ClockPresetCatalog;
import io.casevault.domain.Channel;
import io.casevault.domain.guidance.ClockRule;
import io.casevault.domain.guidance.ClockRules;
import io.casevault.domain.guidance.DayCount;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The response-time editor's row logic, without the toolkit. */
class ClockRowModelTest {
    private final ClockRules catalogue = ClockPresetCatalog.bundled();

    @Test
    void choosingAPresetFillsItsDaysAndEditingThemMakesTheClockOwn() {
        ClockRowModel row = new ClockRowModel(Channel.LETTER, catalogue, catalogue.defaultRule(Channel.LETTER));
        assertThat(row.toRule()).isEqualTo(new ClockRule(Channel.LETTER, "provider-letter", 14, DayCount.CALENDAR));
        ClockRowModel.Choice uk = row.choices().stream().filter(c -> c.preset() != null
                && c.preset().id().equals("uk-payment-15-business-days")).findFirst().orElseThrow();
        row.choice().set(uk);
        assertThat(row.days().get()).isEqualTo(15);
        assertThat(row.dayCount().get()).isEqualTo(DayCount.WORKING);
        assertThat(row.toRule().presetId()).isEqualTo("uk-payment-15-business-days");
        row.days().set(20);
        assertThat(row.choice().get()).isEqualTo(ClockRowModel.Choice.CUSTOM);
        assertThat(row.toRule()).isEqualTo(new ClockRule(Channel.LETTER, null, 20, DayCount.WORKING));
        row.choice().set(ClockRowModel.Choice.OFF);
        assertThat(row.toRule().isOff()).isTrue();
    }

    @Test
    void onlyThePresetsOfTheChannelAreOffered() {
        ClockRowModel police = new ClockRowModel(Channel.POLICE, catalogue, catalogue.defaultRule(Channel.POLICE));
        assertThat(police.choices()).containsExactly(ClockRowModel.Choice.CUSTOM, ClockRowModel.Choice.OFF);
        assertThat(police.choice().get()).isEqualTo(ClockRowModel.Choice.OFF);
        ClockRowModel regulator = new ClockRowModel(Channel.REGULATOR, catalogue,
                new ClockRule(Channel.REGULATOR, "us-cfpb-final", 60, DayCount.CALENDAR));
        assertThat(regulator.choice().get().preset().id()).isEqualTo("us-cfpb-final");
        assertThat(regulator.choices()).extracting(c -> c.preset() == null ? c.kind().name() : c.preset().id())
                .contains("us-cfpb-response", "us-cfpb-final", "cn-12315-acceptance").doesNotContain("provider-support");
    }
}
