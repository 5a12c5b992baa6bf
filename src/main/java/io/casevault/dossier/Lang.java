package io.casevault.dossier;

import java.util.Locale;

/** The language a dossier is written in, chosen per export. */
public enum Lang {
    ZH(Locale.SIMPLIFIED_CHINESE), EN(Locale.ENGLISH);

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }
}
