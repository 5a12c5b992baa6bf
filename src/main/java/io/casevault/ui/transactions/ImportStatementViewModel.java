package io.casevault.ui.transactions;

import io.casevault.app.ImportPreview;
import io.casevault.app.ImportRequest;
import io.casevault.app.ImportResult;
import io.casevault.domain.ColumnMapping;
import io.casevault.domain.StatementFormat;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.Formats;
import io.casevault.ui.common.Notifier;
import io.casevault.ui.common.Tasks;
import io.casevault.ui.common.Texts;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Imports a wallet statement into a case: the file is read in the background and previewed (bad lines, rows already in
 * the case), the format can be changed, a generic CSV gets a column mapping (remembered or guessed), and the import
 * runs only when the file can be imported as the user chose. The state is an {@link ImportStatementForm}; this adds
 * the service calls and the sentences around the preview.
 */
public final class ImportStatementViewModel {

    /** What the dialog asks of the statement import service. */
    public interface Statements {
        List<String> columns(Path file);

        Optional<ColumnMapping> rememberedMapping(Path file, ZoneId zone);

        ImportPreview preview(long caseId, Path file, StatementFormat format, ColumnMapping mapping);

        ImportResult run(ImportRequest request);
    }

    private final Statements statements;
    private final Texts texts;
    private final Background background;
    private final Notifier notifier;
    private final ZoneId zone;
    private final ImportStatementForm form;
    private final Formats formats;
    private final StringProperty fileName = new SimpleStringProperty("");
    private final StringProperty detected = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty placeholder = new SimpleStringProperty("");
    private final StringProperty serviceError = new SimpleStringProperty("");
    private final StringProperty selectionNote = new SimpleStringProperty("");
    private final StringProperty selectionProblem = new SimpleStringProperty("");
    private final StringProperty runText = new SimpleStringProperty("");
    private boolean quiet;

    public ImportStatementViewModel(Statements statements, Texts texts, Background background, Notifier notifier,
                                    ZoneId zone, long caseId) {
        this.statements = Objects.requireNonNull(statements);
        this.texts = Objects.requireNonNull(texts);
        this.background = Objects.requireNonNull(background);
        this.notifier = Objects.requireNonNull(notifier);
        this.zone = Objects.requireNonNull(zone);
        this.form = new ImportStatementForm(texts::text, texts::text, caseId, zone);
        this.formats = new Formats(texts.bundle(), texts.locale(), zone);
        form.choice().addListener((o, a, b) -> {
            if (!quiet) {
                formatChanged(b);
            }
        });
        ImportSelection selection = form.selection();
        runText.bind(Bindings.createStringBinding(() -> texts.text("import.runCount", selection.count().get()),
                selection.count()));
    }

    /** Reads a newly chosen file with automatic detection. */
    public void load(Path file) {
        form.file().set(file);
        fileName.set(String.valueOf(file.getFileName()));
        quiet = true;
        form.choice().set(StatementChoice.AUTO);
        quiet = false;
        form.columns().clear();
        preview();
    }

    private void formatChanged(StatementChoice choice) {
        if (choice == StatementChoice.CSV) {
            loadColumns();
        } else {
            preview();
        }
    }

    /** The header of a generic CSV, and the mapping remembered for it or guessed from the names. */
    private void loadColumns() {
        Path file = form.file().get();
        form.busy().set(true);
        Tasks.create(() -> new Columns(statements.columns(file), statements.rememberedMapping(file, zone).orElse(null)))
                .title(texts.text("import.reading"))
                .onSuccess(c -> {
                    form.busy().set(false);
                    form.columns().setAll(c.header());
                    if (c.remembered() != null) {
                        form.fill(c.remembered());
                    } else {
                        form.guess(c.header());
                    }
                    if (form.mappingComplete().get()) {
                        preview();
                    } else {
                        form.failed(texts.text("import.map.needed"));
                    }
                })
                .onError(e -> {
                    form.busy().set(false);
                    form.failed(texts.describe(e));
                })
                .run(background);
    }

    private record Columns(List<String> header, ColumnMapping remembered) {
    }

    /** Reads the file as the user set it up and shows what would be imported. */
    public void preview() {
        Path file = form.file().get();
        ColumnMapping columns;
        try {
            columns = form.mapping();
        } catch (RuntimeException e) {
            form.failed(texts.describe(e));
            return;
        }
        StatementFormat requested = form.choice().get().format();
        form.busy().set(true);
        serviceError.set("");
        placeholder.set(texts.text("import.reading"));
        detected.set("");
        summary.set("");
        long caseId = form.caseId();
        Tasks.create(() -> statements.preview(caseId, file, requested, columns))
                .title(texts.text("import.reading"))
                .onSuccess(this::previewed)
                .onError(e -> {
                    form.busy().set(false);
                    form.failed(texts.describe(e));
                    placeholder.set(texts.text("import.nothing"));
                })
                .run(background);
    }

