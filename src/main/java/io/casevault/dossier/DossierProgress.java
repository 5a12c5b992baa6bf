package io.casevault.dossier;

/** Told after each exhibit; asked between exhibits whether to stop. */
public interface DossierProgress {
    DossierProgress NONE = new DossierProgress() {
    };

    default void update(long done, long total, String item) {
    }

    default boolean isCancelled() {
        return false;
    }
}
