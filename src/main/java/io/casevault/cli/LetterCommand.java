package io.casevault.cli;

import io.casevault.app.ExportOptions;
import io.casevault.app.FormText;
import io.casevault.app.FormTextCutter;
import io.casevault.app.FormTextService;
import io.casevault.app.GuidanceService;
import io.casevault.app.VaultSession;
import io.casevault.domain.DomainException;
import io.casevault.domain.Reason;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code letter}: writes the complaint letter of a case as PDF or plain text, or prints it as a web form's fields. */
@Command(name = "letter", sortOptions = false, description = {
    "Write a complaint letter from a case, as PDF or plain text by the file's extension.",
    "It says what happened, lists the transactions, the exhibits and the demands, and sets a reply deadline.",
    "With --form it prints the letter as the fields of a web complaint form (12315, the wallet's own, the CFPB's) "
            + "to paste: a short title, a description cut to --limit characters at a sentence or clause end, never "
            + "inside a number, with the demands kept whole; the demands; the key transaction (time with its zone, "
            + "amount, order number). Characters are counted as Unicode code points, as browsers count a form "
            + "field's limit; no field holds a line break."})
final class LetterCommand extends VaultCommand {

    @Option(names = "--case", required = true, paramLabel = "ID", description = "the case's id (see `case list`)")
    String caseId;
    @Option(names = "--out", paramLabel = "FILE", description = "letter.pdf or letter.txt")
    Path out;
    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "en",
            description = "the letter's language (default: en)")
    String lang;
    @Option(names = "--form", description = "print the fields of a web complaint form instead of writing a file")
    boolean form;
    @Option(names = "--limit", paramLabel = "N",
            description = "with --form: the description field's limit in characters, as your form states it "
                    + "(default: no limit)")
    Integer limit;
    @Option(names = "--json", description = "with --form: one JSON document on stdout")
    boolean json;

    @Override
    public Integer call() {
        long id = CliParse.id("Case id", caseId);
        ExportOptions.Language language = CliParse.choice("--lang", lang, ExportOptions.Language.class);
        if (form) {
            return printForm(id, language);
        }
        if (out == null || limit != null || json) {
            throw new DomainException(Reason.of("letter.outOrForm", "Give --out FILE to write the letter, "
                    + "or --form (with --limit N and --json if wanted) to print the form fields."));
        }
        GuidanceService.letterFormat(out);
        LocalDate today = today();
        try (VaultSession session = openForReading()) {
            String text = session.guidance().letter(id, language, today);
            out().println(session.guidance().writeLetter(id, text, language, out));
        }
        return 0;
    }

    private int printForm(long id, ExportOptions.Language language) {
        if (out != null) {
            throw new DomainException(Reason.of("letter.formNoOut",
                    "--form prints the form fields; it writes no file, so leave out --out."));
        }
        FormTextService.checkLimit(limit);
        FormText f;
        try (VaultSession session = openForReading()) {
            f = session.formTexts().formText(id, language, limit);
        }
        if (json) {
            printJson(json(f));
            return 0;
        }
        field("Title", f.title(), null);
        field("Description", f.description(), f);
        field("Demands", f.demands(), null);
        FormText.KeyTransaction t = f.transaction();
        out().println("Transaction:");
        if (t == null) {
            out().println("  (none recorded)");
        } else {
            out().println("  Time:          " + t.time());
            out().println("  Amount:        " + t.amount() + " " + t.currency());
            out().println("  Order number:  " + (t.orderNumber() == null ? "(none recorded)" : t.orderNumber()));
            if (t.transactionId() != null && t.merchantOrderId() != null) {
                out().println("  Merchant order number:  " + t.merchantOrderId());
            }
        }
        return 0;
    }

    private void field(String name, String text, FormText cutFrom) {
        int n = FormTextCutter.length(text);
        String count = n + " characters";
        if (cutFrom != null && cutFrom.limit() != null) {
            count += ", limit " + cutFrom.limit() + (cutFrom.cut() ? ", cut from " + cutFrom.fullLength() : "");
        }
        out().println(name + " (" + count + "):");
        out().println(text);
        out().println();
    }

    private static Map<String, Object> json(FormText f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", f.title());
        m.put("description", f.description());
        m.put("demands", f.demands());
        FormText.KeyTransaction t = f.transaction();
        if (t == null) {
            m.put("transaction", null);
        } else {
            Map<String, Object> tx = new LinkedHashMap<>();
            tx.put("time", t.time());
            tx.put("at", t.at().toOffsetDateTime().toString());
            tx.put("zone", t.at().getZone().getId());
            tx.put("amount", t.amount());
            tx.put("currency", t.currency());
            tx.put("orderNumber", t.orderNumber());
            tx.put("transactionId", t.transactionId());
            tx.put("merchantOrderId", t.merchantOrderId());
            tx.put("counterparty", t.counterparty());
            m.put("transaction", tx);
        }
        m.put("limit", f.limit());
        m.put("lengths", Map.of("title", FormTextCutter.length(f.title()),
                "description", FormTextCutter.length(f.description()), "demands", FormTextCutter.length(f.demands()),
                "descriptionUncut", f.fullLength()));
        m.put("cut", f.cut());
        m.put("counting", "Unicode code points");
        return m;
    }
}
