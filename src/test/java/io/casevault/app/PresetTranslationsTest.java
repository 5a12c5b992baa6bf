package io.casevault.app;

import io.casevault.domain.guidance.ClockPreset;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data files speak both languages: every response-time preset has a Chinese label, description and source name
 * that are Chinese, so no English sentence shows in the Chinese window ("依据：No fixed rule …").
 */
class PresetTranslationsTest {
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @Test
    void everyPresetNamesItsSourceInChineseAndEnglish() {
        for (ClockPreset p : ClockPresetCatalog.bundled().presets()) {
            assertThat(p.label(true)).as("Chinese label of %s", p.id()).containsPattern(HAN);
            assertThat(p.description(true)).as("Chinese description of %s", p.id()).containsPattern(HAN);
            assertThat(p.sourceTitle(true)).as("Chinese source of %s", p.id()).containsPattern(HAN);
            assertThat(p.sourceTitle(false)).as("English source of %s", p.id()).isNotBlank();
        }
    }

    @Test
    void theChineseGuidanceTextsNameTheSourceInChinese() {
        ClockPreset support = ClockPresetCatalog.bundled().presets().stream()
                .filter(p -> p.id().equals("provider-support")).findFirst().orElseThrow();
        assertThat(support.sourceTitle(true)).isEqualTo("无统一规定：请查看平台的用户协议或服务条款");
        assertThat(support.sourceTitle(false)).isEqualTo(
                "No fixed rule: check the provider's user agreement / service terms");
    }
}
