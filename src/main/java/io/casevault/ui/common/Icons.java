package io.casevault.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.IkonResolverProvider;
import org.kordamp.ikonli.javafx.JavaFXFontLoader;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Icon literals ("mdi2c-cash-multiple") resolved once each. {@code FontIcon.setIconLiteral} looks for the literal's
 * pack and then through every icon of it, each time: a list's cells set their icons at every row they show (a
 * timeline opened or scrolled), so they set the resolved icon instead ({@code FontIcon.setIconCode}), which is also
 * nothing to do when it is the icon already shown.
 */
public final class Icons {
    private static final Map<String, Ikon> RESOLVED = new ConcurrentHashMap<>();

    private Icons() {
    }

    /**
     * The icon a literal without size or colour names, as {@code FontIcon.setIconLiteral} would resolve it.
     *
     * @throws RuntimeException for a literal no icon names, what {@code setIconLiteral} throws for it: an
     *                          {@code UnsupportedOperationException} when no pack has its prefix, an
     *                          {@code IllegalArgumentException} when its pack has no such icon
     */
    public static Ikon of(String literal) {
        return RESOLVED.computeIfAbsent(literal, l -> IkonResolverProvider.getInstance(JavaFXFontLoader.getInstance())
                .resolve(l).resolve(l));
    }
}
