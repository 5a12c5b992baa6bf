package io.casevault.ui.prefs;

/** The AtlantaFX theme of the window. */
public enum Theme {
    LIGHT, DARK
}
