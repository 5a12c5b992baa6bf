package io.casevault.domain;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HashedBytesTest {
    @Test
    void theHashIsTheSha256OfTheBytes() {
        // FIPS 180-2's example for "abc"
        HashedBytes abc = HashedBytes.of("abc".getBytes(StandardCharsets.US_ASCII));

        assertThat(abc.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(abc.size()).isEqualTo(3);
        assertThat(HashedBytes.of(new byte[0]).sha256())
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void theBytesAreReadFromTheStartEachTimeAndCannotBeChangedThroughTheBuffer() {
        HashedBytes content = HashedBytes.of("付款成功".getBytes(StandardCharsets.UTF_8));

        ByteBuffer first = content.buffer();
        first.get(new byte[first.remaining()]);
        assertThat(content.buffer().remaining()).isEqualTo(content.size());
        byte[] again = new byte[content.size()];
        content.buffer().get(again);
        assertThat(again).isEqualTo("付款成功".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> content.buffer().put(0, (byte) 0)).isInstanceOf(ReadOnlyBufferException.class);
    }
}
