package io.casevault.ui.mail;

import io.casevault.app.MailAddressService;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.Notifier;
import io.casevault.ui.common.Tasks;
import io.casevault.ui.common.Texts;
import javafx.application.Platform;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The user's own e-mail addresses in the window: asked once, when e-mail is imported and none is known yet (offering
 * the addresses found in the messages), and changed through File → E-mail addresses… afterwards.
 */
public final class OwnAddresses {

    /** What the window needs of the stored addresses. */
    public interface Source {
        List<String> ownAddresses();

        List<MailAddressService.Candidate> candidates(List<Path> files);
    }

    private final Source source;
    private final OwnAddressesDialog dialog;
    private final Texts texts;
    private final Background background;
    private final Notifier notifier;
    private final Supplier<Window> owner;
    /** Told after saved addresses changed the direction of imported e-mails; nobody by default. */
    private Runnable changed = () -> { };

    /** @param owner the window the dialog belongs to (may give null) */
    public OwnAddresses(Source source, OwnAddressesDialog dialog, Texts texts, Background background,
                        Notifier notifier, Supplier<Window> owner) {
        this.source = Objects.requireNonNull(source);
        this.dialog = Objects.requireNonNull(dialog);
        this.texts = Objects.requireNonNull(texts);
        this.background = Objects.requireNonNull(background);
        this.notifier = Objects.requireNonNull(notifier);
        this.owner = Objects.requireNonNull(owner);
    }

    /** The window's own addresses, kept by {@code service}, asked and edited through {@link OwnAddressesDialog}. */
    public static OwnAddresses of(MailAddressService service, Texts texts, Background background, Notifier notifier,
                                  Supplier<Window> owner) {
        Source source = new Source() {
            @Override
            public List<String> ownAddresses() {
                return service.ownAddresses();
            }

            @Override
            public List<MailAddressService.Candidate> candidates(List<Path> files) {
                return service.candidates(files);
            }
        };
        return new OwnAddresses(source, new OwnAddressesDialog(service::setOwnAddresses, texts, background), texts,
                background, notifier, owner);
    }

    /**
     * Runs {@code then} (on the FX thread) after the user saved addresses that changed imported e-mails: their
     * direction, and with it the threads' and response clocks' reading, is derived again, so the window shows the
     * case again.
     */
    public OwnAddresses whenChanged(Runnable then) {
        this.changed = Objects.requireNonNull(then);
        return this;
    }

    /**
     * Runs in the import's background work before e-mails are imported: when the vault knows none of the user's
     * addresses, reads the files' addresses, asks on the FX thread and waits until the dialog closes (saved or "not
     * now": then the import goes on and every message counts as received, which a later choice corrects).
     */
    public void beforeImport(List<Path> files) {
        if (!source.ownAddresses().isEmpty()) {
            return;
        }
        List<MailAddressService.Candidate> found = source.candidates(files);
        if (Platform.isFxApplicationThread()) {
            // work run at once on the FX thread (as tests do): wait in a nested event loop so the dialog can answer
            CompletableFuture<Void> closed = ask(found);
            if (!closed.isDone()) {
                Object loop = new Object();
                closed.thenRun(() -> Platform.exitNestedEventLoop(loop, null));
                Platform.enterNestedEventLoop(loop);
            }
            return;
        }
        CompletableFuture<CompletableFuture<Void>> shown = new CompletableFuture<>();
        Platform.runLater(() -> shown.complete(ask(found)));
        shown.thenCompose(closed -> closed).join();
    }

    /** Shows the dialog; the future completes when it closes, however it closes. */
    private CompletableFuture<Void> ask(List<MailAddressService.Candidate> found) {
        CompletableFuture<Void> closed = new CompletableFuture<>();
        Dialog<MailAddressService.Changed> d = dialog.show(owner.get(), List.of(), found, true, c -> { });
        if (d.isShowing()) {
            d.addEventHandler(DialogEvent.DIALOG_HIDDEN, e -> closed.complete(null));
        } else {
            closed.complete(null);
        }
        return closed;
    }

    /** File → E-mail addresses…: the stored addresses, to change; saving says how many imported e-mails changed. */
    public void edit() {
        Tasks.create(source::ownAddresses)
                .onSuccess(known -> dialog.show(owner.get(), known, List.of(), false, saved -> {
                    notifier.info(texts.text("mail.addresses.savedTitle"), texts.text("mail.addresses.saved",
                            saved.addresses().size(), saved.followUpsChanged()));
                    if (saved.followUpsChanged() > 0) {
                        changed.run();
                    }
                }))
                .onError(e -> notifier.error(texts.text("mail.addresses.title"), texts.describe(e)))
                .run(background);
    }
}
