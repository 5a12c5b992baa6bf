package io.casevault.ui.guidance;

import io.casevault.app.GuidanceTexts;
import io.casevault.domain.Channel;
import io.casevault.domain.guidance.ClockRule;
import io.casevault.domain.guidance.ClockRules;
import io.casevault.domain.guidance.DayCount;
import io.casevault.domain.guidance.DeadlineMath;
import io.casevault.ui.common.Dialogs;
import io.casevault.ui.common.DisplayConverter;
import io.casevault.ui.common.UiContext;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;

/**
 * Edits a case's response clocks: per channel a preset (with its description and source), the user's own days and
 * calendar or working days, or no clock. The result is the list of rules; the caller saves it.
 */
public final class ClockEditorDialog extends Dialog<List<ClockRule>> {
    final List<ClockRowModel> rows = new ArrayList<>();
    final Label about = new Label();
    private final UiContext ctx;
    private final GuidanceTexts texts;

    public ClockEditorDialog(UiContext ctx, Window owner, ClockRules catalogue, List<ClockRule> current) {
        this.ctx = ctx;
        this.texts = GuidanceTexts.of(ctx.locale());
        Dialogs.prepare(this, owner, ctx.text("deadline.dialog.title"));
        setHeaderText(ctx.text("deadline.dialog.header"));
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.addRow(0, header("deadline.column.channel"), header("deadline.column.preset"),
                header("deadline.column.days"), header("deadline.column.count"));
        int r = 1;
        for (Channel channel : Channel.values()) {
            ClockRule rule = current.stream().filter(x -> x.channel() == channel).findFirst()
                    .orElse(catalogue.defaultRule(channel));
            ClockRowModel row = new ClockRowModel(channel, catalogue, rule);
            rows.add(row);
            Label name = new Label(ctx.text("followup.channel." + channel.name()));
            name.setMinWidth(Region.USE_PREF_SIZE);
            grid.addRow(r++, name, presetBox(row), daysSpinner(row), countBox(row));
        }
        about.setWrapText(true);
        about.setPrefWidth(860);
        about.setMinHeight(80);
        about.getStyleClass().add("text-muted");
        about.setText(ctx.text("deadline.holidays"));
        VBox content = new VBox(12, grid, about);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        ((javafx.scene.control.Button) getDialogPane().lookupButton(ButtonType.OK)).setText(ctx.text("deadline.save"));
        ((javafx.scene.control.Button) getDialogPane().lookupButton(ButtonType.CANCEL))
                .setText(ctx.text("deadline.cancel"));
        setResultConverter(b -> b == ButtonType.OK ? rows.stream().map(ClockRowModel::toRule).toList() : null);
    }

    private Label header(String key) {
        Label l = new Label(ctx.text(key));
        l.getStyleClass().add("text-bold");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private ComboBox<ClockRowModel.Choice> presetBox(ClockRowModel row) {
        ComboBox<ClockRowModel.Choice> box = new ComboBox<>();
        box.setId("preset-" + row.channel().name());
        box.getItems().setAll(row.choices());
        box.setConverter(DisplayConverter.of(c -> switch (c.kind()) {
            case PRESET -> c.preset().label(texts.chinese());
            case CUSTOM -> ctx.text("deadline.preset.custom");
            case OFF -> ctx.text("deadline.preset.off");
        }));
        box.setPrefWidth(380);
        box.setMinWidth(300);
        box.valueProperty().bindBidirectional(row.choice());
        box.valueProperty().addListener((o, a, c) -> describe(c));
        box.focusedProperty().addListener((o, a, f) -> {
            if (f) {
                describe(box.getValue());
            }
        });
        return box;
    }

    private void describe(ClockRowModel.Choice c) {
        if (c != null && c.kind() == ClockRowModel.Choice.Kind.PRESET) {
            String url = c.preset().sourceUrl() == null ? "" : "\n" + c.preset().sourceUrl();
            about.setText(c.preset().description(texts.chinese()) + "\n" + ctx.text("guidance.source",
                    c.preset().sourceTitle()) + url);
        } else {
            about.setText(ctx.text("deadline.holidays"));
        }
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
        box.setConverter(DisplayConverter.of(c -> ctx.text("deadline.count." + c.name())));
        box.valueProperty().bindBidirectional(row.dayCount());
        box.setPrefWidth(150);
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.disableProperty().bind(row.choice().isEqualTo(ClockRowModel.Choice.OFF));
        return box;
    }
}
