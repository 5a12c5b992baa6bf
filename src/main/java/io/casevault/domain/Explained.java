package io.casevault.domain;

/** A failure that carries a {@link Reason}, so a window can show it in the user's language. */
public interface Explained {

    Reason reason();
}
