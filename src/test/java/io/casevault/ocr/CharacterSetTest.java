package io.casevault.ocr;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class CharacterSetTest {

    @Test
    void theBundledDictionaryHas6623CharactersSoTheModelReads6625Classes() throws IOException {
        String text;
        try (InputStream in = CharacterSet.class.getResourceAsStream("models/ppocr_keys_v1.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        CharacterSet set = CharacterSet.fromDictionary(text);
        assertThat(set.dictionarySize()).isEqualTo(6623);
        assertThat(set.size()).isEqualTo(6625);
        assertThat(set.symbol(0)).isEmpty();
        assertThat(set.symbol(6624)).isEqualTo(" ");
        assertThat(set.symbol(1)).isEqualTo("'");
    }

    @Test
    void blankComesFirstAndSpaceLastAroundTheDictionaryLines() {
        CharacterSet set = CharacterSet.fromDictionary("a\r\nb\r\n张");
        assertThat(set.size()).isEqualTo(5);
        assertThat(set.symbol(1)).isEqualTo("a");
        assertThat(set.symbol(2)).isEqualTo("b");
        assertThat(set.symbol(3)).isEqualTo("张");
        assertThat(set.symbol(4)).isEqualTo(" ");
    }

    @Test
    void aFinalLineBreakAddsNoCharacterButAnEmptyLineInsideDoes() {
        assertThat(CharacterSet.fromDictionary("a\nb\n").dictionarySize()).isEqualTo(2);
        assertThat(CharacterSet.fromDictionary("a\n\nb").dictionarySize()).isEqualTo(3);
        assertThat(CharacterSet.fromDictionary("").dictionarySize()).isZero();
    }

    @Test
    void fullWidthFormsReadAsTheirHalfWidthEquivalents() {
        assertThat(CharacterSet.halfWidth("￥１，２５０．００：ＡＢ　张")).isEqualTo("¥1,250.00:AB 张");
        assertThat(CharacterSet.fromDictionary("￥\n：\n。").symbol(1)).isEqualTo("¥");
        assertThat(CharacterSet.fromDictionary("￥\n：\n。").symbol(3)).isEqualTo("。");
    }
}
