package io.casevault.ui.common;

import java.util.Locale;
import java.util.ResourceBundle;

/** The one resource bundle of the interface, without falling back to the system locale's language. */
public final class Bundles {
    public static final String BASE = "io.casevault.ui.messages";

    private Bundles() {
    }

    public static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle(BASE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
