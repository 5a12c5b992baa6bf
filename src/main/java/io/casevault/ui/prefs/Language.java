package io.casevault.ui.prefs;

import java.util.Locale;

/** The interface language: the system's (Chinese for any zh* locale, else English) or one chosen by the user. */
public enum Language {
    SYSTEM, ENGLISH, CHINESE;

    public Locale locale(Locale system) {
        return switch (this) {
            case ENGLISH -> Locale.ENGLISH;
            case CHINESE -> Locale.SIMPLIFIED_CHINESE;
            case SYSTEM -> "zh".equals(system.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        };
    }
}
