package io.casevault.app;

/** Receives progress from long work and may ask it to stop between items. */
public interface Progress {
    Progress NONE = new Progress() {
    };

    /** Called after each item; {@code total} is -1 when unknown. */
    default void update(long done, long total, String item) {
    }

    default boolean isCancelled() {
        return false;
    }
}
