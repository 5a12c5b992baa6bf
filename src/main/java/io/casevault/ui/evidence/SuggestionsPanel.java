package io.casevault.ui.evidence;

import io.casevault.app.Suggestion;
import io.casevault.domain.understanding.Proposal;
import io.casevault.ui.common.Texts;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;
import java.util.Objects;

/**
 * The selected exhibit's suggestions in the inspector: one card each with what it is, what accepting it does, how sure
 * CaseVault is, and Accept and Dismiss (Undo once applied); Enter on a focused card accepts it. A transaction to record
 * opens the transaction form filled from the screenshot.
 */
final class SuggestionsPanel extends VBox {
    private final ExhibitSuggestions model;
    private final Texts texts;
    private final ExhibitSuggestions.Recorder recorder;
    private final VBox cards = new VBox(8);
    private final ScrollPane scroll = new ScrollPane(cards);

    SuggestionsPanel(ExhibitSuggestions model, Texts texts, ExhibitSuggestions.Recorder recorder) {
        this.model = Objects.requireNonNull(model);
        this.texts = Objects.requireNonNull(texts);
        this.recorder = Objects.requireNonNull(recorder);
        getStyleClass().add("evidence-suggestions");
        setSpacing(8);
        setPadding(new Insets(12));

        Label hint = muted(texts.text("evidence.suggestion.hint"));
        Label status = muted("");
        status.setId("exhibitSuggestionsStatus");
        status.textProperty().bind(model.status());
        cards.setId("exhibitSuggestions");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(hint, scroll, status);
        model.suggestions().addListener((ListChangeListener<Suggestion>) c -> rebuild());
        model.busy().addListener((o, was, now) -> cards.setDisable(now));
        rebuild();
    }

    private void rebuild() {
        boolean focused = cards.getChildren().stream().anyMatch(n -> n.isFocused() || n.isFocusWithin());
        cards.getChildren().setAll(model.suggestions().stream().map(this::card).toList());
        if (focused && !cards.getChildren().isEmpty()) {
            // the next suggestion takes the focus, so Enter goes on through the list
            cards.getChildren().get(0).requestFocus();
        }
    }

    private VBox card(Suggestion s) {
        Label title = new Label(model.title(s));
        title.getStyleClass().add("evidence-suggestion-title");
        Label detail = new Label(model.detail(s));
        detail.setWrapText(true);
        detail.setMinHeight(Region.USE_PREF_SIZE);
        Label origin = muted(model.origin(s));
        FlowPane buttons = new FlowPane(8, 6);
        buttons.getChildren().setAll(actions(s));
        VBox card = new VBox(4, title, detail, origin, buttons);
        card.getStyleClass().add("evidence-suggestion");
        if (ExhibitSuggestions.applied(s)) {
            card.getStyleClass().add("applied");
        }
        card.setFocusTraversable(true);
        card.setAccessibleText(model.title(s) + ". " + model.detail(s) + ". " + model.origin(s));
        card.setOnMouseClicked(e -> card.requestFocus());
        card.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                reveal(card);
            }
        });
        card.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !ExhibitSuggestions.applied(s)) {
                model.accept(s, recorder);
                e.consume();
            }
        });
        return card;
    }

    /** Scrolls the list so the whole card shows (or its top, when it is taller than the list). */
    private void reveal(VBox card) {
        double content = cards.getHeight() - scroll.getViewportBounds().getHeight();
        if (content <= 0) {
            return;
        }
        double top = card.getBoundsInParent().getMinY();
        double bottom = card.getBoundsInParent().getMaxY();
        double shownTop = scroll.getVvalue() * content;
        double viewport = scroll.getViewportBounds().getHeight();
        if (top < shownTop) {
            scroll.setVvalue(top / content);
        } else if (bottom > shownTop + viewport) {
            scroll.setVvalue(Math.min(1, Math.min(top, bottom - viewport) / content));
        }
    }

    private List<Button> actions(Suggestion s) {
        if (ExhibitSuggestions.applied(s)) {
            return List.of(button("evidence.suggestion.undo", "mdi2u-undo", "suggestionUndo", () -> model.undo(s)));
        }
        boolean record = s.proposal() instanceof Proposal.Record;
        Button accept = button(record ? "evidence.suggestion.record" : "evidence.suggestion.accept",
                record ? "mdi2c-cash-plus" : "mdi2c-check", "suggestionAccept", () -> model.accept(s, recorder));
        accept.getStyleClass().add("accent");
        return List.of(accept, button("evidence.suggestion.dismiss", "mdi2c-close", "suggestionDismiss",
                () -> model.dismiss(s)));
    }

    private Button button(String key, String icon, String styleClass, Runnable action) {
        Button b = new Button(texts.text(key), new FontIcon(icon));
        b.getStyleClass().add(styleClass);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add("text-muted");
        return l;
    }
}
