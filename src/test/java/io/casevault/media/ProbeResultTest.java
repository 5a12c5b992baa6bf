package io.casevault.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ProbeResultTest {

    @Test
    void rejectsOrientationOutsideExifRange() {
        assertThatThrownBy(() -> new ProbeResult("image/png", OptionalInt.of(1), OptionalInt.of(1), 9,
                Optional.empty(), Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsWidthWithoutHeight() {
        assertThatThrownBy(() -> new ProbeResult("image/png", OptionalInt.of(1), OptionalInt.empty(), 1,
                Optional.empty(), Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void treatsOnlyImageMediaTypesAsImages() {
        assertThat(ProbeResult.nonImage("application/pdf").isImage()).isFalse();
        assertThat(new ProbeResult("image/webp", OptionalInt.of(2), OptionalInt.of(3), 8, Optional.empty(),
                Optional.empty()).isImage()).isTrue();
    }

    @Test
    void rejectsBlankReason() {
        assertThatThrownBy(() -> new MediaRejectedException(io.casevault.domain.Reason.plain(" ")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
