package io.casevault.ui.common;

import java.util.Locale;
import java.util.ResourceBundle;

/** The one resource bundle of the interface, without falling back to the system locale's language. */
public final class Bundles {
    public static final String BASE = "io.casevault.ui.messages";
    /** Translations of the services' {@link io.casevault.domain.Reason} sentences; English comes from the code. */
    public static final String REASONS = "io.casevault.ui.reasons";

    private Bundles() {
    }

    public static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle(BASE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static ResourceBundle reasons(Locale locale) {
        return ResourceBundle.getBundle(REASONS, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
