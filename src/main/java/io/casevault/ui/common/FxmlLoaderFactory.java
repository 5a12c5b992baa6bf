package io.casevault.ui.common;

import javafx.fxml.FXMLLoader;
import javafx.util.Callback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * Loads FXML views whose {@code fx:controller} classes are created here, with their dependencies passed through the
 * constructor (after Cryptomator's FxmlLoaderFactory). An unregistered controller class fails fast.
 */
public final class FxmlLoaderFactory implements Callback<Class<?>, Object> {
    private final ResourceBundle bundle;
    private final Map<Class<?>, Supplier<?>> controllers = new HashMap<>();

    public FxmlLoaderFactory(ResourceBundle bundle) {
        this.bundle = Objects.requireNonNull(bundle);
    }

    public <C> FxmlLoaderFactory register(Class<C> type, Supplier<? extends C> supplier) {
        controllers.put(type, supplier);
        return this;
    }

    @Override
    public Object call(Class<?> type) {
        Supplier<?> supplier = controllers.get(type);
        if (supplier == null) {
            throw new IllegalStateException("No controller registered for " + type.getName());
        }
        return supplier.get();
    }

    /** Loads a view; the returned loader holds the root node and the controller. */
    public FXMLLoader load(FxmlView view) {
        URL url = FxmlLoaderFactory.class.getResource(view.path());
        if (url == null) {
            throw new IllegalStateException("Missing FXML resource " + view.path());
        }
        FXMLLoader loader = new FXMLLoader(url, bundle, null, this);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + view.path(), e);
        }
        return loader;
    }
}
