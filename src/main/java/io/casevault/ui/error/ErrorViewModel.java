package io.casevault.ui.error;

import io.casevault.ui.common.Texts;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What the error dialog says: the first failure's message with the log folder, how many more followed, and every
 * report for "Copy details". Further errors while it is open join it, so a failure that repeats shows one dialog.
 */
public final class ErrorViewModel {
    static final String SEPARATOR = "\n\n----------------------------------------\n\n";

    private final Texts texts;
    private final Path logs;
    private final String firstMessage;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper();
    private int more;

    public ErrorViewModel(Texts texts, Path logs, String firstMessage, String firstReport) {
        this.texts = Objects.requireNonNull(texts);
        this.logs = Objects.requireNonNull(logs);
        this.firstMessage = Objects.requireNonNull(firstMessage);
        details.set(Objects.requireNonNull(firstReport));
        updateMessage();
    }

    /** Another error while the dialog is open: its report goes into the details, the count into the message. */
    public void add(String report) {
        more++;
        details.set(details.get() + SEPARATOR + report);
        updateMessage();
    }

    private void updateMessage() {
        String text = texts.text("error.message", firstMessage, logs.toString());
        message.set(more == 0 ? text : text + "\n\n" + texts.text("error.more", more));
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty details() {
        return details.getReadOnlyProperty();
    }
}
