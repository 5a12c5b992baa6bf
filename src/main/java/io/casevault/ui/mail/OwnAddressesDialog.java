package io.casevault.ui.mail;

import io.casevault.app.MailAddressService;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.FxmlDialog;
import io.casevault.ui.common.FxmlLoaderFactory;
import io.casevault.ui.common.FxmlView;
import io.casevault.ui.common.Texts;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Asks which e-mail addresses are the user's (a message from one of them is one they sent), offering those found in
 * the messages being imported and a field for more; Save stores them for the vault. Made once at wiring time.
 */
public final class OwnAddressesDialog {

    /** Stores the user's addresses, replacing those stored before. */
    @FunctionalInterface
    public interface Store {
        MailAddressService.Changed save(Collection<String> addresses);
    }

    private final Store store;
    private final Texts texts;
    private final Background background;

    public OwnAddressesDialog(Store store, Texts texts, Background background) {
        this.store = Objects.requireNonNull(store);
        this.texts = Objects.requireNonNull(texts);
        this.background = Objects.requireNonNull(background);
    }

    /**
     * Shows the dialog without waiting; {@code onSaved} gets what changed when the user saves, and is not called when
     * they cancel. {@code importing} words it for an import about to start (Continue, "not now") or for editing.
     */
    public Dialog<MailAddressService.Changed> show(Window owner, List<String> known,
            List<MailAddressService.Candidate> found, boolean importing,
            Consumer<MailAddressService.Changed> onSaved) {
        OwnAddressesViewModel model = new OwnAddressesViewModel(store, texts, background, known, found);
        FxmlLoaderFactory factory = new FxmlLoaderFactory(texts.bundle())
                .register(OwnAddressesController.class, () -> new OwnAddressesController(model, texts));
        return FxmlDialog.<MailAddressService.Changed>load(factory, FxmlView.OWN_ADDRESSES_DIALOG)
                .title(texts.text("mail.addresses.title"))
                .header(texts.text(importing ? "mail.addresses.headerImport" : "mail.addresses.header"))
                .submit(texts.text(importing ? "mail.addresses.continue" : "mail.addresses.save"),
                        "saveOwnAddressesButton")
                .cancel(texts.text(importing ? "mail.addresses.notNow" : "app.cancel"))
                .minSize(560, 480)
                .show(owner, onSaved);
    }
}
