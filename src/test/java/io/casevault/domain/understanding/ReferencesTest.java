package io.casevault.domain.understanding;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Whether a number read from a screen is the one a statement records, allowing one misread character. */
class ReferencesTest {

    @ParameterizedTest
    @CsvSource({
            "20240920888142067, 20240920888142067, true",
            "REF20240920888142067, 20240920888142067, true",
            "202409208881I2067, 20240920888142067, true",
            "202409208881I2067, REF20240920888142067, true",
            "REF202409208881I2067, 20240920888142067, true",
            "2024092088814206, REF20240920888142067, false",
            "202409208881I2O67, 20240920888142067, false",
            "12342024092088814206, 20240920888142067, false",
            "1234567, 1234568, false"
    })
    void aNumberReadWithOneCharacterWrongOrWithoutItsPrefixIsNearlyTheRecordedOne(String shown, String recorded,
                                                                                 boolean nearly) {
        assertThat(References.nearlyEqual(shown, recorded)).isEqualTo(nearly);
    }
}
