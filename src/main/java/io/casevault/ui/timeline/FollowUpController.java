package io.casevault.ui.timeline;

import io.casevault.domain.Channel;
import io.casevault.domain.ContactDirection;
import io.casevault.domain.Evidence;
import io.casevault.ui.common.DialogController;
import io.casevault.ui.common.DisplayConverter;
import io.casevault.ui.common.Formats;
import io.casevault.ui.common.Texts;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import org.controlsfx.control.CheckListView;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.function.Consumer;

/** Binds the follow-up dialog to a {@link FollowUpViewModel}; Save stays on the dialog and lists what is wrong. */
public final class FollowUpController implements DialogController<FollowUpForm> {
    private final FollowUpViewModel model;
    private final Texts texts;

    @FXML private ComboBox<Channel> channel;
    @FXML private RadioButton outgoing;
    @FXML private RadioButton incoming;
    @FXML private DatePicker date;
    @FXML private TextField time;
    @FXML private TextField contact;
    @FXML private TextField ticket;
    @FXML private TextArea summary;
    @FXML private TextArea outcome;
    @FXML private DatePicker next;
    @FXML private CheckListView<Evidence> evidence;
    @FXML private Label noEvidence;
    @FXML private Label problems;

    public FollowUpController(FollowUpViewModel model, Texts texts) {
        this.model = Objects.requireNonNull(model);
        this.texts = Objects.requireNonNull(texts);
    }

    @FXML
    private void initialize() {
        channel.getItems().setAll(Channel.values());
        channel.setConverter(DisplayConverter.of(c -> texts.text("followup.channel." + c.name())));
        channel.valueProperty().bindBidirectional(model.channel());
        outgoing.setSelected(model.direction().get() == ContactDirection.OUTGOING);
        incoming.setSelected(model.direction().get() == ContactDirection.INCOMING);
        incoming.selectedProperty().addListener((o, a, in) -> model.direction().set(in ? ContactDirection.INCOMING
                : ContactDirection.OUTGOING));
        // ISO dates, as in the other dialogs: the platform's short format is US-style even in the Chinese window
        date.setConverter(Formats.dateInput());
        next.setConverter(Formats.dateInput());
        date.valueProperty().bindBidirectional(model.date());
        next.valueProperty().bindBidirectional(model.next());
        time.textProperty().bindBidirectional(model.time());
        contact.textProperty().bindBidirectional(model.contact());
        ticket.textProperty().bindBidirectional(model.ticket());
        summary.textProperty().bindBidirectional(model.summary());
        outcome.textProperty().bindBidirectional(model.outcome());
        evidence.setItems(model.exhibits());
        evidence.setCellFactory(v -> new CheckBoxListCell<>(evidence::getItemBooleanProperty,
                DisplayConverter.<Evidence>of(e -> e.exhibit() + "  " + e.originalName()
                        + (e.caption().isEmpty() ? "" : " — " + e.caption()))));
        evidence.getCheckModel().getCheckedItems().addListener((ListChangeListener<Evidence>) c ->
                model.linked().setAll(evidence.getCheckModel().getCheckedItems()));
        boolean none = model.exhibits().isEmpty();
        show(evidence, !none);
        show(noEvidence, none);
        problems.textProperty().bind(model.problems());
        show(problems, false);
    }

    @Override
    public void submit(Consumer<FollowUpForm> close) {
        // a DatePicker commits typed text only on Enter or focus loss: take what is typed now
        model.date().set(committed(date));
        model.next().set(committed(next));
        model.submit().ifPresentOrElse(close, () -> {
            show(problems, true);
            problems.getScene().getWindow().sizeToScene();
        });
    }

    private static LocalDate committed(DatePicker picker) {
        String typed = picker.getEditor().getText();
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return picker.getConverter().fromString(typed);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
