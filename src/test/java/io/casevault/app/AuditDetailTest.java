package io.casevault.app;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditDetailTest {

    /** A field added to a detail's text afterwards reads exactly as one added before the text was made. */
    @ParameterizedTest
    @ValueSource(strings = {"E-1", "", "引号 \"quoted\" and \\ back", "tab\tnew\nline\u0001", "[E-12, E-13]"})
    void aFieldAppendedToTheTextIsTheFieldAddedBefore(String value) {
        AuditDetail detail = AuditDetail.of("summary", "退款 \"未到账\"").and("message", 7).and("ticket", null);

        assertThat(AuditDetail.append(detail.json(), "evidence", value))
                .isEqualTo(AuditDetail.of("summary", "退款 \"未到账\"").and("message", 7).and("ticket", null)
                        .and("evidence", value).json());
        assertThat(AuditDetail.append(new AuditDetail().json(), "evidence", List.of(value)))
                .isEqualTo(AuditDetail.of("evidence", List.of(value)).json());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[]", "\"text\""})
    void onlyAnObjectTakesAField(String notAnObject) {
        assertThatThrownBy(() -> AuditDetail.append(notAnObject, "evidence", "E-1"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
