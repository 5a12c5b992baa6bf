package io.casevault.cli;

import io.casevault.app.ImportRequest;
import io.casevault.app.ImportResult;
import io.casevault.app.Progress;
import io.casevault.app.VaultSession;
import io.casevault.domain.Money;
import io.casevault.domain.ColumnMapping;
import io.casevault.domain.RowFilter;
import io.casevault.domain.RowProblem;
import io.casevault.domain.StatementFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code tx import}: a wallet statement into a case; the file itself becomes an exhibit. */
@Command(name = "import", description = "Import a statement (Alipay, WeChat Pay, PayPal or any CSV with --map); "
        + "prints how many transactions were imported and how many skipped as already present.", sortOptions = false)
final class TxImportCommand extends VaultCommand {
    @Option(names = "--case", required = true, paramLabel = "ID", description = "the case's id (see `case list`)")
    String caseId;
    @Parameters(paramLabel = "FILE", arity = "1", description = "the statement file (CSV or XLSX)")
    Path file;
    @Option(names = "--format", paramLabel = "auto|alipay|wechat|paypal|csv", defaultValue = "auto",
            description = "default: detect from the header")
    String format;
    @Option(names = "--map", paramLabel = "MAPPING", description = "columns of a generic CSV, e.g. time=Date,"
            + "amount=Amount,currency=Currency,direction=Type,counterparty=Name,id=Ref,note=Memo; remembered for files"
            + " with the same header")
    String map;
    @Option(names = "--date-format", paramLabel = "PATTERN", description = "dates of a generic CSV, e.g. "
            + "dd.MM.yyyy HH:mm (default: decided from the values)")
    String dateFormat;
    @Option(names = "--zone", paramLabel = "ZONE", description = "time zone of a generic CSV's times "
            + "(default: this machine's)")
    String zone;
    @Option(names = "--currency", paramLabel = "CUR", description = "currency of a generic CSV without a currency "
            + "column")
    String currency;
    @Option(names = "--skip-bad-rows", description = "import the good rows of a file with bad ones "
            + "(default: import nothing)")
    boolean skipBadRows;
    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "import only rows on or after this day "
            + "(the statement's own time zone)")
    String from;
    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "import only rows on or before this day")
    String to;
    @Option(names = "--counterparty", paramLabel = "NAME", description = "import only rows with this counterparty "
            + "(repeatable; default: every row)")
    List<String> counterparties = new ArrayList<>();
    @Option(names = "--json", description = "one JSON document on stdout")
    boolean json;

    @Override
    public Integer call() {
        long id = CliParse.id("Case id", caseId);
        StatementFormat requested = StatementFormat.fromId(format);
        ColumnMapping mapping = null;
        if (map != null) {
            ZoneId z = zone == null ? context().zone() : CliParse.zone("--zone", zone);
            mapping = ColumnMapping.parse(map, dateFormat, z, currency == null ? null : Money.parseCurrency(currency));
        }
        RowFilter filter = new RowFilter(from == null ? null : CliParse.date("--from", from),
                to == null ? null : CliParse.date("--to", to), Set.copyOf(counterparties), null, null);
        ImportResult r;
        try (VaultSession session = openForWriting()) {
            r = session.statements().run(new ImportRequest(id, file, requested, mapping, skipBadRows, null,
                    filter.isEmpty() ? null : filter), Progress.NONE);
        }
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        for (RowProblem p : r.badRows()) {
            context().err().println("Skipped " + p.describe(name));
        }
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("imported", r.imported());
            m.put("skipped", r.skipped());
            m.put("format", r.format().id());
            m.put("layout", r.layout());
            m.put("rows", r.rows());
            m.put("chosen", r.chosen());
            m.put("evidence", r.evidence().exhibit());
            m.put("evidenceId", r.evidence().id());
            m.put("sha256", r.evidence().sha256());
            List<Map<String, Object>> bad = new ArrayList<>();
            for (RowProblem p : r.badRows()) {
                bad.add(Map.of("line", p.line(), "problem", p.message()));
            }
            m.put("badRows", bad);
            printJson(m);
        } else {
            out().println("Imported " + count(r.imported(), "transaction") + " from " + name + " (" + r.layout()
                    + "); skipped " + r.skipped() + " already in the case" + (r.badRows().isEmpty() ? ""
                    : " and " + count(r.badRows().size(), "bad row")) + (r.chosen() == r.rows() ? ""
                    : "; " + r.chosen() + " of " + count(r.rows(), "row") + " chosen") + ".");
            out().println("The statement is exhibit " + r.evidence().exhibit()
                    + (r.evidenceAlreadyPresent() ? " (already in this case)" : "") + ", sha256 "
                    + r.evidence().sha256() + ".");
        }
        return 0;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
