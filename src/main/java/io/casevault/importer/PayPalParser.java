package io.casevault.importer;

import io.casevault.domain.StatementRow;
import io.casevault.domain.StatementFormat;
import io.casevault.domain.Direction;
import io.casevault.domain.Money;
import io.casevault.domain.Reason;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * PayPal activity downloads and monthly statements, with English, German or Spanish headers. Day/month order and
 * the decimal mark are decided per file from the values (the header's language only breaks ties). The gross amount
 * is the transaction; a non-zero fee becomes its own outgoing row on the same line, so fees keep their meaning.
 */
final class PayPalParser implements FormatParser {
    private static final String[] DATE = {"Date", "Datum", "Fecha"};
    private static final String[] TIME = {"Time", "Uhrzeit", "Hora"};
    private static final String[] ZONE = {"TimeZone", "Time Zone", "Zeitzone", "Zona horaria"};
    private static final String[] NAME = {"Name", "Nombre"};
    private static final String[] TYPE = {"Type", "Typ", "Tipo", "Description", "Beschreibung", "Descripción"};
    private static final String[] STATUS = {"Status", "Estado"};
    private static final String[] CURRENCY = {"Currency", "Währung", "Divisa", "Moneda"};
    private static final String[] GROSS = {"Gross", "Brutto", "Bruto"};
    private static final String[] FEE = {"Fee", "Gebühr", "Entgelt", "Comisión", "Tarifa"};
    private static final String[] ID = {"Transaction ID", "Transaktionscode", "Id. de transacción",
        "Código de transacción"};
    private static final String[] REFERENCE = {"Reference Txn ID", "Zugehöriger Transaktionscode",
        "Id. de referencia de trans.", "Código de transacción de referencia"};
    private static final String[] INVOICE = {"Invoice Number", "Invoice ID", "Rechnungsnummer", "Id. de factura",
        "Número de factura"};
    private static final String[] FROM = {"From Email Address", "Absender E-Mail-Adresse",
        "Correo electrónico del remitente"};
    private static final String[] TO = {"To Email Address", "Empfänger E-Mail-Adresse",
        "Correo electrónico del destinatario"};
    private static final String[] SUBJECT = {"Subject", "Betreff", "Asunto", "Item Title", "Artikelbezeichnung"};
    private static final String[] NOTE = {"Note", "Hinweis", "Nota"};

    @Override
    public StatementFormat format() {
        return StatementFormat.PAYPAL;
    }

    @Override
    public Reason layout(Header h) {
        if (h.find(DATE) < 0 || h.find(CURRENCY) < 0 || h.find(GROSS) < 0 || h.find(ID) < 0) {
            return null;
        }
        boolean activity = h.find("Type", "Typ", "Tipo") >= 0;
        return activity ? Reason.of("layout.paypalActivity", "PayPal activity export (" + language(h).english() + ")",
                language(h)) : Reason.of("layout.paypalStatement", "PayPal statement (" + language(h).english() + ")",
                language(h));
    }

    private static Reason language(Header h) {
        if (h.find("Datum") >= 0) {
            return Reason.of("language.german", "German");
        }
        return h.find("Fecha") >= 0 ? Reason.of("language.spanish", "Spanish") : Reason.of("language.english",
                "English");
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("Date", "Currency", "Gross", "Transaction ID");
    }

    @Override
    public RowReader open(Table table) {
        Header h = table.header();
        int date = h.find(DATE);
        int time = h.find(TIME);
        int zone = h.find(ZONE);
        int name = h.find(NAME);
        int type = h.find(TYPE);
        int status = h.find(STATUS);
        int currency = h.find(CURRENCY);
        int gross = h.find(GROSS);
        int fee = h.find(FEE);
        int id = h.find(ID);
        int reference = h.find(REFERENCE);
        int invoice = h.find(INVOICE);
        int from = h.find(FROM);
        int to = h.find(TO);
        int subject = h.find(SUBJECT);
        int note = h.find(NOTE);
        boolean english = language(h).equals("English");
        List<String> dates = new ArrayList<>();
        List<String> amounts = new ArrayList<>();
        for (RawRow r : table.rows()) {
            dates.add(r.cell(date));
            amounts.add(r.cell(gross));
            amounts.add(r.cell(fee));
        }
        Dates.Order order = Dates.decide(dates, english ? Dates.Order.MDY : Dates.Order.DMY);
        Amounts.DecimalMark mark = Amounts.decide(amounts,
                english ? Amounts.DecimalMark.POINT : Amounts.DecimalMark.COMMA);
        return (row, out) -> {
            LocalDateTime local = Dates.date(row.cell(date), order).atTime(Dates.time(row.cell(time)));
            Zones.Resolved when = Zones.resolve(local, row.cell(zone), ZoneId.of("UTC"));
            String code = row.cell(currency);
            if (code.isEmpty()) {
                throw new RowException(Reason.of("import.currencyEmpty", "the currency is empty"));
            }
            Currency cur = Money.parseCurrency(code);
            BigDecimal g = Amounts.parse(row.cell(gross), mark);
            Direction dir = g.signum() < 0 ? Direction.OUT : g.signum() > 0 ? Direction.IN : Direction.NEUTRAL;
            String who = Texts.first(row.cell(name), dir == Direction.OUT ? row.cell(to) : row.cell(from));
            String ref = row.cell(id);
            String related = row.cell(reference);
            String noteText = Texts.join(row.cell(type), row.cell(subject), row.cell(note),
                    related.isEmpty() || related.equals(ref) ? "" : "ref " + related);
            out.add(new StatementRow(row.line(), when.at(), when.zone(), new Money(g.abs(), cur), dir, who, ref,
                    row.cell(invoice), null, row.cell(status), noteText));
            String feeText = fee < 0 ? "" : row.cell(fee);
            if (!feeText.isEmpty()) {
                BigDecimal f = Amounts.parse(feeText, mark);
                if (f.signum() != 0) {
                    out.add(new StatementRow(row.line(), when.at(), when.zone(), new Money(f.abs(), cur),
                            Direction.OUT, "PayPal", ref, null, null, row.cell(status), "PayPal fee"));
                }
            }
        };
    }
}
