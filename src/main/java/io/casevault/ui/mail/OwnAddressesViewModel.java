package io.casevault.ui.mail;

import io.casevault.app.MailAddressService;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.SaveCommand;
import io.casevault.ui.common.Texts;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Which e-mail addresses are the user's, without controls: the addresses found in the messages (those already known
 * ticked), more typed in by hand, and Save, which stores them (the service judges imported e-mails again).
 */
final class OwnAddressesViewModel {

    /** One address offered: how it is shown, the bare address, and whether it is ticked as the user's. */
    static final class Choice {
        private final String label;
        private final String address;
        private final BooleanProperty mine;

        Choice(String label, String address, boolean mine) {
            this.label = Objects.requireNonNull(label);
            this.address = Objects.requireNonNull(address);
            this.mine = new SimpleBooleanProperty(mine);
        }

        BooleanProperty mine() {
            return mine;
        }

        String address() {
            return address;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final OwnAddressesDialog.Store store;
    private final ObservableList<Choice> choices = FXCollections.observableArrayList();
    private final StringProperty others = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final SaveCommand<MailAddressService.Changed> save;

    /**
     * @param known  the addresses stored now (ticked)
     * @param found  the addresses in the messages being imported, the most frequent first (may be empty)
     */
    OwnAddressesViewModel(OwnAddressesDialog.Store store, Texts texts, Background background, List<String> known,
                          List<MailAddressService.Candidate> found) {
        this.store = Objects.requireNonNull(store);
        this.save = new SaveCommand<>(texts, background, texts.text("mail.addresses.task"), problem);
        List<String> listed = new ArrayList<>();
        for (MailAddressService.Candidate c : found) {
            choices.add(new Choice(texts.text("mail.addresses.found", c.toString(), c.messages()), c.address(),
                    known.contains(c.address())));
            listed.add(c.address());
        }
        for (String k : known) {
            if (!listed.contains(k)) {
                choices.add(new Choice(k, k, true));
            }
        }
    }

    ObservableList<Choice> choices() {
        return choices;
    }

    /** More addresses, typed in: separated by commas, semicolons or spaces. */
    StringProperty others() {
        return others;
    }

    /** Why the addresses were not stored, in one sentence; empty otherwise. */
    StringProperty problem() {
        return problem;
    }

    ReadOnlyBooleanProperty saving() {
        return save.saving();
    }

    /** The addresses ticked and typed in, lower case, each once. */
    List<String> addresses() {
        List<String> out = new ArrayList<>();
        choices.stream().filter(c -> c.mine().get()).forEach(c -> out.add(c.address()));
        Arrays.stream(others.get().split("[,;，；\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.replaceAll("^.*<|>.*$", "").toLowerCase(Locale.ROOT)).forEach(out::add);
        return out.stream().distinct().toList();
    }

    /** Stores the addresses in the background; {@code onSaved} gets what changed, a refusal goes to the problem. */
    void save(Consumer<MailAddressService.Changed> onSaved) {
        problem.set("");
        save.run(this::addresses, store::save, onSaved);
    }
}
