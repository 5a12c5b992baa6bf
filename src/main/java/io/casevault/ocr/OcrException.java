package io.casevault.ocr;

import io.casevault.domain.Explained;
import io.casevault.domain.Reason;

import java.util.Objects;

/**
 * The OCR engine cannot start (a model file missing or damaged, the runtime unable to load) or cannot read an
 * image. The message is one English sentence that names the file at fault; {@link #reason()} carries its key.
 */
public final class OcrException extends Exception implements Explained {

    private static final long serialVersionUID = 1L;

    private final transient Reason why;

    public OcrException(Reason why) {
        super(Objects.requireNonNull(why, "why").english());
        this.why = why;
    }

    public OcrException(Reason why, Throwable cause) {
        super(Objects.requireNonNull(why, "why").english(), cause);
        this.why = why;
    }

    @Override
    public Reason reason() {
        return why;
    }
}
