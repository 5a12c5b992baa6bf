package io.casevault.ui.transactions;

import io.casevault.app.ImportPreview;
import io.casevault.app.ImportRequest;
import io.casevault.app.ImportResult;
import io.casevault.domain.ColumnMapping;
import io.casevault.domain.Direction;
import io.casevault.domain.IncidentDate;
import io.casevault.domain.Money;
import io.casevault.domain.ParsedStatement;
import io.casevault.domain.Reason;
import io.casevault.domain.StatementFormat;
import io.casevault.domain.StatementRow;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.Notifier;
import io.casevault.ui.common.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** Which rows of a previewed statement are ticked for import, and what the dialog says about it; no toolkit. */
class ImportSelectionViewModelTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 10, 1);
    private static final String[] SHOPS = {"优选商城", "张三", "Coffee Bar"};
    private final List<ImportRequest> requests = new ArrayList<>();

    /**
     * A statement of {@code days} rows, one a day from 1 October 2026 at noon in Shanghai: counterparties in turn from
     * {@link #SHOPS}, amounts 10, 20, 30 … (row n is n × 10), rows whose index {@code duplicate} accepts already in the
     * case.
     */
    private final class Fake implements ImportStatementViewModel.Statements {
        private final int days;
        private final Predicate<Integer> duplicate;
        private final IncidentDate incident;
        private final Money disputed;

        Fake(int days, Predicate<Integer> duplicate, IncidentDate incident, Money disputed) {
            this.days = days;
            this.duplicate = duplicate;
            this.incident = incident;
            this.disputed = disputed;
        }

        @Override
        public List<String> columns(Path file) {
            return List.of();
        }

        @Override
        public Optional<ColumnMapping> rememberedMapping(Path file, ZoneId zone) {
            return Optional.empty();
        }

        @Override
        public ImportPreview preview(long caseId, Path file, StatementFormat format, ColumnMapping mapping) {
            List<StatementRow> rows = new ArrayList<>();
            List<ImportPreview.Row> marked = new ArrayList<>();
            for (int i = 0; i < days; i++) {
                StatementRow r = new StatementRow(10 + i, FIRST_DAY.plusDays(i).atTime(12, 0).atZone(SHANGHAI)
                        .toInstant(), SHANGHAI, Money.parse(String.valueOf((i + 1) * 10), "CNY"), Direction.OUT,
                        SHOPS[i % SHOPS.length], "T" + i, null, null, null, null);
                rows.add(r);
                marked.add(new ImportPreview.Row(r, duplicate.test(i)));
            }
            ParsedStatement s = new ParsedStatement(StatementFormat.ALIPAY, Reason.plain("Alipay app export"), "GB18030",
                    9, List.of("交易时间"), rows, List.of());
            return new ImportPreview(file.getFileName().toString(), s, null, marked, incident, disputed);
        }

        @Override
        public ImportResult run(ImportRequest request) {
            requests.add(request);
            throw new io.casevault.domain.DomainException("not imported in this test");
        }
    }

    private ImportStatementViewModel opened(Fake statements) {
        Notifier quiet = new Notifier() {
            @Override
            public void info(String title, String message) {
            }

            @Override
            public void error(String title, String message) {
            }
        };
        ImportStatementViewModel model = new ImportStatementViewModel(statements, Texts.of(Locale.ENGLISH),
                Background.direct(), quiet, SHANGHAI, 7);
        model.load(Path.of("statement.csv"));
        return model;
    }

    private static ImportSelection selection(ImportStatementViewModel model) {
        return model.form().selection();
    }

    /** The 0-based indexes of the ticked rows (line = 10 + index). */
    private static List<Integer> ticked(ImportStatementViewModel model) {
        return selection(model).lines().stream().map(line -> line - 10).toList();
    }

    private static List<Integer> range(int from, int toInclusive) {
        List<Integer> out = new ArrayList<>();
        for (int i = from; i <= toInclusive; i++) {
            out.add(i);
        }
        return out;
    }

    private static final IncidentDate NOV_3 = IncidentDate.exact(LocalDate.of(2026, 11, 3));

    @ParameterizedTest
    @ValueSource(ints = {1, 7, ImportSelection.SMALL})
    void aSmallStatementStartsWithEveryRowTickedButThoseAlreadyInTheCase(int days) {
        ImportStatementViewModel model = opened(new Fake(days, i -> i == 0, NOV_3, null));

        assertThat(ticked(model)).isEqualTo(range(1, days - 1));
        assertThat(selection(model).count().get()).isEqualTo(days - 1);
        assertThat(model.selectionNote().get()).isEmpty();
        assertThat(model.runText().get()).isEqualTo(days == 1 ? "Import no rows" : "Import " + (days - 1) + " rows");
        assertThat(model.form().canImport().get()).isEqualTo(days > 1);
        assertThat(model.hasChoices()).as("nothing chosen by the user yet").isFalse();
    }

    @Test
    void aLargeStatementStartsWithTheRowsFifteenDaysEitherSideOfAnExactIncidentDate() {
        // 40 days: 1 October to 9 November; 3 November ± 15 days is 19 October to 18 November
        ImportStatementViewModel model = opened(new Fake(40, i -> false, NOV_3, null));

        assertThat(selection(model).from().get()).isEqualTo(LocalDate.of(2026, 10, 19));
        assertThat(selection(model).to().get()).isEqualTo(LocalDate.of(2026, 11, 18));
        assertThat(ticked(model)).isEqualTo(range(18, 39));
        assertThat(model.runText().get()).isEqualTo("Import 22 rows");
        assertThat(model.selectionNote().get()).isEqualTo("This statement has 40 rows, so only those from "
                + "Oct 19, 2026 to Nov 18, 2026 (around the incident) are ticked.");
    }

    @Test
    void anIncidentRangeWidensBySevenDaysOnEachSide() {
        IncidentDate range = IncidentDate.range(LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 12));
        ImportStatementViewModel model = opened(new Fake(40, i -> false, range, null));

        assertThat(selection(model).from().get()).isEqualTo(LocalDate.of(2026, 10, 3));
        assertThat(selection(model).to().get()).isEqualTo(LocalDate.of(2026, 10, 19));
        assertThat(ticked(model)).isEqualTo(range(2, 18));
    }

    @Test
    void aLargeStatementOfACaseWithoutAnIncidentDateStartsWithNothingTickedAndSaysSo() {
        ImportStatementViewModel model = opened(new Fake(ImportSelection.SMALL + 1, i -> false, null, null));

        assertThat(ticked(model)).isEmpty();
        assertThat(model.form().canImport().get()).isFalse();
        assertThat(model.runText().get()).isEqualTo("Import no rows");
        assertThat(model.selectionNote().get()).isEqualTo("This statement has 21 rows and the case has no incident "
                + "date, so none are ticked: choose the rows to import.");
    }

    @Test
    void allAndNoneTickEveryImportableRowOrNothing() {
        ImportStatementViewModel model = opened(new Fake(30, i -> i % 10 == 0, null, null));

        model.selectAll();
        assertThat(ticked(model)).hasSize(27).doesNotContain(0, 10, 20);
        assertThat(model.runText().get()).isEqualTo("Import 27 rows");
        assertThat(model.hasChoices()).isTrue();

        model.selectNone();
        assertThat(ticked(model)).isEmpty();
        assertThat(model.form().canImport().get()).isFalse();
    }

    @Test
    void editedDaysChooseTheRowsBetweenThem() {
        ImportStatementViewModel model = opened(new Fake(40, i -> i == 5, NOV_3, null));

        selection(model).from().set(LocalDate.of(2026, 10, 4));
        selection(model).to().set(LocalDate.of(2026, 10, 8));
        model.selectAroundIncident();

        assertThat(ticked(model)).containsExactly(3, 4, 6, 7);
    }

    @Test
    void byCounterpartyTicksOnlyTheirRowsAndNoNameTicksNone() {
        ImportStatementViewModel model = opened(new Fake(30, i -> false, NOV_3, null));
        assertThat(selection(model).counterparties()).containsExactly("Coffee Bar", "优选商城", "张三");

        model.selectCounterparties(List.of("张三", "coffee bar "));
        assertThat(ticked(model)).hasSize(20).allMatch(i -> i % 3 != 0);

        model.selectCounterparties(List.of());
        assertThat(ticked(model)).isEmpty();
    }

    @Test
    void byAmountTicksTheAmountInDisputeOrARange() {
        ImportStatementViewModel model = opened(new Fake(30, i -> false, NOV_3, Money.parse("120", "CNY")));
        assertThat(selection(model).minAmount().get()).isEqualTo("120");

        model.selectAmount();
        assertThat(ticked(model)).containsExactly(11);

        selection(model).minAmount().set("95");
        selection(model).maxAmount().set("130.00");
        model.selectAmount();
        assertThat(ticked(model)).containsExactly(9, 10, 11, 12);

        selection(model).maxAmount().set("");
        model.selectAmount();
        assertThat(ticked(model)).as("one amount given: that amount").isEmpty();
        selection(model).minAmount().set("50");
        model.selectAmount();
        assertThat(ticked(model)).containsExactly(4);
    }

    @Test
    void anAmountThatIsNotANumberIsExplainedAndTheTicksStay() {
        ImportStatementViewModel model = opened(new Fake(30, i -> false, NOV_3, null));
        List<Integer> before = ticked(model);

        selection(model).minAmount().set("ten");
        model.selectAmount();

        assertThat(model.selectionProblem().get()).isEqualTo(
                "Amount \"ten\" is not a number (use digits and a decimal point, e.g. 1234.50).");
        assertThat(ticked(model)).isEqualTo(before);
        model.selectAll();
        assertThat(model.selectionProblem().get()).isEmpty();
    }

    @Test
    void rowsAlreadyInTheCaseAreNeverTicked() {
        ImportStatementViewModel model = opened(new Fake(30, i -> i < 3, NOV_3, null));
        List<PreviewRow> rows = model.form().rows();

        selection(model).tick(rows.subList(0, 5), true);
        assertThat(ticked(model)).contains(3, 4).doesNotContain(0, 1, 2);
        selection(model).tickOnlyThese(rows.subList(0, 4));
        assertThat(ticked(model)).containsExactly(3);
        selection(model).ticked(rows.get(0)).set(true);
        model.selectCounterparties(List.of(SHOPS));
        assertThat(ticked(model)).doesNotContain(0, 1, 2).hasSize(27);
        assertThat(selection(model).ticked(rows.get(0)).get()).isFalse();
    }

    @Test
    void theRowsMenuTicksAndUnticksTheSelectedRowsAndOneTickCounts() {
        ImportStatementViewModel model = opened(new Fake(30, i -> false, null, null));
        List<PreviewRow> rows = model.form().rows();

        selection(model).tick(rows.subList(2, 6), true);
        selection(model).tick(rows.subList(4, 5), false);
        assertThat(ticked(model)).containsExactly(2, 3, 5);
        selection(model).ticked(rows.get(9)).set(true);
        assertThat(model.runText().get()).isEqualTo("Import 4 rows");
        selection(model).tickOnlyThese(rows.subList(7, 9));
        assertThat(ticked(model)).containsExactly(7, 8);
        assertThat(model.hasChoices()).isTrue();
    }

    @Test
    void theImportAsksForTheTickedLinesOnly() {
        ImportStatementViewModel model = opened(new Fake(40, i -> false, NOV_3, null));
        model.selectCounterparties(List.of("张三"));

        model.runImport(r -> {
        });

        assertThat(requests).singleElement().satisfies(r -> assertThat(r.lines()).isEqualTo(
                Set.copyOf(selection(model).lines())).hasSize(13).allMatch(line -> (line - 10) % 3 == 1));
        assertThat(model.serviceError().get()).isEqualTo("Nothing was imported: not imported in this test");
    }

    @Test
    void anEditedMappingCountsAsAChoiceButAFilledOneDoesNot() {
        ImportStatementViewModel model = opened(new Fake(3, i -> false, null, null));
        model.form().fill(new ColumnMapping("Date", "Amount", null, null, null, null, null, null, SHANGHAI, null));
        assertThat(model.hasChoices()).isFalse();

        model.form().dateFormat().set("dd.MM.yyyy");

        assertThat(model.hasChoices()).isTrue();
    }
}
