package io.casevault.ui.export;

import io.casevault.app.ExportOptions.Language;
import io.casevault.app.FormTextCutter;
import io.casevault.ui.common.DialogController;
import io.casevault.ui.common.DisplayConverter;
import io.casevault.ui.common.Texts;
import io.casevault.ui.export.FormTextViewModel.Field;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

import java.util.Objects;

/** Binds the form-text dialog to a {@link FormTextViewModel}: fields with their counts, the limit, Copy buttons. */
public final class FormTextController implements DialogController<Void> {
    private static final int MAX_LIMIT = 1_000_000;
    private final FormTextViewModel model;
    private final Texts texts;

    @FXML private ComboBox<Language> language;
    @FXML private Spinner<Integer> limit;
    @FXML private TextInputControl title;
    @FXML private TextInputControl description;
    @FXML private TextInputControl demands;
    @FXML private TextInputControl time;
    @FXML private TextInputControl amount;
    @FXML private TextInputControl orderNumber;
    @FXML private Label currency;
    @FXML private Label titleCount;
    @FXML private Label descriptionCount;
    @FXML private Label demandsCount;
    @FXML private Label status;

    public FormTextController(FormTextViewModel model, Texts texts) {
        this.model = Objects.requireNonNull(model);
        this.texts = Objects.requireNonNull(texts);
    }

    @FXML
    private void initialize() {
        language.getItems().setAll(model.languages());
        language.setConverter(DisplayConverter.of(l -> texts.text("letter.lang." + l.name())));
        language.valueProperty().bindBidirectional(model.language());
        SpinnerValueFactory.IntegerSpinnerValueFactory values =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(1, MAX_LIMIT, 1);
        limit.setValueFactory(values);
        // the spinner shows the model's limit once it is known, and every value the user sets goes to the model
        model.limit().addListener((o, a, b) -> {
            if (b != null && !b.equals(values.getValue())) {
                values.setValue(b);
            }
        });
        values.valueProperty().addListener((o, a, b) -> {
            if (b != null && model.limit().get() != null) {
                model.limit().set(b);
            }
        });
        bind(title, Field.TITLE);
        bind(description, Field.DESCRIPTION);
        bind(demands, Field.DEMANDS);
        bind(time, Field.TIME);
        bind(amount, Field.AMOUNT);
        bind(orderNumber, Field.ORDER_NUMBER);
        currency.textProperty().bind(model.currency());
        count(titleCount, title);
        count(demandsCount, demands);
        descriptionCount.textProperty().bind(Bindings.createStringBinding(() -> texts.text("formtext.countOf",
                FormTextCutter.length(description.getText()), Objects.requireNonNullElse(model.limit().get(), 0)),
                description.textProperty(), model.limit()));
        descriptionCount.styleProperty().bind(Bindings.createStringBinding(() -> model.limit().get() != null
                && FormTextCutter.length(description.getText()) > model.limit().get()
                ? "-fx-text-fill: -color-danger-fg;" : "", description.textProperty(), model.limit()));
        status.textProperty().bind(model.status());
        model.load();
    }

    private void bind(TextInputControl control, Field field) {
        control.textProperty().bindBidirectional(model.field(field));
    }

    private void count(Label label, TextInputControl control) {
        label.textProperty().bind(Bindings.createStringBinding(() -> texts.text("formtext.count",
                FormTextCutter.length(control.getText())), control.textProperty()));
    }

    @Override
    public Node initialFocus() {
        return limit;
    }

    private void copy(Field field) {
        ClipboardContent content = new ClipboardContent();
        content.putString(model.text(field));
        Clipboard.getSystemClipboard().setContent(content);
        model.copied(field);
    }

    @FXML
    private void copyTitle() {
        copy(Field.TITLE);
    }

    @FXML
    private void copyDescription() {
        copy(Field.DESCRIPTION);
    }

    @FXML
    private void copyDemands() {
        copy(Field.DEMANDS);
    }

    @FXML
    private void copyTime() {
        copy(Field.TIME);
    }

    @FXML
    private void copyAmount() {
        copy(Field.AMOUNT);
    }

    @FXML
    private void copyOrderNumber() {
        copy(Field.ORDER_NUMBER);
    }
}
