package io.casevault.importer;

import java.nio.charset.Charset;
import java.util.Objects;

/** Text decoded from a statement's bytes, with the character set that was used. */
record DecodedText(String text, Charset charset) {

    DecodedText {
        Objects.requireNonNull(text);
        Objects.requireNonNull(charset);
    }
}
