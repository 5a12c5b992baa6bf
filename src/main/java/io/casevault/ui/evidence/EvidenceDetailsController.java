package io.casevault.ui.evidence;

import io.casevault.domain.Evidence;
import io.casevault.domain.EvidenceLinks;
import io.casevault.domain.FollowUp;
import io.casevault.domain.Transaction;
import io.casevault.ui.common.Texts;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckListView;
import org.controlsfx.control.IndexedCheckModel;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * The selected exhibit's facts and editable fields ({@code evidence-details.fxml}, included by the evidence tab):
 * caption, tags, links, capture and import time, original name, size and SHA-256 (copyable), and "move to trash".
 * Edits go to the {@link EvidenceViewModel} as they happen; showing another exhibit does not count as an edit.
 */
public final class EvidenceDetailsController {
    private final Texts texts;
    private final ExhibitWords words;
    private EvidenceViewModel vm;
    private Evidence shown;
    private boolean loading;

    @FXML private VBox root;
    @FXML private Label title;
    @FXML private TextField caption;
    @FXML private TextField tags;
    @FXML private Label captured;
    @FXML private Label imported;
    @FXML private Label original;
    @FXML private Label size;
    @FXML private Label sha;
    @FXML private CheckListView<Transaction> transactions;
    @FXML private CheckListView<FollowUp> followUps;

    EvidenceDetailsController(Texts texts, ZoneId zone) {
        this.texts = Objects.requireNonNull(texts);
        this.words = new ExhibitWords(texts, zone);
    }

    /** Binds the form to the evidence tab's view model; called by the tab's controller once both are loaded. */
    void attach(EvidenceViewModel model) {
        this.vm = Objects.requireNonNull(model);
        transactions.setItems(vm.transactions());
        followUps.setItems(vm.followUps());
        transactions.setCellFactory(v -> new LinkCell<>(words::describe, transactions));
        followUps.setCellFactory(v -> new LinkCell<>(words::describe, followUps));
        transactions.getCheckModel().getCheckedItems().addListener((ListChangeListener<Transaction>) c -> linked());
        followUps.getCheckModel().getCheckedItems().addListener((ListChangeListener<FollowUp>) c -> linked());
        caption.setOnAction(e -> saveCaption());
        caption.focusedProperty().addListener((o, was, now) -> {
            if (!now && shown != null && !caption.getText().strip().equals(shown.caption())) {
                saveCaption();
            }
        });
        tags.setOnAction(e -> saveTags());
        tags.focusedProperty().addListener((o, was, now) -> {
            if (!now && shown != null && !parseTags(tags.getText()).equals(shown.tags())) {
                saveTags();
            }
        });
        show(null);
    }

    private void saveCaption() {
        if (shown != null) {
            vm.edits().saveCaption(shown, caption.getText());
        }
    }

    private void saveTags() {
        if (shown != null) {
            vm.edits().saveTags(shown, parseTags(tags.getText()));
        }
    }

    private void linked() {
        if (!loading && shown != null) {
            vm.edits().saveLinks(shown, new EvidenceLinks(
                    transactions.getCheckModel().getCheckedItems().stream().map(Transaction::id).toList(),
                    followUps.getCheckModel().getCheckedItems().stream().map(FollowUp::id).toList()));
        }
    }

    static List<String> parseTags(String text) {
        return Arrays.stream(text.split("[,，;；]")).map(String::strip).filter(s -> !s.isEmpty()).distinct().sorted()
                .toList();
    }

    /** Shows an exhibit's facts with no links checked yet; null shows that nothing is selected. */
    void show(Evidence e) {
        shown = e;
        root.setDisable(e == null);
        loading = true;
        try {
            transactions.getCheckModel().clearChecks();
            followUps.getCheckModel().clearChecks();
        } finally {
            loading = false;
        }
        title.setText(e == null ? texts.text("evidence.details.none") : e.exhibit() + " · " + e.originalName());
        caption.setText(e == null ? "" : e.caption());
        tags.setText(e == null ? "" : String.join(", ", e.tags()));
        captured.setText(e == null ? "" : words.captured(e));
        imported.setText(e == null ? "" : words.imported(e));
        original.setText(e == null ? "" : words.original(e));
        size.setText(e == null ? "" : words.size(e));
        sha.setText(e == null ? "" : e.sha256());
    }

    /**
     * The shown exhibit as saved (a new caption or tags): leaving a field then saves only what changed since. A caption
     * set elsewhere (a line of the recognised text, or its undo) shows in the field unless the user is typing there.
     */
    void saved(Evidence e) {
        if (shown != null && shown.id() == e.id()) {
            shown = e;
            if (!caption.isFocused() && !caption.getText().strip().equals(e.caption())) {
                caption.setText(e.caption());
            }
        }
    }

    /** Checks the transactions and follow-ups the shown exhibit is linked to (only those), once they are read. */
    void showLinks(EvidenceLinks links) {
        loading = true;
        try {
            transactions.getCheckModel().clearChecks();
            followUps.getCheckModel().clearChecks();
            check(transactions.getCheckModel(), vm.transactions(), links.transactionIds(), Transaction::id);
            check(followUps.getCheckModel(), vm.followUps(), links.followUpIds(), FollowUp::id);
        } finally {
            loading = false;
        }
    }

    private static <T> void check(IndexedCheckModel<T> model, List<T> items, List<Long> ids, ToLongFunction<T> id) {
        Set<Long> wanted = new HashSet<>(ids);
        for (int i = 0; i < items.size(); i++) {
            if (wanted.contains(id.applyAsLong(items.get(i)))) {
                model.check(i);
            }
        }
    }

    @FXML
    private void copyHash() {
        if (shown != null) {
            ClipboardContent content = new ClipboardContent();
            content.putString(shown.sha256());
            Clipboard.getSystemClipboard().setContent(content);
            vm.hashCopied(shown.sha256());
        }
    }

    @FXML
    private void trash() {
        vm.trashSelected();
    }
}
