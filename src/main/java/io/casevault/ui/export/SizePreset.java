package io.casevault.ui.export;

/**
 * The size choices for the submission copy, each with where its number comes from (shown beside it). Platform presets
 * are added only where a published limit can be cited; none could be confirmed for 12315 or the CFPB's complaint form,
 * so the user types the limit their platform's upload page states.
 */
public enum SizePreset {
    /** 20 MB: under the common 20–25 MB per-message limit of e-mail providers. */
    EMAIL(20_000_000L, "export.preset.email", "export.preset.email.source"),
    /** The per-file upload limit the user types in, in MB. */
    TYPED(0, "export.preset.typed", "export.preset.typed.source");

    private final long bytes;
    private final String key;
    private final String sourceKey;

    SizePreset(long bytes, String key, String sourceKey) {
        this.bytes = bytes;
        this.key = key;
        this.sourceKey = sourceKey;
    }

    /** The preset's size; 0 for the one the user types in. */
    public long bytes() {
        return bytes;
    }

    /** The preset's name in the messages. */
    public String key() {
        return key;
    }

    /** Where its number comes from, in the messages. */
    public String sourceKey() {
        return sourceKey;
    }
}
