package io.casevault.ui.transactions;

import io.casevault.app.ImportPreview;
import io.casevault.app.ImportRequest;
import io.casevault.app.ImportResult;
import io.casevault.domain.ColumnMapping;
import io.casevault.domain.DomainException;
import io.casevault.domain.StatementFormat;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.Notifier;
import io.casevault.ui.common.Texts;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The import dialog's steps over a fake statement service, without the toolkit. */
class ImportStatementViewModelTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private final List<String> calls = new ArrayList<>();
    private final List<String> told = new ArrayList<>();

    /** A service that reads no file: every preview is refused as the real one refuses an unknown layout. */
    private final class UnknownLayout implements ImportStatementViewModel.Statements {
        private final ColumnMapping remembered;

        UnknownLayout(ColumnMapping remembered) {
            this.remembered = remembered;
        }

        @Override
        public List<String> columns(Path file) {
            calls.add("columns " + file.getFileName());
            return List.of("Booked on", "Value", "Payee");
        }

        @Override
        public Optional<ColumnMapping> rememberedMapping(Path file, ZoneId zone) {
            return Optional.ofNullable(remembered);
        }

        @Override
        public ImportPreview preview(long caseId, Path file, StatementFormat format, ColumnMapping mapping) {
            calls.add("preview " + format + (mapping == null ? "" : " " + mapping.time() + "/" + mapping.amount()));
            throw new DomainException(file.getFileName() + " is not in a layout CaseVault knows.");
        }

        @Override
        public ImportResult run(ImportRequest request) {
            throw new AssertionError("nothing may be imported from a file that was not previewed");
        }
    }

    private ImportStatementViewModel model(ImportStatementViewModel.Statements statements) {
        Notifier notifier = new Notifier() {
            @Override
            public void info(String title, String message) {
                told.add(message);
            }

            @Override
            public void error(String title, String message) {
                told.add(message);
            }
        };
        return new ImportStatementViewModel(statements, Texts.of(Locale.ENGLISH), Background.direct(), notifier, ZONE,
                4);
    }

    @Test
    void aFileThatCannotBeReadIsRefusedWithASentenceNamingItAndNothingCanBeImported() {
        ImportStatementViewModel model = model(new UnknownLayout(null));

        model.load(Path.of("/home/me/notes.csv"));

        assertThat(model.fileName().get()).isEqualTo("notes.csv");
        assertThat(model.form().fileProblem().get()).isEqualTo("notes.csv is not in a layout CaseVault knows.");
        assertThat(model.placeholder().get()).isEqualTo("Nothing can be imported from this file.");
        assertThat(model.form().canImport().get()).isFalse();
        assertThat(calls).containsExactly("preview null");
    }

    @Test
    void choosingOtherCsvGuessesTheColumnsAndAsksForTheRestBeforeReadingAgain() {
        ImportStatementViewModel model = model(new UnknownLayout(null));
        model.load(Path.of("bank.csv"));

        model.form().choice().set(StatementChoice.CSV);

        assertThat(model.form().columns()).containsExactly("Booked on", "Value", "Payee");
        assertThat(model.form().column(ImportStatementForm.Field.COUNTERPARTY).get()).isEqualTo("Payee");
        assertThat(model.form().column(ImportStatementForm.Field.TIME).get()).isEmpty();
        assertThat(model.form().fileProblem().get())
                .isEqualTo("Choose at least the time and amount columns, then preview.");
        assertThat(calls).containsExactly("preview null", "columns bank.csv");
    }

    @Test
    void aRememberedMappingIsUsedAtOnce() {
        ColumnMapping remembered = new ColumnMapping("Booked on", "Value", null, null, "Payee", null, null,
                "dd.MM.yyyy", ZONE, null);
        ImportStatementViewModel model = model(new UnknownLayout(remembered));
        model.load(Path.of("bank.csv"));

        model.form().choice().set(StatementChoice.CSV);

        assertThat(model.form().dateFormat().get()).isEqualTo("dd.MM.yyyy");
        assertThat(calls).containsExactly("preview null", "columns bank.csv", "preview CSV Booked on/Value");
        assertThat(told).isEmpty();
    }

    @Test
    void aBadZoneIsExplainedBeforeTheFileIsReadAgain() {
        ImportStatementViewModel model = model(new UnknownLayout(null));
        model.load(Path.of("bank.csv"));
        model.form().choice().set(StatementChoice.CSV);
        model.form().column(ImportStatementForm.Field.TIME).set("Booked on");
        model.form().column(ImportStatementForm.Field.AMOUNT).set("Value");
        model.form().zone().set("Mars/Olympus");

        model.preview();

        assertThat(model.form().fileProblem().get())
                .isEqualTo("The time zone is not a zone such as Asia/Shanghai or UTC.");
        assertThat(calls).containsExactly("preview null", "columns bank.csv");
        assertThat(model.zones()).startsWith("Asia/Shanghai").contains("UTC").doesNotHaveDuplicates();
    }
}
