package io.casevault.ui.guidance;

import io.casevault.domain.guidance.ClockRule;
import io.casevault.domain.guidance.DayCount;
import io.casevault.domain.guidance.DeadlineMath;
import io.casevault.ui.common.DialogController;
import io.casevault.ui.common.DisplayConverter;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** One row of controls per channel of the {@link ClockEditorViewModel}; Save hands back the edited rules. */
public final class ClockEditorController implements DialogController<List<ClockRule>> {
    private final ClockEditorViewModel model;

    @FXML private GridPane grid;
    @FXML private Label about;

    public ClockEditorController(ClockEditorViewModel model) {
        this.model = Objects.requireNonNull(model);
    }

    @FXML
    private void initialize() {
        int r = 1;
        for (ClockRowModel row : model.rows()) {
            Label name = new Label(model.channel(row.channel()));
            name.setMinWidth(Region.USE_PREF_SIZE);
            grid.addRow(r++, name, presetBox(row), daysSpinner(row), countBox(row));
        }
        about.textProperty().bind(model.about());
    }

    @Override
    public void submit(Consumer<List<ClockRule>> close) {
        close.accept(model.rules());
    }

    private ComboBox<ClockRowModel.Choice> presetBox(ClockRowModel row) {
        ComboBox<ClockRowModel.Choice> box = new ComboBox<>();
        box.setId("preset-" + row.channel().name());
        box.getItems().setAll(row.choices());
        box.setConverter(DisplayConverter.of(model::choiceLabel));
        box.setPrefWidth(380);
        box.setMinWidth(300);
        box.valueProperty().bindBidirectional(row.choice());
        box.valueProperty().addListener((o, a, c) -> model.describe(c));
        box.focusedProperty().addListener((o, a, f) -> {
            if (f) {
                model.describe(box.getValue());
            }
        });
        return box;
    }

    private Spinner<Integer> daysSpinner(ClockRowModel row) {
        Spinner<Integer> spinner = new Spinner<>(1, DeadlineMath.MAX_DAYS, Math.max(1, row.days().get()));
        spinner.setId("days-" + row.channel().name());
        spinner.setEditable(true);
        spinner.setPrefWidth(96);
        spinner.setMinWidth(Region.USE_PREF_SIZE);
        spinner.valueProperty().addListener((o, a, v) -> {
            if (v != null) {
                row.days().set(v);
            }
        });
        row.days().addListener((o, a, v) -> spinner.getValueFactory().setValue(v.intValue()));
        spinner.disableProperty().bind(row.choice().isEqualTo(ClockRowModel.Choice.OFF));
        return spinner;
    }

    private ComboBox<DayCount> countBox(ClockRowModel row) {
        ComboBox<DayCount> box = new ComboBox<>();
        box.getItems().setAll(DayCount.values());
        box.setConverter(DisplayConverter.of(model::countLabel));
        box.valueProperty().bindBidirectional(row.dayCount());
        box.setPrefWidth(150);
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.disableProperty().bind(row.choice().isEqualTo(ClockRowModel.Choice.OFF));
        return box;
    }
}
