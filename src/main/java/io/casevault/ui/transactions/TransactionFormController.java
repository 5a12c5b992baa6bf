package io.casevault.ui.transactions;

import atlantafx.base.theme.Styles;
import io.casevault.domain.Direction;
import io.casevault.domain.Transaction;
import io.casevault.ui.common.DialogController;
import io.casevault.ui.common.Formats;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Binds the transaction dialog's controls to the {@link TransactionForm} of a {@link TransactionDialogViewModel} and
 * shows its errors; Save saves through the view model.
 */
public final class TransactionFormController implements DialogController<Transaction> {
    private final TransactionDialogViewModel model;
    private final TransactionForm form;
    private final Formats formats;

    @FXML private DatePicker dateField;
    @FXML private TextField timeField;
    @FXML private Label zoneLabel;
    @FXML private TextField amountField;
    @FXML private ComboBox<String> currencyField;
    @FXML private Label errorLabel;
    @FXML private ComboBox<Direction> directionField;
    @FXML private TextField counterpartyField;
    @FXML private TextField refField;
    @FXML private TextField merchantOrderField;
    @FXML private TextField methodField;
    @FXML private TextField statusField;
    @FXML private TextArea noteField;
    @FXML private Label serviceError;

    public TransactionFormController(TransactionDialogViewModel model) {
        this.model = Objects.requireNonNull(model);
        this.form = model.form();
        this.formats = model.formats();
    }

    @FXML
    private void initialize() {
        dateField.setConverter(Formats.dateInput());
        dateField.valueProperty().bindBidirectional(form.date());
        timeField.textProperty().bindBidirectional(form.time());
        zoneLabel.setText(model.zone().getId());
        amountField.textProperty().bindBidirectional(form.amount());
        currencyField.getItems().setAll(Formats.COMMON_CURRENCIES);
        currencyField.getEditor().textProperty().bindBidirectional(form.currency());
        directionField.getItems().setAll(Direction.values());
        directionField.setCellFactory(v -> new DirectionCell());
        directionField.setButtonCell(new DirectionCell());
        directionField.valueProperty().bindBidirectional(form.direction());
        counterpartyField.textProperty().bindBidirectional(form.counterparty());
        refField.textProperty().bindBidirectional(form.txRef());
        merchantOrderField.textProperty().bindBidirectional(form.merchantOrderRef());
        methodField.textProperty().bindBidirectional(form.method());
        statusField.textProperty().bindBidirectional(form.status());
        noteField.textProperty().bindBidirectional(form.note());
        form.errors().addListener((MapChangeListener<String, String>) c -> showErrors());
        serviceError.textProperty().bind(model.error());
        showErrors();
    }

    private final class DirectionCell extends ListCell<Direction> {
        @Override
        protected void updateItem(Direction item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : formats.direction(item));
        }
    }

    private void showErrors() {
        // An amount not typed yet is not an error worth shouting about; OK stays disabled meanwhile.
        boolean amountUntouched = form.amount().get().isBlank();
        mark(dateField, form.errors().containsKey(TransactionForm.DATE));
        mark(timeField, form.errors().containsKey(TransactionForm.TIME));
        mark(amountField, form.errors().containsKey(TransactionForm.AMOUNT) && !amountUntouched);
        mark(currencyField, form.errors().containsKey(TransactionForm.CURRENCY));
        String text = Stream.of(TransactionForm.DATE, TransactionForm.TIME, TransactionForm.AMOUNT,
                        TransactionForm.CURRENCY)
                .filter(k -> !(k.equals(TransactionForm.AMOUNT) && amountUntouched))
                .map(form.errors()::get).filter(Objects::nonNull).collect(Collectors.joining(" "));
        errorLabel.setText(text);
        errorLabel.setVisible(!text.isEmpty());
        errorLabel.setManaged(!text.isEmpty());
    }

    private static void mark(Node field, boolean bad) {
        field.pseudoClassStateChanged(Styles.STATE_DANGER, bad);
    }

    @Override
    public ObservableBooleanValue canSubmit() {
        return model.canSave();
    }

    @Override
    public void submit(Consumer<Transaction> close) {
        model.save(close);
    }

    @Override
    public Node initialFocus() {
        return amountField;
    }
}
