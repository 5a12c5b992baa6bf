package io.casevault.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.casevault.ui.prefs.Theme;
import io.casevault.vault.BundledFiles;
import io.casevault.vault.VaultLocation;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Fonts and theme. The bundled Noto Sans SC is loaded and made the default family by the app stylesheet, so Chinese
 * renders on machines without CJK system fonts; the application loads it in the background.
 */
public final class Appearance {
    private static final Logger LOG = LoggerFactory.getLogger(Appearance.class);
    private static final String FONT_FOLDER = "/io/casevault/fonts/";
    private static final String[] FONTS = {"NotoSansSC-Regular.ttf", "NotoSansSC-Bold.ttf"};
    private static final String STYLESHEET = io.casevault.ui.common.Dialogs.STYLESHEET;
    private static volatile boolean fontsLoaded;

    private Appearance() {
    }

    public static synchronized void loadFonts() {
        if (fontsLoaded) {
            return;
        }
        for (String name : FONTS) {
            URL resource = Appearance.class.getResource(FONT_FOLDER + name);
            // by path from a kept copy: read out of the jar, the 10 MB file was inflated and copied on every start
            Font font = BundledFiles.asFile(resource, VaultLocation.cacheDir().resolve("fonts"))
                    .map(file -> Font.loadFont(file.toUri().toString(), 13))
                    .orElseGet(() -> fromStream(name));
            if (font == null) {
                LOG.warn("The bundled font {} could not be loaded; Chinese may not render", name);
            }
        }
        fontsLoaded = true;
    }

    private static Font fromStream(String name) {
        try (InputStream in = Appearance.class.getResourceAsStream(FONT_FOLDER + name)) {
            return in == null ? null : Font.loadFont(in, 13);
        } catch (IOException e) {
            LOG.warn("The bundled font {} could not be read", name, e);
            return null;
        }
    }

    /**
     * Loads the bundled fonts on {@code executor}, off the window's start (reading and registering 20 MB takes longer
     * than showing a window). Styles resolved before the fonts are there keep a system font: the window's content
     * is built when this is done.
     */
    public static CompletableFuture<Void> loadFontsInBackground(Executor executor) {
        return CompletableFuture.runAsync(Appearance::loadFonts, executor);
    }

    public static void applyTheme(Theme theme) {
        Application.setUserAgentStylesheet(theme == Theme.DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** Adds the app stylesheet (font family, badges, toasts) to a scene. */
    public static void style(Scene scene) {
        URL css = Appearance.class.getResource(STYLESHEET);
        if (css != null && !scene.getStylesheets().contains(css.toExternalForm())) {
            scene.getStylesheets().add(css.toExternalForm());
        }
    }
}
