package io.casevault.ui.export;

import io.casevault.app.OriginalsExport;
import io.casevault.app.Progress;
import io.casevault.domain.Evidence;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.ProgressRelay;
import io.casevault.ui.common.Tasks;
import io.casevault.ui.common.Texts;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;

/**
 * The "Export originals" dialog without controls: the case's exhibits to choose from (all chosen at first), the new
 * folder, and the copy with its progress, cancel and outcome in one sentence.
 */
public final class OriginalsViewModel {

    /** The case's exhibits in exhibit order (the originals-export service). */
    @FunctionalInterface
    public interface Exhibits {
        List<Evidence> exhibits(long caseId);
    }

    /** Writes the chosen originals with their SHA256SUMS into a new folder (the originals-export service). */
    @FunctionalInterface
    public interface Writer {
        OriginalsExport export(long caseId, List<String> exhibits, Path folder, Progress progress);
    }

    /** One exhibit in the list, and whether it is to be exported. */
    public static final class Choice {
        private final Evidence evidence;
        private final BooleanProperty chosen = new SimpleBooleanProperty(true);

        Choice(Evidence evidence) {
            this.evidence = evidence;
        }

        public Evidence evidence() {
            return evidence;
        }

        public BooleanProperty chosen() {
            return chosen;
        }

        @Override
        public String toString() {
            return evidence.exhibit() + "  " + evidence.originalName();
        }
    }

    private final Exhibits exhibits;
    private final Writer writer;
    private final Texts texts;
    private final Background background;
    private final long caseId;
    private final ObservableList<Choice> choices = FXCollections.observableArrayList();
    private final SimpleIntegerProperty chosenCount = new SimpleIntegerProperty();
    private final StringProperty folder = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanBinding canExport;
    private ProgressRelay relay;

    public OriginalsViewModel(Exhibits exhibits, Writer writer, Texts texts, Background background, long caseId,
                              Path suggestedFolder) {
        this.exhibits = Objects.requireNonNull(exhibits);
        this.writer = Objects.requireNonNull(writer);
        this.texts = Objects.requireNonNull(texts);
        this.background = Objects.requireNonNull(background);
        this.caseId = caseId;
        folder.set(suggestedFolder.toString());
        canExport = Bindings.createBooleanBinding(() -> !running.get() && chosenCount.get() > 0
                && !folder.get().isBlank(), running, chosenCount, folder);
    }

    /** Lists the case's exhibits, every one chosen. */
    public void load() {
        Tasks.create(() -> exhibits.exhibits(caseId)).title(texts.text("originals.loading"))
                .onSuccess(list -> {
                    choices.setAll(list.stream().map(Choice::new).toList());
                    choices.forEach(c -> c.chosen().addListener((o, a, b) -> countChosen()));
                    countChosen();
                })
                .onError(e -> status.set(texts.text("originals.failed", texts.describe(e))))
                .run(background);
    }

    private void countChosen() {
        chosenCount.set((int) choices.stream().filter(c -> c.chosen().get()).count());
    }

    /** Chooses every exhibit, or none. */
    public void chooseAll(boolean all) {
        choices.forEach(c -> c.chosen().set(all));
    }

    /** Copies the chosen originals into the folder in the background; all chosen exports "all". */
    public void export() {
        if (!canExport.get()) {
            return;
        }
        List<String> labels = chosenCount.get() == choices.size() ? List.of()
                : choices.stream().filter(c -> c.chosen().get()).map(c -> c.evidence().exhibit()).toList();
        Path target = Path.of(folder.get().strip());
        ProgressRelay r = new ProgressRelay();
        relay = r;
        progress.bind(r.fraction());
        running.set(true);
        status.set("");
        Tasks.create(p -> writer.export(caseId, labels, target, p)).progress(r).title(texts.text("originals.running"))
                .onSuccess(done -> status.set(texts.text("originals.done", done.files().size(),
                        done.folder().toString())))
                .onError(CancellationException.class, e -> status.set(texts.text("originals.cancelled")))
                .onError(e -> status.set(texts.text("originals.failed", texts.describe(e))))
                .andFinally(() -> running.set(false))
                .run(background);
    }

    /** Asks a running copy to stop before its next file; it leaves nothing. */
    public void cancel() {
        if (relay != null) {
            relay.cancel();
        }
    }

    public ObservableList<Choice> choices() {
        return choices;
    }

    /** The new (or empty) folder the originals go into. */
    public StringProperty folder() {
        return folder;
    }

    public ReadOnlyBooleanProperty running() {
        return running.getReadOnlyProperty();
    }

    /** The running copy's progress between 0 and 1, negative while unknown. */
    public ReadOnlyDoubleProperty progress() {
        return progress;
    }

    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    public BooleanBinding canExport() {
        return canExport;
    }
}