    private void previewed(ImportPreview p) {
        form.busy().set(false);
        form.previewed(p);
        if (p.mapping() != null) {
            form.fill(p.mapping());
        }
        var s = p.statement();
        detected.set(texts.text("import.detected", texts.text("import.format." + StatementChoice.of(s.format())
                .name()), texts.text(s.layoutName()), s.charset() == null ? "" : s.charset()));
        summary.set(texts.text("import.summary", form.rows().size(), form.importable(), p.duplicates(),
                s.problems().size()));
        placeholder.set(texts.text("import.noRows"));
        ImportSelection selection = form.selection();
        selectionProblem.set("");
        selectionNote.set(switch (selection.note().get()) {
            case NONE -> "";
            case AROUND_INCIDENT -> texts.text("import.select.note.around", selection.rows().size(),
                    formats.date(selection.from().get()), formats.date(selection.to().get()));
            case NO_INCIDENT -> texts.text("import.select.note.noIncident", selection.rows().size());
        });
    }

    /** Ticks every row that can be imported. */
    public void selectAll() {
        select(ImportSelection::all);
    }

    public void selectNone() {
        select(ImportSelection::none);
    }

    /** Ticks the rows between the from and to days (around the incident by default). */
    public void selectAroundIncident() {
        select(ImportSelection::aroundIncident);
    }

    public void selectCounterparties(Collection<String> names) {
        select(s -> s.byCounterparty(names));
    }

    /** Ticks the rows of the amount given (the amount in dispute by default), or within the range given. */
    public void selectAmount() {
        select(ImportSelection::byAmount);
    }

    private void select(Consumer<ImportSelection> how) {
        try {
            how.accept(form.selection());
            selectionProblem.set("");
        } catch (RuntimeException e) {
            selectionProblem.set(texts.describe(e));
        }
    }

    /** Whether closing the dialog without importing throws away something the user did: ticks or a mapping. */
    public boolean hasChoices() {
        return form.preview().get() != null && (form.selection().touched().get() || form.mappingEdited().get());
    }

    /** Imports the previewed file; {@code done} gets the result, and the user is told how many rows went in. */
    public void runImport(Consumer<ImportResult> done) {
        if (!form.canImport().get()) {
            return;
        }
        ImportRequest request = form.request();
        form.busy().set(true);
        serviceError.set("");
        Tasks.create(() -> statements.run(request)).title(texts.text("import.running"))
                .onSuccess(r -> {
                    form.busy().set(false);
                    String text = r.badRows().isEmpty() ? texts.text("import.done", r.imported(), r.skipped())
                            : texts.text("import.doneWithBad", r.imported(), r.skipped(), r.badRows().size());
                    notifier.info(texts.text("import.doneTitle"), text);
                    done.accept(r);
                })
                .onError(e -> {
                    form.busy().set(false);
                    serviceError.set(texts.text("import.failed", texts.describe(e)));
                })
                .run(background);
    }

    /** The zones offered for a generic CSV's times: the window's first. */
    public List<String> zones() {
        return List.of(zone.getId(), "Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei", "UTC", "Europe/Berlin",
                "America/New_York").stream().distinct().toList();
    }

    public ImportStatementForm form() {
        return form;
    }

    public StringProperty fileName() {
        return fileName;
    }

    /** "Read as WeChat Pay · layout … · charset" once a preview is there. */
    public StringProperty detected() {
        return detected;
    }

    /** How many rows, how many to import, already in the case, bad. */
    public StringProperty summary() {
        return summary;
    }

    /** What the empty preview says: reading, nothing readable, or no rows. */
    public StringProperty placeholder() {
        return placeholder;
    }

    /** Why the rows ticked by default are these: a large statement, around the incident or none. */
    public StringProperty selectionNote() {
        return selectionNote;
    }

    /** Why a quick selection could not be made (an amount that is not a number). */
    public StringProperty selectionProblem() {
        return selectionProblem;
    }

    /** The import button's text: "Import 12 rows". */
    public StringProperty runText() {
        return runText;
    }

    /** Why the import itself failed. */
    public StringProperty serviceError() {
        return serviceError;
    }
}
