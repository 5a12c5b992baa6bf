package io.casevault.ui.transactions;

import io.casevault.ui.common.UiContext;
import io.casevault.ui.transactions.ImportStatementForm.Field;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Locale;

/** Which column of a generic CSV holds what: a combo box per field over the file's header, date format and zone. */
final class ImportMappingPane {
    private final VBox root;
    private final Button apply;

    ImportMappingPane(UiContext ctx, ImportStatementForm form) {
        ObservableList<String> choices = FXCollections.observableArrayList("");
        form.columns().addListener((ListChangeListener<String>) c -> {
            choices.setAll("");
            choices.addAll(form.columns());
        });
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        for (int i = 0; i < 4; i++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHgrow(i % 2 == 1 ? Priority.ALWAYS : Priority.NEVER);
            grid.getColumnConstraints().add(cc);
        }
        Field[] fields = Field.values();
        for (int i = 0; i < fields.length; i++) {
            Field f = fields[i];
            String required = f == Field.TIME || f == Field.AMOUNT ? " *" : "";
            Label label = new Label(ctx.text("import.map." + f.name().toLowerCase(Locale.ROOT)) + required);
            ComboBox<String> box = new ComboBox<>(choices);
            box.setId("map" + f.name());
            box.setMaxWidth(Double.MAX_VALUE);
            box.valueProperty().bindBidirectional(form.column(f));
            label.setLabelFor(box);
            grid.add(label, (i % 2) * 2, i / 2);
            grid.add(box, (i % 2) * 2 + 1, i / 2);
        }
        int row = (fields.length + 1) / 2;
        TextField dateFormat = new TextField();
        dateFormat.setId("mapDateFormat");
        dateFormat.setPromptText(ctx.text("import.map.dateFormat.prompt"));
        dateFormat.textProperty().bindBidirectional(form.dateFormat());
        ComboBox<String> zone = new ComboBox<>(FXCollections.observableArrayList(List.of(ctx.zone().getId(),
                "Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei", "UTC", "Europe/Berlin", "America/New_York")
                .stream().distinct().toList()));
        zone.setId("mapZone");
        zone.setEditable(true);
        zone.setMaxWidth(Double.MAX_VALUE);
        zone.getEditor().textProperty().bindBidirectional(form.zone());
        grid.add(new Label(ctx.text("import.map.dateFormat")), 0, row);
        grid.add(dateFormat, 1, row);
        grid.add(new Label(ctx.text("import.map.zone")), 2, row);
        grid.add(zone, 3, row);
        apply = new Button(ctx.text("import.map.apply"));
        apply.setId("applyMappingButton");
        apply.disableProperty().bind(form.mappingComplete().not().or(form.busy()));
        Label intro = new Label(ctx.text("import.map.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("text-muted");
        root = new VBox(8, intro, grid, apply);
        root.setPadding(new Insets(8, 10, 10, 10));
        root.getStyleClass().add("import-mapping");
        root.setId("mappingPane");
    }

    VBox node() {
        return root;
    }

    Button applyButton() {
        return apply;
    }
}
