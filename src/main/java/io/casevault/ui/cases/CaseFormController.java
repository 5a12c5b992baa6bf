package io.casevault.ui.cases;

import atlantafx.base.theme.Styles;
import io.casevault.domain.Category;
import io.casevault.domain.IncidentDate;
import io.casevault.domain.Case;
import io.casevault.ui.common.DialogController;
import io.casevault.ui.common.DisplayConverter;
import io.casevault.ui.common.Formats;
import io.casevault.ui.common.Texts;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Binds the case dialog's controls to the {@link CaseForm} of a {@link CaseDialogViewModel}; marks invalid fields and
 * shows why under them. Save is possible while the form is valid and saves through the view model.
 */
public final class CaseFormController implements DialogController<Case> {
    private final CaseDialogViewModel model;
    private final CaseForm form;
    private final Texts texts;
    private final Formats formats;
    private final Set<Node> touched = new HashSet<>();

    @FXML private TextField titleField;
    @FXML private Label titleError;
    @FXML private ComboBox<String> providerField;
    @FXML private Label providerError;
    @FXML private ComboBox<Category> categoryField;
    @FXML private TextField amountField;
    @FXML private ComboBox<String> currencyField;
    @FXML private Label amountError;
    @FXML private ComboBox<IncidentDate.Kind> incidentKindField;
    @FXML private DatePicker incidentFromField;
    @FXML private Label incidentToLabel;
    @FXML private DatePicker incidentToField;
    @FXML private Label incidentError;
    @FXML private TextField windowField;
    @FXML private Label deadlinePreview;
    @FXML private Label windowError;
    @FXML private TextField accountField;
    @FXML private TextArea factsField;
    @FXML private ComboBox<String> demandField;
    @FXML private Button removeDemandButton;
    @FXML private ListView<String> demandList;
    @FXML private Label formError;

    public CaseFormController(CaseDialogViewModel model, Texts texts) {
        this.model = Objects.requireNonNull(model);
        this.form = model.form();
        this.texts = Objects.requireNonNull(texts);
        this.formats = model.formats();
    }

    @FXML
    private void initialize() {
        titleField.textProperty().bindBidirectional(form.title());
        providerField.getItems().setAll(model.providerSuggestions());
        providerField.getEditor().textProperty().bindBidirectional(form.provider());
        categoryField.getItems().setAll(Category.values());
        categoryField.setConverter(DisplayConverter.of(formats::category));
        categoryField.valueProperty().bindBidirectional(form.category());
        amountField.textProperty().bindBidirectional(form.amount());
        currencyField.getItems().setAll(Formats.COMMON_CURRENCIES);
        currencyField.getEditor().textProperty().bindBidirectional(form.currency());
        incidentKindField.getItems().setAll(model.incidentKinds());
        incidentKindField.setConverter(DisplayConverter.of(k -> texts.text("newcase.incident." + k.name()),
                texts.text("newcase.incident.unknown")));
        incidentKindField.valueProperty().bindBidirectional(form.incidentKind());
        incidentFromField.setConverter(Formats.dateInput());
        incidentToField.setConverter(Formats.dateInput());
        incidentFromField.valueProperty().bindBidirectional(form.incidentFrom());
        incidentToField.valueProperty().bindBidirectional(form.incidentTo());
        windowField.textProperty().bindBidirectional(form.windowDays());
        accountField.textProperty().bindBidirectional(form.accountRef());
        factsField.textProperty().bindBidirectional(form.facts());
        demandField.getItems().setAll(model.demandSuggestions());
        demandList.setItems(form.demands());
        demandList.setPlaceholder(new Label(texts.text("newcase.demands.none")));
        deadlinePreview.textProperty().bind(model.deadline());
        removeDemandButton.disableProperty().bind(demandList.getSelectionModel().selectedItemProperty().isNull());
        form.title().addListener((o, a, b) -> touch(titleField));
        form.provider().addListener((o, a, b) -> touch(providerField));
        form.incidentKind().addListener((o, a, b) -> updateIncidentFields());
        form.errors().addListener((MapChangeListener<String, String>) c -> showErrors());
        form.serviceError().addListener((o, a, b) -> showErrors());
        updateIncidentFields();
        showErrors();
    }

    private void touch(Node field) {
        if (touched.add(field)) {
            showErrors();
        }
    }

    private void updateIncidentFields() {
        IncidentDate.Kind kind = form.incidentKind().get();
        boolean range = kind == IncidentDate.Kind.RANGE;
        incidentFromField.setDisable(kind == null);
        incidentToLabel.setVisible(range);
        incidentToField.setVisible(range);
    }

    private void showErrors() {
        Map<String, String> errors = form.errors();
        mark(titleField, titleError, errors.get(CaseForm.TITLE));
        mark(providerField, providerError, errors.get(CaseForm.PROVIDER));
        String money = errors.getOrDefault(CaseForm.AMOUNT, errors.get(CaseForm.CURRENCY));
        mark(amountField, amountError, errors.get(CaseForm.AMOUNT) == null ? null : money);
        mark(currencyField, null, errors.get(CaseForm.CURRENCY));
        if (errors.get(CaseForm.AMOUNT) == null && errors.get(CaseForm.CURRENCY) != null) {
            amountError.setText(errors.get(CaseForm.CURRENCY));
            show(amountError, true);
        }
        mark(incidentFromField, incidentError, errors.get(CaseForm.INCIDENT));
        mark(windowField, windowError, errors.get(CaseForm.WINDOW));
        String general = form.serviceError().get().isEmpty() ? errors.get(CaseForm.FORM) : form.serviceError().get();
        formError.setText(general == null ? "" : general);
        show(formError, general != null);
    }

    /**
     * A field with a problem turns red and its sentence appears under it; a required field the user has not typed in
     * yet stays quiet (OK is disabled all the same).
     */
    private void mark(Node field, Label label, String error) {
        boolean quiet = (field == titleField || field == providerField) && !touched.contains(field);
        boolean bad = error != null && !quiet;
        field.pseudoClassStateChanged(Styles.STATE_DANGER, bad);
        if (label != null) {
            label.setText(bad ? error : "");
            show(label, bad);
        }
    }

    private static void show(Label label, boolean visible) {
        label.setVisible(visible);
        label.setManaged(visible);
    }

    @FXML
    private void addDemand() {
        if (form.addDemand(demandField.getEditor().getText())) {
            demandField.getEditor().clear();
            demandField.setValue(null);
        }
        demandField.requestFocus();
    }

    @FXML
    private void removeDemand() {
        String selected = demandList.getSelectionModel().getSelectedItem();
        if (selected != null) {
            form.demands().remove(selected);
        }
    }

    @Override
    public ObservableBooleanValue canSubmit() {
        return model.canSave();
    }

    @Override
    public void submit(Consumer<Case> close) {
        model.save(close);
    }

    @Override
    public Node initialFocus() {
        return titleField;
    }
}
