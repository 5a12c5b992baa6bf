package io.casevault.ui.transactions;

import io.casevault.domain.Direction;
import io.casevault.domain.DomainException;
import io.casevault.domain.Money;
import io.casevault.domain.NewTransaction;
import io.casevault.domain.Transaction;
import io.casevault.domain.TransactionSource;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The fields of the transaction dialog, validated like the command line: a date and time, an amount that is a number
 * and not negative, an ISO 4217 currency. Times are entered in the user's zone.
 */
public final class TransactionForm {
    public static final String DATE = "date";
    public static final String TIME = "time";
    public static final String AMOUNT = "amount";
    public static final String CURRENCY = "currency";

    private final Function<String, String> text;
    private final ZoneId zone;
    private final long caseId;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty time = new SimpleStringProperty("12:00");
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty currency = new SimpleStringProperty("CNY");
    private final ObjectProperty<Direction> direction = new SimpleObjectProperty<>(Direction.OUT);
    private final StringProperty counterparty = new SimpleStringProperty("");
    private final StringProperty txRef = new SimpleStringProperty("");
    private final StringProperty merchantOrderRef = new SimpleStringProperty("");
    private final StringProperty method = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final BooleanProperty valid = new SimpleBooleanProperty();
    private ZoneId recordedZone;
    private TransactionSource source = TransactionSource.MANUAL;

    public TransactionForm(Function<String, String> text, ZoneId zone, long caseId, LocalDate today) {
        this.text = text;
        this.zone = zone;
        this.recordedZone = zone;
        this.caseId = caseId;
        date.set(today);
        Observable[] all = {date, time, amount, currency};
        for (Observable o : all) {
            o.addListener(x -> validate());
        }
        validate();
    }

    /** Fills the form from a stored transaction; its time is shown in the user's zone. */
    public void load(Transaction t) {
        ZonedDateTime local = t.at().atZone(zone);
        date.set(local.toLocalDate());
        time.set(local.toLocalTime().withNano(0).toString());
        amount.set(t.money().amount().toPlainString());
        currency.set(t.money().currency().getCurrencyCode());
        direction.set(t.direction());
        counterparty.set(orEmpty(t.counterparty()));
        txRef.set(orEmpty(t.txRef()));
        merchantOrderRef.set(orEmpty(t.merchantOrderRef()));
        method.set(orEmpty(t.method()));
        status.set(orEmpty(t.status()));
        note.set(orEmpty(t.note()));
        recordedZone = t.zone();
        source = t.source();
        validate();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private void validate() {
        Map<String, String> found = new LinkedHashMap<>();
        if (date.get() == null) {
            found.put(DATE, text.apply("tx.error.date"));
        }
        if (parseTime() == null) {
            found.put(TIME, text.apply("tx.error.time"));
        }
        try {
            if (Money.parseAmount(amount.get()).signum() < 0) {
                found.put(AMOUNT, text.apply("tx.error.amountNegative"));
            }
        } catch (DomainException e) {
            found.put(AMOUNT, text.apply("tx.error.amount"));
        }
        try {
            Money.parseCurrency(currency.get());
        } catch (DomainException e) {
            found.put(CURRENCY, text.apply("tx.error.currency"));
        }
        errors.keySet().retainAll(found.keySet());
        errors.putAll(found);
        valid.set(found.isEmpty());
    }

    private LocalTime parseTime() {
        String t = time.get() == null ? "" : time.get().strip();
        try {
            return LocalTime.parse(t.length() == 4 && t.charAt(1) == ':' ? "0" + t : t);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The transaction as entered; fails with the domain's sentence when a rule is broken. */
    public NewTransaction toNewTransaction() {
        LocalTime at = parseTime();
        if (date.get() == null || at == null) {
            throw new DomainException(text.apply("tx.error.time"));
        }
        return new NewTransaction(caseId, ZonedDateTime.of(date.get(), at, zone).toInstant(), recordedZone,
                Money.parse(amount.get(), currency.get()), direction.get(), counterparty.get(), txRef.get(),
                merchantOrderRef.get(), method.get(), status.get(), note.get(), source);
    }

    public ObjectProperty<LocalDate> date() {
        return date;
    }

    public StringProperty time() {
        return time;
    }

    public StringProperty amount() {
        return amount;
    }

    public StringProperty currency() {
        return currency;
    }

    public ObjectProperty<Direction> direction() {
        return direction;
    }

    public StringProperty counterparty() {
        return counterparty;
    }

    public StringProperty txRef() {
        return txRef;
    }

    public StringProperty merchantOrderRef() {
        return merchantOrderRef;
    }

    public StringProperty method() {
        return method;
    }

    public StringProperty status() {
        return status;
    }

    public StringProperty note() {
        return note;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public BooleanProperty valid() {
        return valid;
    }
}
