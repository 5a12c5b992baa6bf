package io.casevault.dossier;

import java.util.concurrent.CancellationException;

/** The user cancelled a dossier while it was being written; nothing usable was produced. */
public final class DossierCancelledException extends CancellationException {
    public DossierCancelledException() {
        super("The dossier export was cancelled.");
    }
}
