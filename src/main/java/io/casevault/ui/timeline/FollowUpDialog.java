package io.casevault.ui.timeline;

import io.casevault.domain.Channel;
import io.casevault.domain.ContactDirection;
import io.casevault.domain.Evidence;
import io.casevault.ui.common.DisplayConverter;
import io.casevault.ui.common.UiContext;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckListView;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Logs one contact with the provider or an authority. The result is a checked {@link FollowUpForm}; OK stays on the
 * dialog and lists the problems while the form is incomplete.
 */
final class FollowUpDialog extends Dialog<FollowUpForm> {
    final ComboBox<Channel> channel = new ComboBox<>();
    final RadioButton outgoing;
    final RadioButton incoming;
    final DatePicker date = new DatePicker();
    final TextField time = new TextField();
    final TextField contact = new TextField();
    final TextField ticket = new TextField();
    final TextArea summary = new TextArea();
    final TextArea outcome = new TextArea();
    final DatePicker next = new DatePicker();
    final CheckListView<Evidence> evidence = new CheckListView<>();
    final Label problems = new Label();
    private final UiContext ctx;
    private final long caseId;

    FollowUpDialog(UiContext ctx, long caseId, List<Evidence> exhibits) {
        this.ctx = ctx;
        this.caseId = caseId;
        setTitle(ctx.text("followup.dialog.title"));
        setHeaderText(ctx.text("followup.dialog.header"));
        setResizable(true);
        channel.getItems().setAll(Channel.values());
        channel.setConverter(converter());
        channel.setValue(Channel.HOTLINE);
        channel.setMaxWidth(Double.MAX_VALUE);
        ToggleGroup direction = new ToggleGroup();
        outgoing = new RadioButton(ctx.text("followup.direction.OUTGOING"));
        incoming = new RadioButton(ctx.text("followup.direction.INCOMING"));
        outgoing.setToggleGroup(direction);
        incoming.setToggleGroup(direction);
        outgoing.setSelected(true);
        LocalDateTime now = LocalDateTime.now(ctx.clock().withZone(ctx.zone()));
        // ISO dates, as in the other dialogs: the platform's short format is US-style even in the Chinese window
        date.setConverter(io.casevault.ui.common.Formats.dateInput());
        next.setConverter(io.casevault.ui.common.Formats.dateInput());
        date.setValue(now.toLocalDate());
        time.setText(now.format(DateTimeFormatter.ofPattern("HH:mm")));
        time.setPrefColumnCount(6);
        time.setPromptText("14:30");
        contact.setPromptText(ctx.text("followup.contact.prompt"));
        ticket.setPromptText(ctx.text("followup.ticket.prompt"));
        summary.setPromptText(ctx.text("followup.summary.prompt"));
        summary.setPrefRowCount(3);
        summary.setWrapText(true);
        outcome.setPromptText(ctx.text("followup.outcome.prompt"));
        outcome.setPrefRowCount(2);
        outcome.setWrapText(true);
        next.setPromptText(ctx.text("followup.next.prompt"));
        evidence.getItems().setAll(exhibits);
        evidence.setPrefHeight(120);
        evidence.setCellFactory(v -> new javafx.scene.control.cell.CheckBoxListCell<>(evidence::getItemBooleanProperty,
                DisplayConverter.<Evidence>of(e -> e.exhibit() + "  " + e.originalName()
                        + (e.caption().isEmpty() ? "" : " — " + e.caption()))));
        problems.getStyleClass().add("danger");
        problems.setWrapText(true);
        problems.setManaged(false);
        problems.setVisible(false);

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.setPadding(new Insets(8, 4, 4, 4));
        int r = 0;
        form.addRow(r++, label("followup.field.channel"), channel);
        form.addRow(r++, label("followup.field.direction"), new HBox(16, outgoing, incoming));
        form.addRow(r++, label("followup.field.when"), new HBox(8, date, time));
        form.addRow(r++, label("followup.field.contact"), contact);
        form.addRow(r++, label("followup.field.ticket"), ticket);
        form.addRow(r++, label("followup.field.summary"), summary);
        form.addRow(r++, label("followup.field.outcome"), outcome);
        form.addRow(r++, label("followup.field.next"), next);
        form.addRow(r++, label("followup.field.evidence"), exhibits.isEmpty()
                ? new Label(ctx.text("followup.evidence.none")) : evidence);
        form.add(problems, 0, r, 2, 1);
        GridPane.setHgrow(summary, Priority.ALWAYS);
        form.setPrefWidth(560);
        getDialogPane().setContent(form);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        ((javafx.scene.control.Button) getDialogPane().lookupButton(ButtonType.OK)).setText(ctx.text("followup.save"));
        ((javafx.scene.control.Button) getDialogPane().lookupButton(ButtonType.CANCEL))
                .setText(ctx.text("followup.cancel"));
        getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            List<String> wrong = form().problems(ctx.clock().instant(), ctx.zone());
            if (!wrong.isEmpty()) {
                problems.setText(wrong.stream().map(ctx::text).collect(Collectors.joining("\n")));
                problems.setManaged(true);
                problems.setVisible(true);
                getDialogPane().getScene().getWindow().sizeToScene();
                e.consume();
            }
        });
        setResultConverter(b -> b == ButtonType.OK ? form() : null);
    }

    private Node label(String key) {
        Label l = new Label(ctx.text(key));
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    FollowUpForm form() {
        return new FollowUpForm(caseId, channel.getValue(),
                incoming.isSelected() ? ContactDirection.INCOMING : ContactDirection.OUTGOING, committed(date),
                time.getText(), contact.getText(), ticket.getText(), summary.getText(), outcome.getText(),
                committed(next), evidence.getCheckModel().getCheckedItems().stream().map(Evidence::id).toList());
    }

    /** The typed date even when the field still has the focus (a DatePicker commits only on Enter or focus loss). */
    private static java.time.LocalDate committed(DatePicker picker) {
        String typed = picker.getEditor().getText();
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return picker.getConverter().fromString(typed);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private StringConverter<Channel> converter() {
        return DisplayConverter.of(c -> ctx.text("followup.channel." + c.name()));
    }
}
