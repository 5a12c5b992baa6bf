package io.casevault.ui.mail;

import io.casevault.app.MailAddressService;
import io.casevault.ui.common.DialogController;
import io.casevault.ui.common.Texts;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * The content of the "your e-mail addresses" dialog ({@code own-addresses-dialog.fxml}): the addresses found in the
 * messages with a tick each, a field for more, and the sentence saying what is wrong.
 */
public final class OwnAddressesController implements DialogController<MailAddressService.Changed> {
    private final OwnAddressesViewModel vm;
    private final Texts texts;

    @FXML private Label intro;
    @FXML private ListView<OwnAddressesViewModel.Choice> choices;
    @FXML private TextField others;
    @FXML private Label problem;

    OwnAddressesController(OwnAddressesViewModel vm, Texts texts) {
        this.vm = Objects.requireNonNull(vm);
        this.texts = Objects.requireNonNull(texts);
    }

    @FXML
    private void initialize() {
        intro.setText(texts.text(vm.choices().isEmpty() ? "mail.addresses.introNone" : "mail.addresses.intro"));
        choices.setItems(vm.choices());
        choices.setCellFactory(CheckBoxListCell.forListView(OwnAddressesViewModel.Choice::mine));
        choices.setVisible(!vm.choices().isEmpty());
        choices.setManaged(!vm.choices().isEmpty());
        others.textProperty().bindBidirectional(vm.others());
        problem.textProperty().bind(vm.problem());
        problem.visibleProperty().bind(Bindings.isNotEmpty(vm.problem()));
        problem.managedProperty().bind(problem.visibleProperty());
    }

    @Override
    public ObservableBooleanValue canSubmit() {
        return vm.saving().not();
    }

    @Override
    public void submit(Consumer<MailAddressService.Changed> close) {
        vm.save(close);
    }

    @Override
    public Node initialFocus() {
        return vm.choices().isEmpty() ? others : choices;
    }
}
