package io.casevault.ui.evidence;

import io.casevault.domain.Evidence;
import io.casevault.domain.FollowUp;
import io.casevault.domain.Transaction;
import io.casevault.ui.common.Texts;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckListView;
import org.kordamp.ikonli.javafx.FontIcon;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Consumer;

/**
 * The facts and the editable fields of the selected exhibit: caption, tags, links, capture and import time, original
 * name, size and SHA-256 (copyable), and "move to trash". Edits are handed to the view model; nothing is saved here.
 */
final class EvidenceDetails extends VBox {
    private final Texts texts;
    private final Consumer<String> hashCopied;
    private final java.util.Locale locale;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter shortDate;
    private final Label title = new Label();
    private final TextField caption = new TextField();
    private final TextField tags = new TextField();
    private final Label captured = new Label();
    private final Label imported = new Label();
    private final Label original = new Label();
    private final Label size = new Label();
    private final Label sha = new Label();
    final CheckListView<Transaction> transactions = new CheckListView<>();
    final CheckListView<FollowUp> followUps = new CheckListView<>();
    private final Button copy;
    final Button trash;
    private Evidence shown;

    /** @param hashCopied told the SHA-256 the user copied, to confirm it */
    EvidenceDetails(Texts texts, java.time.ZoneId zone, Consumer<String> hashCopied) {
        this.texts = texts;
        this.hashCopied = hashCopied;
        this.locale = texts.locale().getLanguage().isEmpty()
                ? java.util.Locale.getDefault(java.util.Locale.Category.FORMAT) : texts.locale();
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone);
        this.shortDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale).withZone(zone);
        getStyleClass().add("evidence-details");
        setSpacing(8);
        setPadding(new Insets(12));
        title.getStyleClass().add("title-4");
        title.setWrapText(true);
        caption.setPromptText(texts.text("evidence.caption.prompt"));
        tags.setPromptText(texts.text("evidence.tags.prompt"));
        sha.getStyleClass().add("monospace");
        sha.setWrapText(true);
        sha.setMaxWidth(260);
        copy = new Button(null, new FontIcon("mdi2c-content-copy"));
        copy.setTooltip(new Tooltip(texts.text("evidence.sha.copy")));
        copy.setAccessibleText(texts.text("evidence.sha.copy"));
        copy.setOnAction(e -> copyHash());
        HBox shaRow = new HBox(4, sha, copy);
        for (Label l : List.of(captured, imported, original, size)) {
            l.setWrapText(true);
        }
        GridPane facts = new GridPane();
        facts.setHgap(8);
        facts.setVgap(4);
        int row = 0;
        facts.addRow(row++, label("evidence.field.captured"), captured);
        facts.addRow(row++, label("evidence.field.imported"), imported);
        facts.addRow(row++, label("evidence.field.original"), original);
        facts.addRow(row++, label("evidence.field.size"), size);
        facts.addRow(row, label("evidence.field.sha"), shaRow);
        transactions.setPrefHeight(110);
        followUps.setPrefHeight(110);
        transactions.setCellFactory(v -> new LinkCell<>(this::describe, transactions));
        followUps.setCellFactory(v -> new LinkCell<>(this::describe, followUps));
        trash = new Button(texts.text("evidence.trash"), new FontIcon("mdi2t-trash-can-outline"));
        trash.getStyleClass().add("danger");
        getChildren().addAll(title, label("evidence.field.caption"), caption, label("evidence.field.tags"), tags,
                facts, label("evidence.links.transactions"), transactions, label("evidence.links.followUps"),
                followUps, trash);
        VBox.setVgrow(transactions, Priority.SOMETIMES);
        VBox.setVgrow(followUps, Priority.SOMETIMES);
        setDisable(true);
    }

    private Label label(String key) {
        Label l = new Label(texts.text(key));
        l.setMinWidth(Label.USE_PREF_SIZE);
        l.getStyleClass().add("text-muted");
        return l;
    }

    /** Saves caption and tags when the field is left or Enter is pressed. */
    void onEdit(Consumer<String> captionEdited, Consumer<List<String>> tagsEdited) {
        caption.setOnAction(e -> captionEdited.accept(caption.getText()));
        caption.focusedProperty().addListener((o, was, now) -> {
            if (!now && shown != null && !caption.getText().strip().equals(shown.caption())) {
                captionEdited.accept(caption.getText());
            }
        });
        tags.setOnAction(e -> tagsEdited.accept(parseTags(tags.getText())));
        tags.focusedProperty().addListener((o, was, now) -> {
            if (!now && shown != null && !parseTags(tags.getText()).equals(shown.tags())) {
                tagsEdited.accept(parseTags(tags.getText()));
            }
        });
    }

    static List<String> parseTags(String text) {
        return java.util.Arrays.stream(text.split("[,，;；]")).map(String::strip).filter(s -> !s.isEmpty())
                .distinct().sorted().toList();
    }

    void show(Evidence e) {
        shown = e;
        setDisable(e == null);
        if (e == null) {
            title.setText(texts.text("evidence.details.none"));
            caption.clear();
            tags.clear();
            for (Label l : List.of(captured, imported, original, size, sha)) {
                l.setText("");
            }
            return;
        }
        title.setText(e.exhibit() + " · " + e.originalName());
        caption.setText(e.caption());
        tags.setText(String.join(", ", e.tags()));
        captured.setText(e.capturedAt() == null ? "—" : dateTime.format(e.capturedAt()) + "  ("
                + texts.text("evidence.capture." + e.captureSource().name()) + ")");
        imported.setText(dateTime.format(e.importedAt()));
        original.setText(e.originalName() + "  ·  " + e.mediaType());
        size.setText(size(e.size()) + (e.width() == null ? "" : "  ·  " + e.width() + " × " + e.height() + " px"));
        sha.setText(e.sha256());
    }

    Evidence shown() {
        return shown;
    }

    private String size(long bytes) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(1);
        if (bytes < 1024) {
            return texts.text("evidence.size.bytes", f.format(bytes));
        }
        if (bytes < 1024 * 1024) {
            return texts.text("evidence.size.kb", f.format(bytes / 1024.0));
        }
        return texts.text("evidence.size.mb", f.format(bytes / (1024.0 * 1024)));
    }

    private void copyHash() {
        if (shown != null) {
            ClipboardContent content = new ClipboardContent();
            content.putString(shown.sha256());
            Clipboard.getSystemClipboard().setContent(content);
            hashCopied.accept(shown.sha256());
        }
    }

    private String describe(Transaction t) {
        NumberFormat money = NumberFormat.getCurrencyInstance(locale);
        money.setCurrency(t.money().currency());
        String who = t.counterparty() == null ? "" : "  " + t.counterparty();
        return shortDate.format(t.at()) + "  " + money.format(t.signedMoney().amount()) + who;
    }

    private String describe(FollowUp f) {
        return shortDate.format(f.at()) + "  " + texts.text("followup.channel." + f.channel().name()) + "  "
                + f.summary();
    }

    String formatTime(Instant at) {
        return dateTime.format(at);
    }
}
