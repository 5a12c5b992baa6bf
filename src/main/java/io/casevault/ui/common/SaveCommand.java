package io.casevault.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.StringProperty;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Saving a dialog's form: the draft is taken from the form, the service saves it in the background, and the saved
 * value goes to the dialog (which closes). A refusal, from the form or the service, becomes one sentence in the
 * dialog's error property and the dialog stays open. {@link #saving()} is true meanwhile, so Save is pressed once.
 */
public final class SaveCommand<T> {
    private final Texts texts;
    private final Background background;
    private final String title;
    private final StringProperty error;
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();

    /** {@code title} names the work in the status bar; refusals are written to {@code error}. */
    public SaveCommand(Texts texts, Background background, String title, StringProperty error) {
        this.texts = Objects.requireNonNull(texts);
        this.background = Objects.requireNonNull(background);
        this.title = Objects.requireNonNull(title);
        this.error = Objects.requireNonNull(error);
    }

    public <D> void run(Supplier<D> draft, Function<? super D, ? extends T> save, Consumer<? super T> onSaved) {
        if (saving.get()) {
            return;
        }
        D value;
        try {
            value = draft.get();
        } catch (RuntimeException e) {
            error.set(texts.describe(e));
            return;
        }
        saving.set(true);
        Tasks.<T>create(() -> save.apply(value))
                .title(title)
                .onSuccess(onSaved)
                .onError(e -> error.set(texts.describe(e)))
                .andFinally(() -> saving.set(false))
                .run(background);
    }

    public ReadOnlyBooleanProperty saving() {
        return saving.getReadOnlyProperty();
    }
}
